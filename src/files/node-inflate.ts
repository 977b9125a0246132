/**
 * Node's zlib for the zip reader: about three times faster than fflate on a .docx's parts. Only Node front ends
 * (the batch checker, its benchmark) import this module; the pane never does, so it keeps fflate and no Node type.
 */
import { inflateRawSync } from 'node:zlib';
import { useRawInflate, type RawInflate } from './zip';

/** Inflates with the same bound as fflate's path: past `maxBytes` zlib stops and this throws a RangeError. */
export const nodeInflateRaw: RawInflate = (data, maxBytes) => {
  let out: Buffer;
  try {
    // zlib wants a bound of at least one byte; an entry declared empty is checked below.
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new RangeError(`more than ${maxBytes} bytes`);
    throw error;
  }
  if (out.length > maxBytes) throw new RangeError(`more than ${maxBytes} bytes`);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
};

/** Every zip read from now on inflates with Node's zlib. */
export function inflateWithNodeZlib(): void {
  useRawInflate(nodeInflateRaw);
}
