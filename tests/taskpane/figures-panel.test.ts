/** @jest-environment jsdom */
import { TextDecoder, TextEncoder } from 'node:util';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { parseFigureTableTag, parseFigureTag } from '../../src/core/figures/tags';
import { StubHost, wordDoc } from './helpers/stub-host';
import { renderApp, seriousViolations } from './helpers/render';

// jsdom lacks the encoding API the data readers use; Node's is the same standard one.
Object.assign(globalThis, { TextDecoder, TextEncoder });

beforeEach(() => window.localStorage.clear());

const CSV = ['单位,年度,指标,数值,计量单位', '青禾县司法局,2023,行政复议案件收案数,96,件', '青禾县司法局,2024,行政复议案件收案数,112,件', '青禾县司法局,2024,听证会次数,约三次,次'].join('\n');

function file(text: string, name: string): File {
  const bytes = new TextEncoder().encode(text);
  const f = new File([bytes], name);
  // jsdom's File has no arrayBuffer(); the pane uses it as browsers provide it.
  Object.defineProperty(f, 'arrayBuffer', { value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
  return f;
}

/** The data file's unit's 2024 report: the panel defaults to the document's unit and report year. */
const REPORT_2024 = wordDoc('青禾县司法局', '', '2024年度法治政府建设情况报告', '', '一、2024年度推进法治政府建设的主要举措和成效', '全年办理行政复议案件。', '青禾县司法局', '2025年1月15日');

async function openFigures(host = new StubHost(REPORT_2024)) {
  const rendered = renderApp({ host, initialPanel: 'figures' });
  await screen.findByRole('button', { name: '选择文件…' });
  return { ...rendered, host };
}

const pick = (f: File) => fireEvent.change(screen.getByTestId('figure-file'), { target: { files: [f] } });

describe('the figures panel', () => {
  test('定稿’s question answered from the keyboard, either way: focus goes back to 定稿, not lost to the page', async () => {
    const { user } = await openFigures();
    pick(file(CSV, '数据.csv'));
    await screen.findByTestId('figures-loaded');
    const freeze = screen.getByRole('button', { name: '定稿：取消关联' });
    for (const answer of ['暂不', '取消关联']) {
      freeze.focus();
      await user.keyboard('{Enter}');
      screen.getByRole('button', { name: answer }).focus();
      await user.keyboard('{Enter}');
      await waitFor(() => expect(screen.queryByRole('button', { name: '暂不' })).toBeNull());
      expect(document.activeElement).toBe(freeze);
    }
  });

  test('a CSV through the file input: loaded count, the bad row named by row and column, the comparison table', async () => {
    await openFigures();
    pick(file(CSV, '数据.csv'));
    expect(await screen.findByTestId('figures-loaded')).toHaveProperty('textContent', '已载入“数据.csv”：2 个数字，1 个单位。');
    expect(screen.getByText(/文件中有 1 处问题/)).toBeTruthy();
    expect(screen.getByText(/第 4 行.*“数值”列/)).toBeTruthy();
    // The table comes in a render of its own, just after the line that says the file is loaded.
    const table = await screen.findByTestId('comparison-table');
    const row = within(table).getByRole('button', { name: '在光标处插入“行政复议案件收案数”本年数字' }).closest('tr') as HTMLElement;
    expect(row.querySelector('th')?.textContent).toBe('行政复议案件收案数（件）');
    expect([...row.querySelectorAll('td')].slice(0, 4).map((td) => td.textContent)).toEqual(['96', '112', '增加 16', '+16.7%']);
    expect(await seriousViolations(document.body)).toEqual([]);
  });

  test('insert a figure and the table: the host gets linked text and a table whose number cells carry figure tags', async () => {
    const { host, user } = await openFigures();
    pick(file(CSV, '数据.csv'));
    await screen.findByTestId('comparison-table');
    await user.click(screen.getByRole('button', { name: '在光标处插入“行政复议案件收案数”本年数字' }));
    await screen.findByText('已插入，并与数据文件关联。');
    expect(host.linkCalls.insertLinkedText).toEqual([{ tag: expect.any(String), text: '112' }]);
    expect(parseFigureTag(host.linkCalls.insertLinkedText[0]?.tag ?? '')).toEqual({ unit: '青禾县司法局', year: 2024, indicator: '行政复议案件收案数', kind: 'value' });

    await user.click(screen.getByRole('button', { name: '在光标后插入对比表' }));
    await waitFor(() => expect(host.linkCalls.insertLinkedTable).toHaveLength(1));
    const table = host.linkCalls.insertLinkedTable[0];
    expect(parseFigureTableTag(table?.tag ?? '')).toEqual({ unit: '青禾县司法局', year: 2024 });
    expect(table?.cells.map((row) => row.map((c) => c.text))).toEqual([
      ['指标', '2023年', '2024年', '增减', '同比'],
      ['行政复议案件收案数（件）', '96', '112', '+16', '+16.7%'],
    ]);
    expect(table?.cells[1]?.slice(1).map((c) => parseFigureTag(c.tag ?? '')?.kind)).toEqual(['value', 'value', 'change', 'yoy']);
  });

  test('a file that is not what its name says: a clear message, nothing loaded', async () => {
    await openFigures();
    pick(file('not a spreadsheet at all', '数据.xlsx'));
    expect(await screen.findByText(/xlsx/)).toBeTruthy();
    expect(screen.queryByTestId('comparison-table')).toBeNull();
  });

  test('an address must be https; a server error is said in plain words, and the address is kept only once it loads', async () => {
    const { host, user } = await openFigures();
    await user.type(screen.getByRole('textbox', { name: /文件地址/ }), 'http://intranet/数据.csv');
    await user.click(screen.getByRole('button', { name: '载入' }));
    expect(await screen.findByText('请输入以 https:// 开头的地址。')).toBeTruthy();

    const fetchMock = jest.fn(async () => ({ ok: false, status: 404, arrayBuffer: async () => new ArrayBuffer(0) }));
    Object.assign(globalThis, { fetch: fetchMock });
    await user.clear(screen.getByRole('textbox', { name: /文件地址/ }));
    await user.type(screen.getByRole('textbox', { name: /文件地址/ }), 'https://data.example.gov.cn/figures.csv');
    await user.click(screen.getByRole('button', { name: '载入' }));
    expect(await screen.findByText(/服务器拒绝了请求（HTTP 404）/)).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledWith('https://data.example.gov.cn/figures.csv', expect.objectContaining({ credentials: 'omit' }));
    expect(host.settings.size).toBe(0);

    fetchMock.mockImplementation(async () => ({ ok: true, status: 200, arrayBuffer: async () => new TextEncoder().encode(CSV).buffer }));
    await user.click(screen.getByRole('button', { name: '载入' }));
    expect(await screen.findByTestId('figures-loaded')).toHaveProperty('textContent', '已载入“https://data.example.gov.cn/figures.csv”：2 个数字，1 个单位。');
    expect([...host.settings]).toEqual([['reportAssistant.dataUrl', 'https://data.example.gov.cn/figures.csv']]);
  });

  test('refresh when the address can no longer be read: the document is left alone, the reason shown, the figures kept', async () => {
    const { host, user } = await openFigures();
    const fetchMock = jest.fn(async () => ({ ok: true, status: 200, arrayBuffer: async () => new TextEncoder().encode(CSV).buffer }));
    Object.assign(globalThis, { fetch: fetchMock });
    await user.type(screen.getByRole('textbox', { name: /文件地址/ }), 'https://data.example.gov.cn/figures.csv');
    await user.click(screen.getByRole('button', { name: '载入' }));
    await screen.findByTestId('comparison-table');

    fetchMock.mockImplementation(async () => {
      throw new TypeError('Failed to fetch');
    });
    await user.click(screen.getByRole('button', { name: '全部刷新' }));
    expect(await screen.findByText('数据文件没有读出（原因见上），文档中的数字一处也没有改。')).toBeTruthy();
    expect(screen.getByText(/连不上这个地址/)).toBeTruthy();
    expect(host.linkCalls.updateLinks).toBe(0);
    // The figures loaded before are still there to insert from.
    expect(screen.getByTestId('comparison-table')).toBeTruthy();
  });
});

describe('the unit and year the panel starts with', () => {
  const UNITS_CSV = ['单位,年度,指标,数值,计量单位', '市人民政府,2024,行政复议案件收案数,1036,件', '市人民政府,2025,行政复议案件收案数,1102,件', '市司法局,2024,行政复议案件收案数,48,件', '市司法局,2025,行政复议案件收案数,52,件', '市司法局,2026,行政复议案件收案数,9,件'].join('\n');

  test('a 2025 report of 市司法局: 市司法局 and 2025 (not the file’s first unit and newest year), and a click inserts its figure', async () => {
    const doc = wordDoc('市司法局关于2025年度法治政府建设情况的报告', '一、2025年度推进法治政府建设的主要举措和成效', '办理行政复议案件', '市司法局', '2026年1月10日');
    const { host, user } = await openFigures(new StubHost(doc));
    pick(file(UNITS_CSV, '数据.csv'));
    await screen.findByTestId('comparison-table');
    await waitFor(() => expect((screen.getByRole('combobox', { name: '单位' }) as HTMLSelectElement).value).toBe('市司法局'));
    expect((screen.getByRole('combobox', { name: '报告年度' }) as HTMLSelectElement).value).toBe('2025');
    await user.click(screen.getByRole('button', { name: '在光标处插入“行政复议案件收案数”本年数字' }));
    await screen.findByText('已插入，并与数据文件关联。');
    expect(parseFigureTag(host.linkCalls.insertLinkedText[0]?.tag ?? '')).toEqual({ unit: '市司法局', year: 2025, indicator: '行政复议案件收案数', kind: 'value' });
    expect(host.linkCalls.insertLinkedText[0]?.text).toBe('52');
  });
});

test('增减 says the direction once, a rate’s in 个百分点, and a rate has no relative 同比', async () => {
  await openFigures();
  const rates = ['单位,年度,指标,数值,计量单位', '青禾县司法局,2023,负责人出庭应诉率,97,%', '青禾县司法局,2024,负责人出庭应诉率,100,%', '青禾县司法局,2023,听证会次数,5,次', '青禾县司法局,2024,听证会次数,5,次'].join('\n');
  pick(file(rates, '数据.csv'));
  const table = await screen.findByTestId('comparison-table');
  const cellsOf = (indicator: string) => [...(within(table).getByRole('button', { name: `在光标处插入“${indicator}”本年数字` }).closest('tr') as HTMLElement).querySelectorAll('td')].map((td) => td.textContent);
  expect(cellsOf('负责人出庭应诉率')).toEqual(['97%', '100%', '提高 3 个百分点', '—']);
  expect(cellsOf('听证会次数')).toEqual(['5', '5', '持平', '0.0%']);
});

test('which file the figures come from, always: its name and time read; after a failed load, that they are still the earlier file’s', async () => {
  await openFigures();
  pick(file(CSV, '数据.csv'));
  await screen.findByTestId('figures-loaded');
  expect(screen.getByTestId('figures-read-at').textContent).toMatch(/^\d{2}:\d{2}:\d{2} 读取。$/);
  pick(file('not a spreadsheet at all', '新数据.xlsx'));
  const still = await screen.findByTestId('figures-still-from');
  expect(still.textContent).toMatch(/^下面的数字仍来自“数据\.csv”（\d{2}:\d{2}:\d{2} 读取），不是刚才选的文件。$/);
  expect(await screen.findByTestId('comparison-table')).toBeTruthy();
});

test('the hidden file input is no Tab stop: Tab goes from 试用示例数据 to the address box', async () => {
  const { user } = await openFigures();
  screen.getByRole('button', { name: '试用示例数据' }).focus();
  await user.tab();
  expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /文件地址/ }));
  expect(screen.getByTestId('figure-file').tabIndex).toBe(-1);
});
