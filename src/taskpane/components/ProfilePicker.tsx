import { Button, Checkbox, Field, Select, Text, useId } from '@fluentui/react-components';
import { useRef, useState, type ChangeEvent } from 'react';
import type { Lang } from '../../core/i18n/lang';
import type { ProfileChoice } from '../hooks/useProfileChoice';
import { isCodeNotLoaded } from '../../host/errors';
import { loadProfileFile } from '../profile-file-loader';
import type { PaneText } from '../strings';
import { usePaneStyles } from '../styles';
import { ProfileNotice } from '../lazy-notices';
import type { ProfileFileOutcome } from '../profile-file';
import type { Notice } from './ProfileNotice';

export interface ProfilePickerProps {
  t: PaneText;
  lang: Lang;
  choice: ProfileChoice;
}

/**
 * The report type: a list of the built-in ones and those loaded from files, what the document's title says,
 * and loading one from a JSON file. Both panels show one; the choice itself lives in App.
 */
export function ProfilePicker({ t, lang, choice }: ProfilePickerProps) {
  const styles = usePaneStyles();
  const inputRef = useRef<HTMLInputElement | null>(null);
  const selectRef = useRef<HTMLSelectElement | null>(null);
  const loadRef = useRef<HTMLButtonElement | null>(null);
  const loadHintId = useId('load-profile-hint');
  const [notice, setNotice] = useState<{ id: number; value: Notice } | null>(null);
  const show = (value: Notice) => setNotice((old) => ({ id: (old?.id ?? 0) + 1, value }));

  const { profile, guess, source } = choice;
  const nameOf = (p: { id: string; name: Record<Lang, string> }) => p.name[lang] + (choice.userProfileIds.has(p.id) ? t('pane-user-profile-tag') : '');
  const offerTitle = source === 'chosen' && guess !== null && guess.id !== profile.id;
  const hint =
    source === 'title' || (source === 'chosen' && guess?.id === profile.id)
      ? t(choice.guessFrom === 'text' ? 'pane-profile-from-text' : 'pane-profile-from-title', { name: profile.name[lang] })
      : offerTitle
        ? t('pane-profile-chosen-over-title', { guess: guess.name[lang] })
        : source === 'default' && choice.hasDocumentText
          ? t('pane-profile-not-told', { name: profile.name[lang] })
          : undefined;
  const isUserProfile = choice.userProfileIds.has(profile.id);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared at once, so that choosing the same file again (after fixing it) is a change too.
    input.value = '';
    if (!file) return;
    let outcome: ProfileFileOutcome;
    try {
      // The reader, then the engine its patterns run on: each loads on demand, the first time a file is read.
      outcome = await (await loadProfileFile()).readProfileFile(file);
    } catch (error) {
      if (!isCodeNotLoaded(error)) throw error;
      show({ kind: 'code-unavailable', file: file.name });
      return;
    }
    if (outcome.kind !== 'loaded') {
      show(outcome);
      return;
    }
    const { replaced, remembered } = choice.addUserProfile(outcome.profile);
    show({ kind: 'loaded', file: outcome.file, profile: outcome.profile, replaced, remembered });
  };

  // The buttons below the list go away once used: focus moves to the list rather than being lost.
  const onFollowTitle = () => {
    choice.followTitle();
    selectRef.current?.focus();
  };

  const onRemove = () => {
    choice.removeUserProfile(profile.id);
    show({ kind: 'removed', profile });
    selectRef.current?.focus();
  };

  const onChoose = (id: string) => {
    choice.choose(id);
    setNotice(null); // "…loaded and selected" no longer holds
  };

  const onDismiss = () => {
    setNotice(null);
    loadRef.current?.focus();
  };

  return (
    <div className={styles.stack}>
      <Field label={t('pane-profile-label')} hint={hint}>
        <Select ref={selectRef} className={styles.fullWidth} value={profile.id} onChange={(_, data) => onChoose(data.value)}>
          {choice.profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {nameOf(p)}
            </option>
          ))}
        </Select>
      </Field>
      {source === 'chosen' ? (
        <div className={styles.tight}>
          <Text size={200} className={styles.muted} data-testid="profile-scope">
            {t(choice.isDefault ? 'pane-profile-scope-default' : 'pane-profile-scope-document')}
          </Text>
          <Checkbox checked={choice.isDefault} onChange={(_, data) => choice.setAsDefault(data.checked === true)} label={t('pane-profile-as-default')} />
        </div>
      ) : null}
      {offerTitle || isUserProfile ? (
        <div className={styles.row}>
          {offerTitle ? (
            <Button size="small" className={styles.wrapButton} onClick={onFollowTitle}>
              {t('pane-follow-title', { name: guess.name[lang] })}
            </Button>
          ) : null}
          {isUserProfile ? (
            <Button size="small" className={styles.wrapButton} onClick={onRemove}>
              {t('pane-remove-profile', { name: profile.name[lang] })}
            </Button>
          ) : null}
        </div>
      ) : null}
      <div className={styles.tight}>
        <div>
          <Button ref={loadRef} className={styles.wrapButton} aria-describedby={loadHintId} onClick={() => inputRef.current?.click()}>
            {t('pane-load-profile')}
          </Button>
          {/* The native control stays out of sight and out of the tab order: the button above opens it. */}
          <input
            ref={inputRef}
            type="file"
            accept=".json,application/json"
            hidden
            tabIndex={-1}
            aria-label={t('pane-load-profile')}
            data-testid="profile-file"
            onChange={(event) => void onFile(event)}
          />
        </div>
        <Text id={loadHintId} className={styles.muted}>
          {t('pane-load-profile-hint')}
        </Text>
      </div>
      {notice ? <ProfileNotice key={notice.id} notice={notice.value} t={t} lang={lang} onDismiss={onDismiss} /> : null}
    </div>
  );
}
