/**
 * Node's zlib for the zip reader: about three times faster than fflate on a .docx's parts. Only Node front ends
 * (the batch checker, its benchmark) import this module; the pane never does, so it keeps fflate and no Node type.
 */
import { inflateRawSync } from 'node:zlib';
import { useRawInflate, type RawInflate } from './zip';

/** zlib's smallest output chunk, and the largest allocated ahead for a declared size (a part's size is declared by the file). */
const MIN_CHUNK = 64;
const MAX_CHUNK = 4 * 1024 * 1024;

/** Inflates with the same bound as fflate's path: past `maxBytes` zlib stops and this throws a RangeError. */
export const nodeInflateRaw: RawInflate = (data, maxBytes) => {
  let out: Buffer;
  try {
    // zlib wants a bound of at least one byte; an entry declared empty is checked below. Output comes in chunks
    // joined at the end: one chunk the entry's declared size (up to MAX_CHUNK) is one allocation and no copy.
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes), chunkSize: Math.min(Math.max(MIN_CHUNK, maxBytes), MAX_CHUNK) });
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
