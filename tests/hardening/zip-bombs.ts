/**
 * Hostile zips built at test time, byte by byte: a raw deflate stream that inflates to any size from a few
 * bytes per 258 output bytes (fixed-Huffman "repeat the last byte" matches, no compressor run), and a zip
 * writer whose central directory may declare whatever sizes the test wants. Nothing here is ever inflated by
 * the tests themselves: the point is that the reader refuses before inflating.
 */

class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private used = 0;

  /** Writes `count` bits of `value`, least significant first (deflate's order for headers and extra bits). */
  bits(value: number, count: number): void {
    for (let i = 0; i < count; i++) {
      this.current |= ((value >>> i) & 1) << this.used;
      if (++this.used === 8) this.flushByte();
    }
  }

  /** Writes a Huffman code, most significant bit first. */
  code(code: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.bits((code >>> i) & 1, 1);
  }

  done(): Uint8Array {
    if (this.used > 0) this.flushByte();
    return Uint8Array.from(this.bytes);
  }

  private flushByte(): void {
    this.bytes.push(this.current);
    this.current = 0;
    this.used = 0;
  }
}

/** A fixed-Huffman literal (RFC 1951 3.2.6). */
function literal(out: BitWriter, byte: number): void {
  if (byte < 144) out.code(0x30 + byte, 8);
  else out.code(0x190 + byte - 144, 9);
}

/**
 * Raw deflate data that inflates to `prefix`, then `fill` repeated until the output is `size` bytes, then `suffix`.
 * Each 258 repeated bytes cost 13 bits (length 258 = code 285, distance 1), so 512 MiB is about 3.3 MB.
 */
export function deflateRepeating(prefix: string, fill: string, size: number, suffix: string): Uint8Array {
  const head = Buffer.from(prefix + fill, 'utf8');
  const tail = Buffer.from(suffix, 'utf8');
  const repeated = size - head.length - tail.length;
  if (Buffer.from(fill).length !== 1 || repeated < 0) throw new Error('fill must be one byte and size must fit prefix and suffix');
  const out = new BitWriter();
  out.bits(1, 1); // BFINAL
  out.bits(1, 2); // fixed Huffman codes
  for (const byte of head) literal(out, byte);
  for (let i = 0; i < Math.floor(repeated / 258); i++) {
    out.code(0xc0 + 285 - 280, 8); // length 258
    out.code(0, 5); // distance 1
  }
  for (let i = 0; i < repeated % 258; i++) literal(out, head[head.length - 1] as number);
  for (const byte of tail) literal(out, byte);
  out.code(0, 7); // end of block
  return out.done();
}

export interface RawZipEntry {
  name: string;
  /** Stored bytes, or raw deflate data when `deflated`. */
  data: Uint8Array;
  deflated?: boolean;
  /** The uncompressed size the headers declare; defaults to the stored length. */
  declaredSize?: number;
}

/** A zip with the given entries; CRCs are left zero (the reader under test does not check them). */
export function rawZip(entries: readonly RawZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const method = entry.deflated ? 8 : 0;
    const declared = entry.declaredSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(entry.data));
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const DOCUMENT_OPEN = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>`;
export const DOCUMENT_CLOSE = '</w:t></w:r></w:p></w:body></w:document>';

/** A .docx whose document.xml is one paragraph of `size` bytes, declared as `declaredSize` (honest by default). */
export function hugeDocumentDocx(size: number, declaredSize = size): Uint8Array {
  return rawZip([
    { name: '[Content_Types].xml', data: Buffer.from('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
    { name: 'word/document.xml', data: deflateRepeating(DOCUMENT_OPEN, 'a', size, DOCUMENT_CLOSE), deflated: true, declaredSize },
  ]);
}
