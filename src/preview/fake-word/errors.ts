/**
 * Errors shaped like OfficeExtension.Error (what `context.sync()` rejects with in Word), so code that
 * maps Office errors by `code` behaves the same against the fake.
 */
export type FakeErrorCode =
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'GeneralException'
  | 'InvalidArgument'
  | 'InvalidObjectPath'
  | 'InvalidRequestContext'
  | 'ItemNotFound'
  | 'NotAllowed'
  | 'PropertyNotLoaded'
  | 'SearchStringInvalidOrTooLong'
  | 'ValueNotLoaded';

export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];

  constructor(
    readonly code: FakeErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    // Office.js names its errors this way; code that logs `name` sees the same thing.
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export function propertyNotLoaded(typeName: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`,
  );
}

export function accessDenied(location: string): FakeOfficeError {
  return new FakeOfficeError('AccessDenied', 'The document is read-only; this change is not allowed.', location);
}

export function itemNotFound(location: string): FakeOfficeError {
  return new FakeOfficeError('ItemNotFound', 'The requested resource doesn\u2019t exist.', location);
}

export function apiNotFound(location: string, requirement: string): FakeOfficeError {
  return new FakeOfficeError('ApiNotFound', `The requested API (${requirement}) isn\u2019t supported by this version of Word.`, location);
}

/** The Office.js ErrorCodes names the fake uses, for the OfficeExtension global it installs. */
export const FAKE_ERROR_CODES = {
  accessDenied: 'AccessDenied',
  apiNotFound: 'ApiNotFound',
  generalException: 'GeneralException',
  invalidArgument: 'InvalidArgument',
  invalidObjectPath: 'InvalidObjectPath',
  invalidRequestContext: 'InvalidRequestContext',
  itemNotFound: 'ItemNotFound',
  notAllowed: 'NotAllowed',
  propertyNotLoaded: 'PropertyNotLoaded',
  valueNotLoaded: 'ValueNotLoaded',
} as const;
