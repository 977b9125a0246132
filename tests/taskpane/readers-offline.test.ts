/** @jest-environment jsdom */
import { act, renderHook, screen, within } from '@testing-library/react';
import { useFigureData } from '../../src/taskpane/hooks/useFigureData';
import { readPreviousFile } from '../../src/taskpane/previous-report-file';
import { EMPTY_DOC, StubHost } from './helpers/stub-host';
import { renderApp } from './helpers/render';

// The readers the pane loads on demand (the data files', last year's .docx) whose code does not come: what the
// writer is told is that, not that the file is at fault. A module in `mockOffline` fails to load as a chunk does.
const mockOffline = new Set<string>();
const whenOnline = (path: string) => {
  if (mockOffline.has(path)) throw Object.assign(new Error(`Loading chunk ${path} failed.`), { name: 'ChunkLoadError' });
  return jest.requireActual(path);
};
jest.mock('../../src/taskpane/figure-source', () => whenOnline('../../src/taskpane/figure-source'));
jest.mock('../../src/docx/read-docx', () => whenOnline('../../src/docx/read-docx'));
jest.mock('../../src/taskpane/profile-file', () => whenOnline('../../src/taskpane/profile-file'));
jest.mock('re2js', () => whenOnline('re2js'));

afterEach(() => {
  mockOffline.clear();
  jest.restoreAllMocks();
});

const CSV = ['单位,年度,指标,数值,计量单位', '青禾县司法局,2023,行政复议案件收案数,96,件', '青禾县司法局,2024,行政复议案件收案数,112,件'].join('\n');

/** A picked file as the pane gets it (jsdom's File cannot give its bytes: they are given here). */
function picked(content: string | Uint8Array<ArrayBuffer>, name: string): File {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const file = new File([bytes], name);
  Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.slice().buffer });
  return file;
}

test('a data file whose readers did not load: the load ends, saying so, its source kept', async () => {
  mockOffline.add('../../src/taskpane/figure-source');
  const { result } = renderHook(() => useFigureData());
  let loaded: unknown;
  await act(async () => {
    loaded = await result.current.loadFile(picked(CSV, '数据.csv'));
  });
  expect(loaded).toBeUndefined();
  const { state } = result.current;
  expect(state.status).toBe('failed');
  if (state.status !== 'failed') return;
  expect(state.source).toEqual({ kind: 'file', name: '数据.csv' });
  expect(state.message['zh-CN']).toContain('读取它的程序没有从服务器载入');
  expect(state.message['zh-CN']).toContain('不是数据文件的问题');
  expect(state.message['en-US']).toContain('the data file is not at fault');
});

test('a load replaced by another before the readers came reads nothing: only the later file is read', async () => {
  const readers = jest.requireMock<typeof import('../../src/taskpane/figure-source')>('../../src/taskpane/figure-source');
  const read = jest.spyOn(readers, 'readFigureSource');
  const { result } = renderHook(() => useFigureData());
  await act(async () => {
    // In one go: the first load's readers have not come yet when the second one starts.
    void result.current.loadFile(picked(CSV, '旧数据.csv'));
    await result.current.loadFile(picked(CSV, '数据.csv'));
  });
  expect(read.mock.calls.map(([request]) => (request.kind === 'file' ? request.file.name : request.kind))).toEqual(['数据.csv']);
  expect(result.current.state.status).toBe('loaded');
});

test('a reader that fails in a way nobody foresaw: the load ends, in the error’s own words', async () => {
  const readers = jest.requireMock<typeof import('../../src/taskpane/figure-source')>('../../src/taskpane/figure-source');
  jest.spyOn(readers, 'readFigureSource').mockRejectedValue(new Error('out of memory'));
  const { result } = renderHook(() => useFigureData());
  await act(async () => {
    await result.current.loadFile(picked(CSV, '数据.csv'));
  });
  const { state } = result.current;
  expect(state.status === 'failed' && state.message['zh-CN']).toBe('没能读取数据（out of memory）。请再载入一次；如果仍不成功，请关闭任务窗格后重新打开。');
});

test('the same file reads once the readers load', async () => {
  const { result } = renderHook(() => useFigureData());
  await act(async () => {
    await result.current.loadFile(picked(CSV, '数据.csv'));
  });
  expect(result.current.state.status).toBe('loaded');
});

test('last year’s .docx whose reader did not load: said to be that, not an unreadable file', async () => {
  mockOffline.add('../../src/docx/read-docx');
  const file = picked(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), '2023年报告.docx');
  expect(await readPreviousFile(file, 'zh-CN')).toEqual({ kind: 'code-unavailable' });
  mockOffline.clear();
  expect((await readPreviousFile(file, 'zh-CN')).kind).toBe('unreadable');
});

/** A report type's file picked in the scaffold panel with `missing` offline: what the panel then says of it. */
async function reportTypeFilePicked(missing: string, content: string) {
  window.localStorage.clear();
  mockOffline.add(missing);
  const { user } = renderApp({ host: new StubHost(EMPTY_DOC) });
  const panel = () => screen.getByRole('tabpanel');
  await within(panel()).findByRole('combobox', { name: '报告类型' }, { timeout: 10_000 });
  const input = panel().querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
  await user.upload(input, new File([content], '安全生产年报.json', { type: 'application/json' }));
  return within(panel()).findByText(/没能读取“安全生产年报.json”：读取这种文件的程序没有从服务器载入/);
}

test('a report type’s file whose reader did not load: said to be that, with the file named', async () => {
  expect(await reportTypeFilePicked('../../src/taskpane/profile-file', '{}')).toBeTruthy();
});

test('a report type’s file whose patterns’ engine did not load: said the same way', async () => {
  expect(await reportTypeFilePicked('re2js', '{"id":"x"}')).toBeTruthy();
});
