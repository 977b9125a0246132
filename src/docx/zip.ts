import { unzipSync } from 'fflate';
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

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * Reads named entries out of a zip. Each read walks the central directory again (cheap: a .docx
 * has a few dozen entries) but inflates only the entries asked for.
 */
export class ZipReader {
  private inflatedTotal = 0;

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
    const wanted = new Set(names);
    let unzipped: Record<string, Uint8Array>;
    try {
      unzipped = unzipSync(this.bytes, {
        filter: (file) => {
          if (!wanted.has(file.name)) return false;
          this.checkSize(file.name, file.originalSize);
          return true;
        },
      });
    } catch (error) {
      if (error instanceof DocxReadError) throw error;
      throw new DocxReadError(
        `不是有效的 .docx 文件（无法解压，文件可能已损坏或不完整：${errorMessageOf(error)}）。` +
          ` / Not a valid .docx file (cannot unzip; the file may be corrupt or truncated: ${errorMessageOf(error)}).`,
        { cause: error },
      );
    }
    const found = new Map<string, Uint8Array>();
    for (const name of names) {
      const entry = unzipped[name];
      if (entry) found.set(name, entry);
    }
    return found;
  }

  private checkSize(name: string, declaredSize: number): void {
    if (declaredSize > this.limits.maxEntryBytes) {
      throw new DocxReadError(
        `文件中的 ${name} 解压后过大（${declaredSize} 字节），已拒绝读取。 / Entry ${name} is too large when unzipped (${declaredSize} bytes); refused.`,
      );
    }
    this.inflatedTotal += declaredSize;
    if (this.inflatedTotal > this.limits.maxTotalBytes) {
      throw new DocxReadError(
        `文件解压后总大小过大（超过 ${this.limits.maxTotalBytes} 字节），已拒绝读取。 / The unzipped content is too large (over ${this.limits.maxTotalBytes} bytes); refused.`,
      );
    }
  }
}
