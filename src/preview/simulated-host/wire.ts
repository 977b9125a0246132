/**
 * The RichApi wire format office.js speaks to Word (read from office.js's own code, @microsoft/office-js 1.1.110:
 * ClientRequestBase.buildRequestMessageBodyAndRequestFlags, ClientRequestContext.processRequestExecutorResponseMessage).
 * One `context.sync()` is one request: the object paths it uses and the actions on them, in order.
 */

/** ObjectPathType in office.js. */
export const PATH = { global: 1, newObject: 2, method: 3, property: 4, indexer: 5, referenceId: 6, nullObject: 7 } as const;

/** ActionType in office.js. */
export const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4, trace: 5 } as const;

export interface ArgumentInfo {
  Arguments?: unknown[];
  /** Arguments that are objects: their path ids, at the same positions. */
  ReferencedObjectPathIds?: Array<number | null>;
}

export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  /** Property or method name (PascalCase), the type of a new object, or a reference id. */
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface QueryInfo {
  /** camelCase paths, "a/b" through navigation properties; none means every scalar property. */
  Select?: string[];
  Expand?: string[];
}

export interface Action {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: QueryInfo;
}

export interface RichApiRequest {
  /** Set inside Word.run: the host keeps a reference to each object it returns, for later syncs of the batch. */
  AutoKeepReference?: boolean;
  Actions: Action[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface ActionResult {
  ActionId: number;
  Value: unknown;
}

export interface WireError {
  Code: string;
  Message: string;
  Location: string;
  /** The index in Actions of the action that failed; the ones before it took effect and have their results. */
  ActionIndex: number;
  HttpStatusCode: number;
}

export interface RichApiResponse {
  Results: ActionResult[];
  Error?: WireError;
}

/** "InsertParagraph" → "insertParagraph": the wire names members in PascalCase, the JavaScript API in camelCase. */
export function camelCase(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** "isListItem" → "IsListItem": property names in results. */
export function pascalCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
