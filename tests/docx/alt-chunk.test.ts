import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { readDocx } from '../../src/docx/read-docx';
import { readerNotices } from '../../src/host/workflows/check';
import { buildDocx } from '../helpers/ooxml';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A body assembled by another system: the report is an HTML chunk Word imports when it opens the file. */
function assembled(): Uint8Array {
  return buildDocx({
    styles: null,
    body: [{ kind: 'xml', xml: '<w:altChunk r:id="rIdChunk"/>' }],
    extraParts: {
      'word/report.htm': '<html><body><h1>一、主要举措和成效</h1><p>全年审查规范性文件十二件。</p></body></html>',
      'word/_rels/document.xml.rels':
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rIdChunk" Type="${REL}/aFChunk" Target="report.htm"/></Relationships>`,
    },
  });
}

describe('a body embedded as altChunk', () => {
  test('the document says its text was not read and its verdicts are unreliable, in the pane', () => {
    const doc = readDocx(assembled());
    expect(doc.textUnread).toBe(true);
    expect(readerNotices(doc, 'zh-CN')).toEqual([expect.stringContaining('不可靠')]);
    expect(readerNotices(doc, 'en-US')).toEqual([expect.stringContaining('unreliable')]);
  });

  test('report-check --json carries the notice and marks the verdicts unreliable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'alt-chunk-'));
    try {
      const file = join(dir, 'assembled.docx');
      writeFileSync(file, assembled());
      const out = runCli(['--json', file]);
      const [outcome] = (JSON.parse(out.stdout.join('\n')) as { files: Array<Record<string, unknown>> }).files;
      expect(outcome?.verdictsUnreliable).toBe(true);
      expect(outcome?.notices).toEqual([expect.stringContaining('altChunk')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a document read in full says nothing of the kind', () => {
    const doc = readDocx(buildDocx({ body: ['一、主要举措和成效'] }));
    expect(doc.textUnread).toBeUndefined();
    expect(readerNotices(doc, 'zh-CN')).toEqual([]);
  });
});
