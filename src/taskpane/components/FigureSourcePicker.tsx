import { Button, Field, Input, MessageBar, MessageBarBody, ProgressBar, Text } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { Lang } from '../../core/profile';
import type { FigureStrings } from '../figure-strings';
import type { FigureData, FigureSource } from '../hooks/useFigureData';
import { usePaneStyles } from '../styles';

const LISTED_PROBLEMS = 8;

export interface FigureSourcePickerProps {
  fs: FigureStrings;
  lang: Lang;
  data: FigureData;
  /** The URL kept with the document, if any, to offer again. */
  savedUrl?: string;
  onUrlLoaded: (url: string) => void;
}

/** Where the figures come from: a local file, an https address, or the sample; then what was read and what was wrong. */
export function FigureSourcePicker({ fs, lang, data, savedUrl, onUrlLoaded }: FigureSourcePickerProps) {
  const styles = usePaneStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState(savedUrl ?? '');
  const [urlError, setUrlError] = useState<string>();
  const { state } = data;

  const onLoadUrl = async () => {
    const trimmed = url.trim();
    if (!/^https:\/\/\S+$/i.test(trimmed)) {
      setUrlError(fs.urlNotHttps);
      return;
    }
    setUrlError(undefined);
    // Kept with the document only once it has loaded, so a mistyped address is not saved.
    if (await data.loadUrl(trimmed)) onUrlLoaded(trimmed);
  };

  return (
    <section className={styles.stack} aria-label={fs.sourceHeading}>
      <h2 className={styles.subheading}>{fs.sourceHeading}</h2>
      <div className={styles.row}>
        <Button onClick={() => fileInput.current?.click()}>{fs.chooseFile}</Button>
        <Button appearance="subtle" onClick={() => void data.loadSample()}>
          {fs.useSample}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".xlsx,.csv,.json,.txt"
          aria-label={fs.chooseFile}
          data-testid="figure-file"
          className={styles.visuallyHidden}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void data.loadFile(file);
            event.target.value = ''; // picking the same file again reads it again
          }}
        />
      </div>
      <Text size={200} className={styles.muted}>
        {fs.fileHint}
      </Text>
      <Field label={fs.urlLabel} hint={fs.urlHint} validationMessage={urlError}>
        <div className={styles.row}>
          <Input type="url" value={url} onChange={(_, d) => setUrl(d.value)} className={styles.fullWidth} />
          <Button onClick={() => void onLoadUrl()}>{fs.loadUrl}</Button>
        </div>
      </Field>
      <div role="status" aria-live="polite">
        {state.status === 'loading' ? (
          <Field validationMessage={fs.loading(Math.round(state.progress * 100))} validationState="none">
            <ProgressBar value={state.progress} max={1} />
          </Field>
        ) : null}
        {state.status === 'loaded' ? (
          <Text data-testid="figures-loaded">{fs.loadedFrom(sourceName(state.source, fs), state.result.dataset.records.length, state.result.dataset.units.length)}</Text>
        ) : null}
      </div>
      {state.status === 'failed' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.message[lang]}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.status === 'loaded' && state.result.problems.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <strong>{fs.problemsHeading(state.result.problems.length)}</strong>
            <ul className={styles.errorList}>
              {state.result.problems.slice(0, LISTED_PROBLEMS).map((problem, i) => (
                <li key={i}>{problem.message[lang]}</li>
              ))}
            </ul>
            {state.result.problems.length > LISTED_PROBLEMS ? fs.moreProblems(state.result.problems.length - LISTED_PROBLEMS) : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}

function sourceName(source: FigureSource, fs: FigureStrings): string {
  if (source.kind === 'url') return source.url;
  return source.kind === 'sample' ? fs.sampleName : source.name;
}
