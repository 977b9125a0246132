import { HostError } from '../host/contract';

/**
 * Values kept with the document (Office.context.document.settings, a Common API; not a Word.run batch):
 * they travel with the file, e.g. the data file's URL. Only strings are ours; anything else reads as unset.
 */
export function documentSetting(name: string): string | undefined {
  const value: unknown = Office.context.document.settings.get(name);
  return typeof value === 'string' ? value : undefined;
}

/** Sets (or, for undefined, removes) a value and saves the settings into the document. */
export function saveDocumentSetting(name: string, value: string | undefined): Promise<void> {
  const settings = Office.context.document.settings;
  if (value === undefined) settings.remove(name);
  else settings.set(name, value);
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else reject(new HostError('failed', result.error?.message ?? 'Word could not save the document settings.'));
    });
  });
}
