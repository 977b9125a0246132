/** @jest-environment jsdom */
import { fromKept, keepReport, KEPT_AT_MOST, keptForm, keptReport, readPreviousFile } from '../../src/taskpane/previous-report-file';
import { loadPreferences, savePreferences } from '../../src/taskpane/preferences';
import { buildDocx } from '../helpers/ooxml';
import { textDoc } from '../helpers/text-docs';

beforeEach(() => window.localStorage.clear());

/** A File as the file box hands it over (jsdom's has no arrayBuffer). */
const fileOf = (name: string, bytes: Uint8Array) => ({ name, arrayBuffer: async () => bytes.slice().buffer }) as unknown as File;

describe('last year’s report as the pane reads and keeps it', () => {
  test('a .docx is read with the project’s reader; another file is told to be saved as .docx; a broken one says why', async () => {
    const read = await readPreviousFile(fileOf('2023.docx', buildDocx({ body: ['松川县司法局2023年度法治政府建设情况报告', '一、主要举措和成效'] })), 'zh-CN');
    expect(read.kind === 'read' && read.doc.blocks.map((b) => b.text)).toEqual(['松川县司法局2023年度法治政府建设情况报告', '一、主要举措和成效']);
    expect(await readPreviousFile(fileOf('2023.pdf', new Uint8Array([1])), 'zh-CN')).toEqual({ kind: 'not-docx' });
    const broken = await readPreviousFile(fileOf('2023.docx', new TextEncoder().encode('not a zip')), 'en-US');
    expect(broken.kind).toBe('unreadable');
  });

  test('kept under the document’s key and read back; only the latest few documents’ are kept; forgetting leaves the preferences', () => {
    savePreferences({ unitName: '松川县司法局' });
    const form = keptForm(textDoc('松川县司法局2023年度法治政府建设情况报告', '一、主要举措和成效'));
    for (let n = 0; n <= KEPT_AT_MOST; n++) expect(keepReport(`doc-${n}`, form)).toBe(true);
    expect(keptReport('doc-0') ?? null).toBeNull(); // the oldest, beyond the limit
    expect(fromKept(keptReport(`doc-${KEPT_AT_MOST}`))?.blocks[0]?.text).toBe('松川县司法局2023年度法治政府建设情况报告');
    keepReport(`doc-${KEPT_AT_MOST}`, null);
    expect(keptReport(`doc-${KEPT_AT_MOST}`) ?? null).toBeNull();
    expect(loadPreferences().unitName).toBe('松川县司法局');
  });
});
