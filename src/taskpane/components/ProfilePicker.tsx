import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Select, Text, useId } from '@fluentui/react-components';
import { useRef, useState, type ChangeEvent } from 'react';
import type { Lang, Profile } from '../../core/profile';
import type { ProfileChoice } from '../hooks/useProfileChoice';
import { readProfileFile, type ProfileFileOutcome } from '../profile-file';
import type { Strings } from '../strings';
import { usePaneStyles } from '../styles';

export interface ProfilePickerProps {
  strings: Strings;
  lang: Lang;
  choice: ProfileChoice;
}

type Notice =
  | Exclude<ProfileFileOutcome, { kind: 'loaded' }>
  | { kind: 'loaded'; file: string; profile: Profile; replaced: boolean; remembered: boolean }
  | { kind: 'removed'; profile: Profile };

/**
 * The report type: a list of the built-in ones and those loaded from files, what the document's title says,
 * and loading one from a JSON file. Both panels show one; the choice itself lives in App.
 */
export function ProfilePicker({ strings, lang, choice }: ProfilePickerProps) {
  const styles = usePaneStyles();
  const inputRef = useRef<HTMLInputElement | null>(null);
  const selectRef = useRef<HTMLSelectElement | null>(null);
  const loadRef = useRef<HTMLButtonElement | null>(null);
  const loadHintId = useId('load-profile-hint');
  const [notice, setNotice] = useState<{ id: number; value: Notice } | null>(null);
  const show = (value: Notice) => setNotice((old) => ({ id: (old?.id ?? 0) + 1, value }));

  const { profile, guess, source } = choice;
  const nameOf = (p: { id: string; name: Record<Lang, string> }) => p.name[lang] + (choice.userProfileIds.has(p.id) ? strings.userProfileTag : '');
  const offerTitle = source === 'chosen' && guess !== null && guess.id !== profile.id;
  const hint =
    source === 'title' || (source === 'chosen' && guess?.id === profile.id)
      ? strings.profileFromTitle(profile.name[lang])
      : offerTitle
        ? strings.profileChosenOverTitle(guess.name[lang])
        : source === 'default' && choice.hasDocumentText
          ? strings.profileNotTold(profile.name[lang])
          : undefined;
  const isUserProfile = choice.userProfileIds.has(profile.id);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared at once, so that choosing the same file again (after fixing it) is a change too.
    input.value = '';
    if (!file) return;
    const outcome = await readProfileFile(file);
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
      <Field label={strings.profileLabel} hint={hint}>
        <Select ref={selectRef} className={styles.fullWidth} value={profile.id} onChange={(_, data) => onChoose(data.value)}>
          {choice.profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {nameOf(p)}
            </option>
          ))}
        </Select>
      </Field>
      {offerTitle || isUserProfile ? (
        <div className={styles.row}>
          {offerTitle ? (
            <Button size="small" className={styles.wrapButton} onClick={onFollowTitle}>
              {strings.followTitle(guess.name[lang])}
            </Button>
          ) : null}
          {isUserProfile ? (
            <Button size="small" className={styles.wrapButton} onClick={onRemove}>
              {strings.removeProfile(profile.name[lang])}
            </Button>
          ) : null}
        </div>
      ) : null}
      <div className={styles.tight}>
        <div>
          <Button ref={loadRef} className={styles.wrapButton} aria-describedby={loadHintId} onClick={() => inputRef.current?.click()}>
            {strings.loadProfile}
          </Button>
          {/* The native control stays out of sight and out of the tab order: the button above opens it. */}
          <input
            ref={inputRef}
            type="file"
            accept=".json,application/json"
            hidden
            tabIndex={-1}
            aria-label={strings.loadProfile}
            data-testid="profile-file"
            onChange={(event) => void onFile(event)}
          />
        </div>
        <Text id={loadHintId} className={styles.muted}>
          {strings.loadProfileHint}
        </Text>
      </div>
      {notice ? <ProfileNotice key={notice.id} notice={notice.value} strings={strings} lang={lang} onDismiss={onDismiss} /> : null}
    </div>
  );
}

/** What became of a file, or of a removal, in plain words; a MessageBar, so screen readers hear it. */
function ProfileNotice({ notice, strings, lang, onDismiss }: { notice: Notice; strings: Strings; lang: Lang; onDismiss: () => void }) {
  const styles = usePaneStyles();
  let intent: 'success' | 'error' = 'error';
  let body: JSX.Element;
  switch (notice.kind) {
    case 'loaded':
      intent = 'success';
      body = (
        <>
          {(notice.replaced ? strings.profileReplaced : strings.profileLoaded)(notice.profile.name[lang], notice.file, notice.remembered)}
        </>
      );
      break;
    case 'removed':
      intent = 'success';
      body = <>{strings.profileRemoved(notice.profile.name[lang])}</>;
      break;
    case 'invalid':
      body = (
        <>
          <MessageBarTitle>{strings.profileInvalid(notice.file)}</MessageBarTitle> {strings.profileInvalidNext}
          <ul className={styles.errorList}>
            {notice.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </>
      );
      break;
    case 'not-json':
      body = (
        <>
          {strings.profileNotJson(notice.file)}
          <div>{strings.errorDetail(notice.detail)}</div>
        </>
      );
      break;
    case 'built-in-id':
      body = <>{strings.profileBuiltInId(notice.file, notice.id, notice.builtIn.name[lang])}</>;
      break;
    case 'too-large':
      body = <>{strings.profileTooLarge(notice.file)}</>;
      break;
    case 'unreadable':
      body = (
        <>
          {strings.profileUnreadable(notice.file)}
          {notice.detail ? <div>{strings.errorDetail(notice.detail)}</div> : null}
        </>
      );
      break;
  }
  return (
    <MessageBar intent={intent} layout="multiline" data-testid="profile-notice">
      <MessageBarBody>{body}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {strings.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
