import { createFakeWord, type FakeParagraphInit, type FakeWord } from '../fake-word';
import { HOST_SERVICES, RichApiExecutor } from './executor';
import { PATH, type RichApiRequest } from './wire';

export type HostPlatform = 'Win32' | 'Web';

/** _host_Info as Office puts it in the add-in's URL: host, platform, host file version, UI language. */
export function hostInfo(platform: HostPlatform, uiLanguage: string): string {
  return ['Word', platform, platform === 'Web' ? '16.00' : '16.01', uiLanguage, '', '', '', '0'].join('$');
}

export interface SimulatedWordOptions {
  /** The document, as the imitation takes it. Default: a new document (one empty paragraph). */
  paragraphs?: readonly FakeParagraphInit[];
  /** Word's UI language, which office.js gives the add-in as Office.context.displayLanguage. Default zh-CN. */
  uiLanguage?: string;
  /** What the host declares it supports (Office.context.requirements). Default: WordApi 1.4 and Telemetry 1.2. */
  requirementSets?: Readonly<Record<string, string>>;
  /** Settings already saved in the document (Office.context.document.settings). */
  settings?: Readonly<Record<string, unknown>>;
  /** Every change is refused with AccessDenied (a protected document). */
  readOnly?: boolean;
  /** Track Changes on: replaced text stays in the document as a tracked deletion. */
  trackChanges?: boolean;
}

/** One RichApi request that reached the document (office.js's requests to the host's own services are left out). */
export interface WireBatch {
  /** The actions' names in order: method and property names, "load …" for queries, "" for instantiations left out. */
  actions: string[];
  error?: string;
}

/**
 * What both simulated hosts share: the document (the imitation's in-memory model, through its own objects), the
 * settings saved in it, what the host declares, and a log of the batches office.js sent. The transports (win32.ts:
 * window.external; web.ts: messages with the parent frame) only carry requests here and answers back.
 */
export class SimulatedWordHost {
  readonly fake: FakeWord;
  readonly executor: RichApiExecutor;
  readonly batches: WireBatch[] = [];
  readonly uiLanguage: string;
  readonly requirementSets: Readonly<Record<string, string>>;
  /** Word's build as the host reports it (GetHostFullVersion); a current Microsoft 365 build number. */
  readonly hostFullVersion = '16.0.17928.20114';

  constructor(
    readonly platform: HostPlatform,
    options: SimulatedWordOptions = {},
  ) {
    this.uiLanguage = options.uiLanguage ?? 'zh-CN';
    this.requirementSets = options.requirementSets ?? { WordApi: '1.4', Telemetry: '1.2' };
    this.fake = createFakeWord(options.paragraphs ?? [''], {
      displayLanguage: this.uiLanguage,
      platform: platform === 'Web' ? 'OfficeOnline' : 'PC',
      requirementSets: this.requirementSets,
      readOnly: options.readOnly ?? false,
    });
    this.fake.model.trackChanges = options.trackChanges ?? false;
    for (const [name, value] of Object.entries(options.settings ?? {})) this.fake.model.settings.set(name, JSON.stringify(value));
    this.executor = new RichApiExecutor(this.fake.openContext());
  }

  get hostInfo(): string {
    return hostInfo(this.platform, this.uiLanguage);
  }

  /** The requirement matrix as the host hands it to office.js: JSON of set name to version. */
  get requirementMatrix(): string {
    return JSON.stringify(this.requirementSets);
  }


  /** One RichApi request body (JSON) in, its answer (JSON) out. */
  async richApi(body: string): Promise<string> {
    const request = JSON.parse(body) as RichApiRequest;
    const response = await this.executor.execute(request);
    const toService = Object.values(request.ObjectPaths).some((p) => p.ObjectPathType === PATH.newObject && (HOST_SERVICES as readonly string[]).includes(p.Name));
    if (!toService) {
      const actions = request.Actions.map((a) => (a.ActionType === 2 ? `load ${(a.QueryInfo?.Select ?? []).join(',')}` : a.Name)).filter((name) => name !== '');
      this.batches.push({ actions, ...(response.Error ? { error: `${response.Error.Code} at ${response.Error.Location}` } : {}) });
    }
    return JSON.stringify(response);
  }

  /** The settings saved in the document, each value as JSON (what office.js reads when it starts). */
  savedSettings(): Array<[string, string]> {
    return [...this.fake.model.settings];
  }

  /** office.js saving the add-in's settings: the whole set, each value as JSON. */
  saveSettings(entries: ReadonlyArray<readonly [string, string]>): void {
    this.fake.model.settings.clear();
    for (const [name, json] of entries) this.fake.model.settings.set(name, json);
  }
}
