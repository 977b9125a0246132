import { FakeClientObject, FakeClientResult } from '../fake-word/client';
import { FakeOfficeError } from '../fake-word/errors';
import type { WordRequestContext } from '../fake-word/word-namespace';
import { member, queryResult } from './query';
import { ACTION, camelCase, PATH, type Action, type ActionResult, type ArgumentInfo, type ObjectPathInfo, type RichApiRequest, type RichApiResponse, type WireError } from './wire';

type AnyObject = FakeClientObject<unknown>;

/**
 * Services of the host that office.js talks to for itself, not for the add-in: its telemetry (the Telemetry
 * requirement set; Word sends it on under Office's own privacy settings) and the add-in runtime's notices
 * (NotifyActionHandlerReady). The host accepts every call and keeps the arguments, so tests can read them.
 */
export const HOST_SERVICES = ['Microsoft.Telemetry.TelemetryService', 'Microsoft.InternalService.AddinInternalService'] as const;

export class HostService {
  readonly calls: string[] = [];
  constructor(readonly name: string) {}
}

/**
 * Objects office.js makes on the host side to carry a method's options: `paragraph.search(text, { matchCase })`
 * goes on the wire as `new Microsoft.WordServices.SearchOptions`, its properties set one action each, and the
 * object passed to Search by path (observed with office.js 1.1.110; Word.SearchOptions.newObject).
 */
const OPTION_OBJECTS = ['Microsoft.WordServices.SearchOptions'] as const;

export class OptionsObject {
  readonly values: Record<string, unknown> = {};
  constructor(readonly name: string) {}
}

/** What an object path stands for: an object of the imitation, a host service, options, or nothing (a null object). */
type Target = AnyObject | HostService | OptionsObject | null;

/** An error the host answers with; the imitation's own errors (FakeOfficeError) travel the same way. */
class HostFault extends FakeOfficeError {}

const notModelled = (what: string) => new HostFault('GeneralException', `The simulated Word host does not model ${what}.`, what);

/** Status codes office.js puts on its errors; the RichApi answer carries one with each error. */
const HTTP_STATUS: Record<string, number> = { AccessDenied: 403, ItemNotFound: 404, ApiNotFound: 404, GeneralException: 500 };

/**
 * Runs RichApi requests (one per `context.sync()` of office.js) against the imitation's document through its own
 * objects: one request context that stays open, each action done and synced in order, so an error names the
 * action that failed and leaves the ones before it applied. References kept with `_KeepReference` (and, inside
 * Word.run, every item a query returns) outlive the request until office.js removes them after Word.run.
 */
export class RichApiExecutor {
  readonly references = new Map<string, Target>();
  readonly services = new Map(HOST_SERVICES.map((name) => [name as string, new HostService(name)]));
  private nextReference = 1;

  constructor(readonly context: WordRequestContext) {}

  async execute(request: RichApiRequest): Promise<RichApiResponse> {
    const batch = new Batch(this, request);
    const results: ActionResult[] = [];
    for (const [index, action] of request.Actions.entries()) {
      try {
        const result = await batch.run(action);
        if (result) results.push(result);
      } catch (error) {
        return { Results: results, Error: wireError(error, index, action) };
      }
    }
    return { Results: results };
  }

  keep(target: Target): string {
    const id = `{simulated-${this.nextReference++}}`;
    this.references.set(id, target);
    return id;
  }
}

/** One request: its object paths evaluated once each, at their first use, as Word does. */
class Batch {
  private readonly targets = new Map<number, Target>();
  private readonly kept = new Map<number, string>();

  constructor(
    private readonly host: RichApiExecutor,
    private readonly request: RichApiRequest,
  ) {}

  async run(action: Action): Promise<ActionResult | undefined> {
    const result = (value: unknown): ActionResult => ({ ActionId: action.Id, Value: value });
    switch (action.ActionType) {
      case ACTION.instantiate: {
        const target = await this.target(action.ObjectPathId);
        const reference = this.kept.get(action.ObjectPathId);
        return result(target === null ? null : reference ? { _ReferenceId: reference } : {});
      }
      case ACTION.query: {
        const target = await this.target(action.ObjectPathId);
        if (target === null) return result(null);
        const object = documentObject(target, action.Name);
        const select = action.QueryInfo?.Select;
        object.load(select && select.length > 0 ? { select: [...select] } : undefined);
        await this.host.context.sync();
        return result(queryResult(object, select, this.request.AutoKeepReference ? (item) => this.host.keep(item) : undefined));
      }
      case ACTION.method:
        return result(await this.invoke(action));
      case ACTION.setProperty: {
        const options = await this.target(action.ObjectPathId);
        if (options instanceof OptionsObject) {
          options.values[camelCase(action.Name)] = (await this.arguments(action.ArgumentInfo))[0];
          return undefined;
        }
        const object = documentObject(await this.target(action.ObjectPathId), action.Name);
        (object as unknown as Record<string, unknown>)[camelCase(action.Name)] = (await this.arguments(action.ArgumentInfo))[0];
        await this.host.context.sync();
        return undefined;
      }
      case ACTION.trace:
        return result(null);
      default:
        throw notModelled(`action type ${action.ActionType}`);
    }
  }

