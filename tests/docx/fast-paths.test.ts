/**
 * The batch checker unzips .docx files with Node's zlib; the pane with fflate. Both must give the same document
 * model: every .docx here is read on both, and the models compared whole.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportDocument } from '../../src/core/document';
import { readDocx } from '../../src/docx/read-docx';
import { nodeInflateRaw } from '../../src/files/node-inflate';
import { useRawInflate, ZipReader } from '../../src/files/zip';
import { BUILT_DOCX_FIXTURES as fixtures } from '../helpers/docx-fixtures';
import { zipEntries } from '../helpers/ooxml';
import { convertTextToDocx, SOFFICE } from '../helpers/soffice';

const readOnReference = (bytes: Uint8Array) => readDocx(bytes);

function outcome(read: () => ReportDocument): ReportDocument | string {
  try {
    return read();
  } catch (error) {
    return `${(error as Error).name}: ${JSON.stringify((error as { diagnostic?: unknown }).diagnostic)}`;
  }
}

function fastModel(bytes: Uint8Array): ReportDocument | string {
  useRawInflate(nodeInflateRaw);
  try {
    return outcome(() => readDocx(bytes));
  } finally {
    useRawInflate('default');
  }
}

describe('Node\u2019s zlib reads every .docx as fflate does', () => {
  test.each(fixtures)('%s', (_, bytes) => {
    const reference = outcome(() => readOnReference(bytes));
    expect(fastModel(bytes)).toEqual(reference);
  });

  const textFixtures = [join(__dirname, '..', 'fixtures'), join(__dirname, '..', 'fixtures', 'published')].flatMap((dir) =>
    readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f)),
  );
  (SOFFICE ? test : test.skip)(`every text fixture as LibreOffice saves it as .docx (${textFixtures.length} files; skipped without LibreOffice)`, () => {
    const converted = convertTextToDocx(textFixtures);
    for (const file of converted) {
      const bytes = new Uint8Array(readFileSync(file));
      expect(fastModel(bytes)).toEqual(outcome(() => readOnReference(bytes)));
    }
  }, 120_000);
});

describe("Node's zlib keeps the zip reader's limits", () => {
  test('an entry that inflates past its declared size is refused on both paths', () => {
    const bytes = zipEntries({ 'word/document.xml': `<d>${'长'.repeat(5000)}</d>` });
    // The declared uncompressed size sits at offset 22 of the local header and 24 of the central directory entry.
    const lying = bytes.slice();
    const central = lying.length - 22 - 46 - 'word/document.xml'.length;
    for (const at of [22, central + 24]) new DataView(lying.buffer).setUint32(at, 100, true);
    const refusal = (inflate: 'default' | typeof nodeInflateRaw) => {
      useRawInflate(inflate);
      try {
        return outcome(() => new ZipReader(lying).read(['word/document.xml']) as never);
      } finally {
        useRawInflate('default');
      }
    };
    expect(refusal('default')).toMatch(/docx-entry-overflows/);
    expect(refusal(nodeInflateRaw)).toEqual(refusal('default'));
  });
});

describe("Node's zlib inflates a part whole, whatever its size", () => {
  test('a part larger than the output chunk zlib is given ahead (4 MiB), and a tiny one, come out byte for byte', () => {
    for (const text of [`<d>${'年度报告，'.repeat(400_000)}</d>`, '<d/>']) {
      const bytes = zipEntries({ 'word/document.xml': text });
      useRawInflate(nodeInflateRaw);
      try {
        expect(Buffer.from(new ZipReader(bytes).read(['word/document.xml']).get('word/document.xml')!).toString('utf8')).toBe(text);
      } finally {
        useRawInflate('default');
      }
    }
  });
});
