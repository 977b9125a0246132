import type { FakePlatform, FakeRuntime } from './runtime';

export type FakeHost = 'Word' | 'Excel' | 'PowerPoint' | 'Outlook' | 'OneNote' | 'Project' | 'Access';

export interface FakeOfficeOptions {
  displayLanguage: string;
  /** The host `Office.onReady` reports; null as office.js reports outside Office. */
  host: FakeHost | null;
  /** False: `Office.onReady` never settles, as on a page where office.js never initialises. */
  ready: boolean;
}

type AsyncResult = { status: 'succeeded'; value: undefined } | { status: 'failed'; value: undefined; error: { code: number; name: string; message: string } };
type AsyncCallback = (result: AsyncResult) => void;

/**
 * Office.context.document.settings: a copy of the settings saved in the document, read when the add-in starts;
 * saveAsync writes the copy back (each value as JSON, as office.js serializes them) and succeeds unless told to refuse.
 */
export class FakeSettings {
  private readonly values = new Map<string, unknown>();
  /** Test hook: when set, saveAsync fails with this message (5001 Internal Error, a documented common code). */
  refuseSaves: string | undefined;

  constructor(private readonly saved: Map<string, string>) {
    for (const [name, json] of saved) this.values.set(name, JSON.parse(json) as unknown);
  }

  get(name: string): unknown {
    return this.values.has(name) ? this.values.get(name) : null;
  }
  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }
  remove(name: string): void {
    this.values.delete(name);
  }
  saveAsync(optionsOrCallback?: unknown, callback?: AsyncCallback): void {
    const done = (typeof optionsOrCallback === 'function' ? optionsOrCallback : callback) as AsyncCallback | undefined;
    const refusal = this.refuseSaves;
    if (refusal === undefined) {
      this.saved.clear();
      for (const [name, value] of this.values) this.saved.set(name, JSON.stringify(value));
    }
    const result: AsyncResult = refusal === undefined ? { status: 'succeeded', value: undefined } : { status: 'failed', value: undefined, error: { code: 5001, name: 'Internal Error', message: refusal } };
    setTimeout(() => done?.(result), 0);
  }
}

const HOST_TYPE = { Word: 'Word', Excel: 'Excel', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access' } as const;
const PLATFORM_TYPE = { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' } as const;

/** The `Office` global: onReady, the context, and the enums office.js defines as strings. */
export function createOfficeNamespace(runtime: FakeRuntime, options: FakeOfficeOptions) {
  const info = { host: options.host, platform: options.host ? runtime.platform : null };
  const settings = new FakeSettings(runtime.model.settings);
  return {
    HostType: HOST_TYPE,
    PlatformType: PLATFORM_TYPE,
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    onReady(callback?: (ready: typeof info) => unknown): Promise<typeof info> {
      if (!options.ready) return new Promise(() => undefined);
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
    context: {
      displayLanguage: options.displayLanguage,
      platform: runtime.platform as FakePlatform,
      host: options.host,
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number): boolean => runtime.supports(name, minVersion),
      },
      document: { settings },
    },
  };
}

export type FakeOfficeNamespace = ReturnType<typeof createOfficeNamespace>;
