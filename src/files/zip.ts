import { Inflate } from 'fflate';
import { hasSignature, isZip } from '../files/signatures';
import { DiagnosticError } from '../core/diagnostic-error';

/** A zip archive (a .docx or .xlsx) that cannot be opened or that breaks the size limits; the readers say it in their words. */
export class ZipError extends DiagnosticError {
  override readonly name = 'ZipError';
}

/** Guards against zip bombs: sizes are checked from the central directory before inflating. */
export interface ZipLimits {
  /** Largest declared uncompressed size of any one entry we read. Default 64 MiB. */
  maxEntryBytes: number;
  /** Largest total declared uncompressed size of all entries we read. Default 256 MiB. */
  maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntryBytes: 64 * 1024 * 1024, maxTotalBytes: 256 * 1024 * 1024 };

const SIGNATURE = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50, zip64End: 0x06064b50, zip64Locator: 0x07064b50 };
/** Compressed bytes inflated per step: output is counted between steps, so a lying entry stops within ~16 MiB. */
const INFLATE_STEP = 16 * 1024;

/**
 * Inflates raw deflate data into at most `maxBytes` bytes, throwing a RangeError past them. fflate's stepwise
 * inflate by default (the pane); a Node front end installs zlib's, several times faster (./node-inflate).
 */
export type RawInflate = (data: Uint8Array, maxBytes: number) => Uint8Array;

/** fflate, a step of compressed bytes at a time, into a buffer of the declared size. */
function inflateInSteps(data: Uint8Array, maxBytes: number): Uint8Array {
  const out = new Uint8Array(maxBytes);
  let length = 0;
  const inflater = new Inflate((chunk) => {
    if (length + chunk.length > out.length) throw new RangeError(`more than ${maxBytes} bytes`);
    out.set(chunk, length);
    length += chunk.length;
  });
  let at = 0;
  do {
    inflater.push(data.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= data.length);
    at += INFLATE_STEP;
  } while (at < data.length);
  return out.subarray(0, length);
}

let rawInflate: RawInflate = inflateInSteps;

/** Sets how every ZipReader inflates from now on (the batch checker's entry installs Node's zlib). */
export function useRawInflate(inflate: RawInflate | 'default'): void {
  rawInflate = inflate === 'default' ? inflateInSteps : inflate;
}

/** An entry as the central directory describes it. */
interface Entry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeader: number;
}

/**
 * Reads named entries out of a zip. The central directory is read once (our own small reader: fflate's
 * unzipSync inflates a whole entry even when it is far larger than declared); only the entries asked for are
 * inflated, never past the size they declare.
 */
export class ZipReader {
  private inflatedTotal = 0;
  private directory: Map<string, Entry> | undefined;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  ) {
    // Both an encrypted .docx and a Word 97-2003 .doc are OLE compound files.
    if (hasSignature(bytes, 'ole')) throw new ZipError('docx-encrypted-or-doc');
    if (!isZip(bytes)) throw new ZipError('docx-not-zip');
  }

  /** Entry bytes by name; names not present in the zip are absent from the result. */
  read(names: readonly string[]): Map<string, Uint8Array> {
    try {
      const directory = (this.directory ??= readDirectory(this.bytes));
      const entries = [...new Set(names)].flatMap((name) => directory.get(name) ?? []);
      // Every size is checked before anything is inflated.
      for (const entry of entries) this.checkSize(entry);
      return new Map(entries.map((entry) => [entry.name, this.inflate(entry)]));
    } catch (error) {
      if (error instanceof ZipError) throw error;
      throw new ZipError('docx-unzip-failed', { detail: error instanceof Error ? error.message : String(error) }, { cause: error });
    }
  }

  private checkSize({ name, flags, method, compressedSize, declaredSize }: Entry): void {
    if (flags & 1) throw new ZipError('docx-entry-encrypted', { entry: name });
    if (method !== 0 && method !== 8) throw new Error(`entry ${name} uses compression method ${method}, which .docx files do not use`);
    // A stored entry is as large as its data, whatever it declares.
    const size = method === 0 ? Math.max(compressedSize, declaredSize) : declaredSize;
    if (size > this.limits.maxEntryBytes) throw new ZipError('docx-entry-too-large', { entry: name, size, limit: this.limits.maxEntryBytes });
    this.inflatedTotal += size;
    if (this.inflatedTotal > this.limits.maxTotalBytes) throw new ZipError('docx-total-too-large', { limit: this.limits.maxTotalBytes });
  }

  private inflate(entry: Entry): Uint8Array {
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    if (view.getUint32(entry.localHeader, true) !== SIGNATURE.local) throw new Error(`no local header for ${entry.name}`);
    const start = entry.localHeader + 30 + view.getUint16(entry.localHeader + 26, true) + view.getUint16(entry.localHeader + 28, true);
    if (start + entry.compressedSize > this.bytes.length) throw new Error(`${entry.name} runs past the end of the file`);
    const data = this.bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) return data;
    try {
      return rawInflate(data, entry.declaredSize);
    } catch (error) {
      // Inflating past the declared size is a lie about the entry: stopped there, never more memory than declared.
      if (error instanceof RangeError) throw new ZipError('docx-entry-overflows', { entry: entry.name, size: entry.declaredSize }, { cause: error });
      throw error;
    }
  }
}

/** The central directory, by entry name (Zip64 included); throws a plain Error on anything malformed. */
function readDirectory(bytes: Uint8Array): Map<string, Entry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => u32(at) + u32(at + 4) * 2 ** 32;

  let end = bytes.length - 22;
  const lowest = Math.max(0, end - 0xffff); // the archive comment is at most 64 KiB
  while (end >= lowest && u32(end) !== SIGNATURE.end) end--;
  if (end < lowest) throw new Error('no end of central directory');
  let count = u16(end + 10);
  let at = u32(end + 16);
  if (end >= 20 && u32(end - 20) === SIGNATURE.zip64Locator) {
    const zip64End = u64(end - 12);
    if (u32(zip64End) === SIGNATURE.zip64End) {
      count = u64(zip64End + 32);
      at = u64(zip64End + 48);
    }
  }

  const entries = new Map<string, Entry>();
  for (let i = 0; i < count; i++) {
    if (u32(at) !== SIGNATURE.central) throw new Error('broken central directory');
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const extraStart = at + 46 + nameLength;
    const extraEnd = extraStart + u16(at + 30);
    const nameBytes = bytes.subarray(at + 46, extraStart);
    const name = flags & 0x800 ? new TextDecoder().decode(nameBytes) : String.fromCharCode(...nameBytes);
    let compressedSize = u32(at + 20);
    let declaredSize = u32(at + 24);
    let localHeader = u32(at + 42);
    if ([compressedSize, declaredSize, localHeader].includes(0xffffffff)) {
      // Zip64: the real values are in extra field 1, in this order, only for the fields that overflowed.
      for (let field = extraStart; field + 4 <= extraEnd; field += 4 + u16(field + 2)) {
        if (u16(field) !== 1) continue;
        let value = field + 4;
        const next = () => ((value += 8), u64(value - 8));
        if (declaredSize === 0xffffffff) declaredSize = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (localHeader === 0xffffffff) localHeader = next();
        break;
      }
    }
    entries.set(name, { name, flags, method: u16(at + 10), compressedSize, declaredSize, localHeader });
    at = extraEnd + u16(at + 32);
  }
  return entries;
}
