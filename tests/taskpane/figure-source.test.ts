/**
 * Reading the data file for the pane, without React: a picked file, an address (served here on loopback), or
 * why it could not be read, in both languages from the catalog.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sourceOf } from '../../src/taskpane/figure-request';
import { readFigureSource } from '../../src/taskpane/figure-source';

const CSV = ['单位,年度,指标,数值,计量单位', '青禾县司法局,2023,行政复议案件收案数,96,件', '青禾县司法局,2024,行政复议案件收案数,112,件'].join('\n');

let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url?.startsWith('/figures.csv')) {
      response.writeHead(200, { 'content-type': 'text/csv' });
      response.end(CSV);
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('reading the data file', () => {
  test('a picked file: its figures, with progress reported', async () => {
    const progress: number[] = [];
    const read = await readFigureSource({ kind: 'file', file: new File([CSV], '数据.csv') }, (p) => progress.push(p));
    expect(read.ok && read.result.dataset.records.map((r) => [r.year, r.value])).toEqual([[2023, 96], [2024, 112]]);
    expect(progress.length).toBeGreaterThan(0);
    expect(sourceOf({ kind: 'file', file: new File([CSV], '数据.csv') })).toEqual({ kind: 'file', name: '数据.csv' });
  });

  test('a file kept by its handle: read as it is now, so a refresh sees the change on disk', async () => {
    let onDisk = CSV;
    const handle = { getFile: async () => new File([onDisk], '数据.csv') };
    const request = { kind: 'file' as const, file: await handle.getFile(), handle };
    onDisk = CSV.replace(',112,', ',120,');
    const read = await readFigureSource(request);
    expect(read.ok && read.result.dataset.records.map((r) => r.value)).toEqual([96, 120]);
  });

  test('a chosen file that can no longer be read (changed on disk): choose it again, and why', async () => {
    const changed = new File([CSV], '数据.csv');
    Object.defineProperty(changed, 'arrayBuffer', { value: () => Promise.reject(new DOMException('changed', 'NotReadableError')) });
    const read = await readFigureSource({ kind: 'file', file: changed });
    expect(read).toEqual({ ok: false, message: { 'zh-CN': expect.stringMatching(/^“数据\.csv”读不出来：选择之后它在磁盘上改过.*再点“选择文件…”/), 'en-US': expect.stringMatching(/changed on disk.*Choose file…/) } });
  });

  test('an address: fetched, its name (percent-encoded or not) telling the format', async () => {
    const read = await readFigureSource({ kind: 'url', url: `${origin}/figures.csv?v=2` });
    expect(read.ok && read.result.dataset.units).toEqual(['青禾县司法局']);
  });

  test('a server that refuses: the status, and what to do, in both languages', async () => {
    const read = await readFigureSource({ kind: 'url', url: `${origin}/gone.csv` });
    expect(read).toEqual({ ok: false, message: { 'zh-CN': expect.stringMatching(/^服务器拒绝了请求（HTTP 404）/), 'en-US': expect.stringMatching(/^The server refused the request \(HTTP 404\)/) } });
  });

  test('an address that cannot be reached: said so, with the download-and-pick way round', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const read = await readFigureSource({ kind: 'url', url: `http://127.0.0.1:${port}/figures.csv` });
    expect(read).toEqual({ ok: false, message: { 'zh-CN': expect.stringMatching(/^连不上这个地址.*选择文件/), 'en-US': expect.stringMatching(/^Could not reach this address.*Choose file/) } });
  });

  test('a file that is not what its name says: the reader’s own message', async () => {
    const read = await readFigureSource({ kind: 'file', file: new File(['not a spreadsheet at all'], '数据.xlsx') });
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message['zh-CN']).toMatch(/xlsx/);
  });
});
