import { Button, Field, Input, MessageBar, MessageBarBody, ProgressBar, Text } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../../core/i18n/lang';
import { parseDataUrl } from '../data-url';
import type { FigureData, FigureSource } from '../hooks/useFigureData';
import { pickKeptFile } from '../pick-file';
import type { PaneText } from '../strings';
import { usePaneStyles } from '../styles';
import { whenIdle } from '../when-idle';

const LISTED_PROBLEMS = 8;

export interface FigureSourcePickerProps {
  t: PaneText;
  lang: Lang;
  data: FigureData;
  /** The URL kept with the document, if any, to offer again. */
  savedUrl?: string;
  onUrlLoaded: (url: string) => void;
}

/** Where the figures come from: a local file, an https address, or the sample; then what was read and what was wrong. */
export function FigureSourcePicker({ t, lang, data, savedUrl, onUrlLoaded }: FigureSourcePickerProps) {
  const styles = usePaneStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState(savedUrl ?? '');
  const [urlError, setUrlError] = useState<JSX.Element>();
  const { state } = data;
  // Made while the pane is idle, not in the render that shows a newly read file's figures.
  useEffect(() => whenIdle(() => void timeOf(new Date(), lang)), [lang]);

  const onChooseFile = async () => {
    const picked = await pickKeptFile(t('pane-figures-file-types'));
    if (picked.kind === 'picked') void data.loadFile(picked.file, picked.handle);
    else if (picked.kind === 'unavailable') fileInput.current?.click();
  };

  const onLoadUrl = async () => {
    const address = parseDataUrl(url);
    if (!address.ok) {
      setUrlError(
        <>
          <span>{address.message[lang]}</span>
          {address.why ? <span> {address.why[lang]}</span> : null}
        </>,
      );
      return;
    }
    setUrlError(undefined);
    setUrl(address.url);
    // Kept with the document only once it has loaded, so a mistyped address is not saved.
    if (await data.loadUrl(address.url)) onUrlLoaded(address.url);
  };

  return (
    <section className={styles.stack} aria-label={t('pane-figures-source-heading')}>
      <h2 className={styles.subheading}>{t('pane-figures-source-heading')}</h2>
      <div className={styles.row}>
        <Button onClick={() => void onChooseFile()}>{t('pane-figures-choose-file')}</Button>
        <Button appearance="subtle" onClick={() => void data.loadSample()}>
          {t('pane-figures-use-sample')}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".xlsx,.csv,.json,.txt"
          aria-label={t('pane-figures-choose-file')}
          data-testid="figure-file"
          tabIndex={-1}
          className={styles.visuallyHidden}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void data.loadFile(file);
            event.target.value = ''; // picking the same file again reads it again
          }}
        />
      </div>
      <Text size={200} className={styles.muted}>
        {t('pane-figures-file-hint')}
      </Text>
      <Field label={t('pane-figures-url-label')} hint={t('pane-figures-url-hint')} validationMessage={urlError}>
        <div className={styles.row}>
          <Input type="url" value={url} onChange={(_, d) => setUrl(d.value)} className={styles.fullWidth} />
          <Button onClick={() => void onLoadUrl()}>{t('pane-figures-load-url')}</Button>
        </div>
      </Field>
      <div role="status" aria-live="polite">
        {state.status === 'loading' ? (
          <div className={styles.row}>
            <Field className={styles.fullWidth} validationMessage={t('pane-figures-loading', { percent: Math.round(state.progress * 100) })} validationState="none">
              <ProgressBar value={state.progress} max={1} />
            </Field>
            <Button size="small" onClick={data.cancel}>
              {t('pane-figures-cancel-load')}
            </Button>
          </div>
        ) : null}
        {state.status === 'loaded' ? (
          <>
            <Text data-testid="figures-loaded">{t('pane-figures-loaded-from', { source: sourceName(state.source, t), figures: t('pane-figures-count-figures', { count: state.result.dataset.records.length }), units: t('pane-figures-count-units', { count: state.result.dataset.units.length }) })}</Text>
            <Text size={200} className={styles.muted} data-testid="figures-read-at">{t('pane-figures-read-at', { time: timeOf(state.readAt, lang) })}</Text>
          </>
        ) : null}
      </div>
      {state.status === 'failed' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {state.message[lang]}
            {state.lastFrom ? <div data-testid="figures-still-from">{t('pane-figures-still-from', { source: sourceName(state.lastFrom.source, t), time: timeOf(state.lastFrom.readAt, lang) })}</div> : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.status === 'loaded' && state.result.problems.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <strong>{t('pane-figures-problems-heading', { count: state.result.problems.length })}</strong>
            <ul className={styles.errorList}>
              {state.result.problems.slice(0, LISTED_PROBLEMS).map((problem, i) => (
                <li key={i}>{problem.message[lang]}</li>
              ))}
            </ul>
            {state.result.problems.length > LISTED_PROBLEMS ? t('pane-figures-more-problems', { count: state.result.problems.length - LISTED_PROBLEMS }) : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}

/** One formatter per language: making one (toLocaleTimeString makes one each call) took 50 ms of the render that shows a file's figures. */
const TIME_FORMATS = new Map<Lang, Intl.DateTimeFormat>();

function timeOf(date: Date, lang: Lang): string {
  let format = TIME_FORMATS.get(lang);
  if (!format) TIME_FORMATS.set(lang, (format = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false })));
  return format.format(date);
}

function sourceName(source: FigureSource, t: PaneText): string {
  if (source.kind === 'url') return readableAddress(source.url);
  return source.kind === 'sample' ? t('pane-figures-sample-name') : source.name;
}

/** An address as a person reads it: 年报 数据.csv, not %E5%B9%B4…; as it is where it does not decode. */
function readableAddress(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
