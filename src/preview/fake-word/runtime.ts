import { accessDenied, apiNotFound, FakeOfficeError } from './errors';
import { guardLocks } from './locks';
import type { FakeWordDocument } from './model';

export type FakePlatform = 'PC' | 'OfficeOnline' | 'Mac' | 'iOS' | 'Android' | 'Universal';

/** State shared by every request context of one fake: the document, what the host supports, the sync count. */
export class FakeRuntime {
  syncs = 0;
  private dirty = false;

  constructor(
    readonly model: FakeWordDocument,
    /** Requirement sets and the highest version supported, e.g. { WordApi: '1.4' }. */
    private readonly requirementSets: Readonly<Record<string, string>>,
    readonly platform: FakePlatform,
  ) {}

  supports(name: string, minVersion?: string | number): boolean {
    const have = this.requirementSets[name];
    if (have === undefined) return false;
    return minVersion === undefined || compareVersions(have, String(minVersion)) >= 0;
  }

  /** Throws as Word does when code calls an API the host's requirement sets lack. */
  requireSet(name: string, version: string, location: string): void {
    if (!this.supports(name, version)) throw apiNotFound(location, `${name} ${version}`);
  }

  /** Every change to the document goes through here, so a read-only document and a locked control refuse it. */
  change(location: string, apply: () => void): void {
    if (this.model.readOnly) throw accessDenied(location);
    if (this.model.refuseChangeAfter !== undefined && this.model.refuseChangeAfter-- <= 0) {
      this.model.refuseChangeAfter = undefined;
      throw new FakeOfficeError('GeneralException', 'Word refused this change.', location);
    }
    guardLocks(this.model, location, apply);
    this.dirty = true;
  }

  /** Something subscribers should see that is not an edit (the selection moved). */
  touch(): void {
    this.dirty = true;
  }

  /** Tells subscribers once per sync that changed the document. */
  flush(): void {
    if (!this.dirty) return;
    this.dirty = false;
    this.model.notify();
  }
}

function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