  private async invoke(action: Action): Promise<unknown> {
    const target = await this.target(action.ObjectPathId);
    const args = await this.arguments(action.ArgumentInfo);
    switch (action.Name) {
      case '_KeepReference':
        // A null object is not kept: office.js never learns a reference for it, so it would never be released.
        if (target !== null) this.kept.set(action.ObjectPathId, this.host.keep(target));
        return null;
      case '_RemoveReference':
        this.host.references.delete(String(args[0]));
        return null;
      case '_RemoveAllReferences':
        this.host.references.clear();
        return null;
    }
    if (target instanceof HostService) {
      target.calls.push(`${action.Name} ${JSON.stringify(args)}`);
      return null;
    }
    const object = documentObject(target, action.Name);
    const method = member(object, camelCase(action.Name));
    if (typeof method !== 'function') throw notModelled(`the method ${action.Name}`);
    const returned: unknown = method.apply(object, args);
    await this.host.context.sync();
    if (returned instanceof FakeClientResult) return returned.value as unknown;
    return returned === undefined || returned instanceof FakeClientObject ? null : returned;
  }

  /** The target of a path, made (a method's work done) and checked at its first use; a method's result is pinned. */
  private async target(pathId: number | undefined): Promise<Target> {
    if (pathId === undefined) throw new HostFault('InvalidObjectPath', 'An object path names no parent.', 'ObjectPaths');
    if (this.targets.has(pathId)) return this.targets.get(pathId) as Target;
    const info = this.request.ObjectPaths[String(pathId)];
    if (!info) throw new HostFault('InvalidObjectPath', `Object path ${pathId} is not in the request.`, 'ObjectPaths');
    let target = await this.make(info);
    await this.host.context.sync();
    if (target instanceof FakeClientObject) {
      if (target.entity() === null) target = null; // entity() fails with ItemNotFound for an object that must exist
      else if (info.ObjectPathType === PATH.method) target.pin();
    }
    this.targets.set(pathId, target);
    return target;
  }

  private async make(info: ObjectPathInfo): Promise<Target> {
    switch (info.ObjectPathType) {
      case PATH.global:
        return this.host.context.document;
      case PATH.newObject: {
        if ((OPTION_OBJECTS as readonly string[]).includes(info.Name)) return new OptionsObject(info.Name);
        const service = this.host.services.get(info.Name);
        if (!service) throw notModelled(`new ${info.Name}`);
        return service;
      }
      case PATH.referenceId: {
        if (!this.host.references.has(info.Name)) throw new HostFault('InvalidObjectPath', `No object is kept under the reference ${info.Name}.`, info.Name);
        return this.host.references.get(info.Name) as Target;
      }
      case PATH.nullObject:
        return null;
      case PATH.property:
      case PATH.method: {
        const from = await this.target(info.ParentObjectPathId);
        // From an object that does not exist, an …OrNullObject member is a null object too; anything else fails.
        if (from === null && info.Name.endsWith('OrNullObject')) return null;
        const parent = documentObject(from, info.Name);
        const value = member(parent, camelCase(info.Name));
        const made = info.ObjectPathType === PATH.property ? value : typeof value === 'function' ? (value as (...a: unknown[]) => unknown).apply(parent, await this.arguments(info.ArgumentInfo)) : undefined;
        if (!(made instanceof FakeClientObject)) throw notModelled(`the ${info.ObjectPathType === PATH.method ? 'method' : 'property'} ${info.Name}`);
        return made;
      }
      default:
        throw notModelled(`object path type ${info.ObjectPathType}`);
    }
  }

  /** Arguments with the objects among them (ReferencedObjectPathIds) in place. */
  private async arguments(info: ArgumentInfo | undefined): Promise<unknown[]> {
    const args = [...(info?.Arguments ?? [])];
    for (const [index, pathId] of (info?.ReferencedObjectPathIds ?? []).entries()) {
      if (typeof pathId !== 'number' || pathId <= 0) continue;
      const target = await this.target(pathId);
      args[index] = target instanceof OptionsObject ? { ...target.values } : target;
    }
    return args;
  }
}

function documentObject(target: Target, name: string): AnyObject {
  if (target instanceof FakeClientObject) return target;
  if (target instanceof OptionsObject) throw notModelled(`${name} on ${target.name}`);
  if (target === null) throw new HostFault('ItemNotFound', `${name} was asked of an object that does not exist.`, name);
  throw new HostFault('InvalidObjectPath', `${name} is not a document object.`, name);
}

function wireError(error: unknown, index: number, action: Action): WireError {
  const code = error instanceof FakeOfficeError ? error.code : 'GeneralException';
  const location = error instanceof FakeOfficeError ? (error.debugInfo.errorLocation ?? action.Name) : action.Name;
  const message = error instanceof Error ? error.message : String(error);
  return { Code: code, Message: message, Location: location, ActionIndex: index, HttpStatusCode: HTTP_STATUS[code] ?? 400 };
}
