import { Inflate } from 'fflate';
import { DocxReadError, errorMessageOf } from './errors';

/** Guards against zip bombs: sizes are checked from the central directory before inflating. */
export interface ZipLimits {
  /** Largest declared uncompressed size of any one entry we read. Default 64 MiB. */
  maxEntryBytes: number;
  /** Largest total declared uncompressed size of all entries we read. Default 256 MiB. */
  maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntryBytes: 64 * 1024 * 1024, maxTotalBytes: 256 * 1024 * 1024 };

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06];
const SIGNATURE = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50, zip64End: 0x06064b50, zip64Locator: 0x07064b50 };
/** Compressed bytes inflated per step: output is counted between steps, so a lying entry stops within ~16 MiB. */
const INFLATE_STEP = 16 * 1024;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
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
    if (startsWith(bytes, OLE_SIGNATURE)) {
      // Both an encrypted .docx and a Word 97-2003 .doc are OLE compound files.
      throw new DocxReadError(
        '该文件是加密（受密码保护）的 .docx 或旧版 .doc 文件，无法读取；请在 Word 中取消密码保护并另存为 .docx 后重试。' +
          ' / The file is an encrypted (password-protected) .docx or a legacy .doc file; remove the password and save it as a .docx, then try again.',
      );
    }
    if (!startsWith(bytes, ZIP_LOCAL_HEADER) && !startsWith(bytes, ZIP_EMPTY_ARCHIVE)) {
      throw new DocxReadError('不是有效的 .docx 文件（不是 zip 压缩包）。 / Not a valid .docx file (not a zip archive).');
    }
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
      if (error instanceof DocxReadError) throw error;
      throw new DocxReadError(
        `不是有效的 .docx 文件（无法解压，文件可能已损坏或不完整：${errorMessageOf(error)}）。` +
          ` / Not a valid .docx file (cannot unzip; the file may be corrupt or truncated: ${errorMessageOf(error)}).`,
        { cause: error },
      );
    }
  }

  private checkSize({ name, flags, method, compressedSize, declaredSize }: Entry): void {
    if (flags & 1) {
      throw new DocxReadError(
        `文件中的 ${name} 用 zip 密码加密，无法读取；请解除加密后重试。 / Entry ${name} is encrypted with a zip password; remove the encryption and try again.`,
      );
    }
    if (method !== 0 && method !== 8) throw new Error(`entry ${name} uses compression method ${method}, which .docx files do not use`);
    // A stored entry is as large as its data, whatever it declares.
    const size = method === 0 ? Math.max(compressedSize, declaredSize) : declaredSize;
    if (size > this.limits.maxEntryBytes) {
      throw new DocxReadError(
        `文件中的 ${name} 解压后过大（${size} 字节，上限 ${this.limits.maxEntryBytes} 字节），已拒绝读取。` +
          ` / Entry ${name} is too large when unzipped (${size} bytes, limit ${this.limits.maxEntryBytes}); refused.`,
      );
    }
    this.inflatedTotal += size;
    if (this.inflatedTotal > this.limits.maxTotalBytes) {
      throw new DocxReadError(
        `文件解压后总大小过大（超过 ${this.limits.maxTotalBytes} 字节），已拒绝读取。 / The unzipped content is too large (over ${this.limits.maxTotalBytes} bytes); refused.`,
      );
    }
  }

  private inflate(entry: Entry): Uint8Array {
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    if (view.getUint32(entry.localHeader, true) !== SIGNATURE.local) throw new Error(`no local header for ${entry.name}`);
    const start = entry.localHeader + 30 + view.getUint16(entry.localHeader + 26, true) + view.getUint16(entry.localHeader + 28, true);
    if (start + entry.compressedSize > this.bytes.length) throw new Error(`${entry.name} runs past the end of the file`);
    const data = this.bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) return data;
    const out = new Uint8Array(entry.declaredSize);
    let length = 0;
    const inflater = new Inflate((chunk) => {
      if (length + chunk.length > out.length) {
        throw new DocxReadError(
          `文件中的 ${entry.name} 解压后超过它声明的 ${entry.declaredSize} 字节，文件已损坏或被篡改，已拒绝读取。` +
            ` / Entry ${entry.name} inflates to more than the ${entry.declaredSize} bytes it declares (size limit); the file is corrupt or forged; refused.`,
        );
      }
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
