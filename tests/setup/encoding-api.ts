/**
 * jsdom lacks the Encoding API (TextDecoder, TextEncoder) that every browser the pane runs in has; the readers
 * decode file bytes with it. Node's is the same standard one.
 */
import { TextDecoder, TextEncoder } from 'node:util';

if (typeof globalThis.TextDecoder === 'undefined') Object.assign(globalThis, { TextDecoder, TextEncoder });
