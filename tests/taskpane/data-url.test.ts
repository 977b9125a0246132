/**
 * A data file's address: what a writer pastes, and what a server (here on loopback) answers — a file too large,
 * a server that never answers or stops half-way, a sign-in page, a download.do link that names its file in
 * Content-Disposition.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileNameFromResponse, parseDataUrl } from '../../src/taskpane/data-url';
import { DataUrlError, fetchDataUrl, type FetchFailure } from '../../src/taskpane/fetch-data-url';
import { readFigureSource } from '../../src/taskpane/figure-source';

const CSV = ['单位,年度,指标,数值,计量单位', '青禾县司法局,2024,行政复议案件收案数,112,件'].join('\n');
const LOGIN_PAGE = '<!DOCTYPE html><html><body><form action="/login">统一身份认证</form></body></html>';

let server: Server;
let origin: string;
/** How many bytes the endless answer had sent when the client stopped reading. */
let endlessSent = 0;
const open = new Set<ServerResponse>();

function endless(response: ServerResponse): void {
  response.writeHead(200, { 'content-type': 'text/csv' });
  const chunk = Buffer.alloc(64 * 1024, 0x31);
  const pump = () => {
    while (!response.destroyed && endlessSent < 64 * 1024 * 1024) {
      endlessSent += chunk.length;
      if (!response.write(chunk)) return void response.once('drain', pump);
    }
    response.end();
  };
  pump();
}

const ROUTES: Record<string, (response: ServerResponse) => void> = {
  '/download.do': (r) => {
    r.writeHead(200, { 'content-type': 'application/octet-stream', 'content-disposition': `attachment; filename="figures.bin"; filename*=UTF-8''${encodeURIComponent('2024年 法治数据.csv')}` });
    r.end(CSV);
  },
  '/export': (r) => (r.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' }), r.end(CSV)),
  '/sso-file.csv': (r) => (r.writeHead(302, { location: '/cas/login?service=figures' }), r.end()),
  '/cas/login?service=figures': (r) => (r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }), r.end(LOGIN_PAGE)),
  '/untyped-login.csv': (r) => (r.writeHead(200), r.end(LOGIN_PAGE)),
  '/protected.csv': (r) => (r.writeHead(401, { 'www-authenticate': 'Basic realm="office"' }), r.end()),
  '/huge.csv': endless,
  '/declared-huge.csv': (r) => (r.writeHead(200, { 'content-type': 'text/csv', 'content-length': String(65 * 1024 * 1024) }), r.write('a')),
  '/silent.csv': () => undefined,
  '/stalls.csv': (r) => (r.writeHead(200, { 'content-type': 'text/csv' }), r.write(CSV.slice(0, 10))),
  '/数据 2024.csv': (r) => (r.writeHead(200, { 'content-type': 'text/csv' }), r.end(CSV)),
};

beforeAll(async () => {
  server = createServer((request, response) => {
    open.add(response);
    response.on('close', () => open.delete(response));
    const route = ROUTES[decodeURIComponent(request.url ?? '')];
    if (route) route(response);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const response of open) response.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function failure(path: string, limits?: { idleMs?: number; maxBytes?: number }, signal?: AbortSignal): Promise<FetchFailure> {
  try {
    await fetchDataUrl(`${origin}${path}`, signal, limits);
  } catch (error) {
    if (error instanceof DataUrlError) return error.failure;
    throw error;
  }
  throw new Error(`${path} was read`);
}

describe('an address as the writer pastes it', () => {
  test('spaces and Chinese are taken (kept as written, encoded by fetch); quotes, brackets, a full-width colon and a line break from a chat are dropped', () => {
    expect(parseDataUrl('  https://files.example.cn/法治/2024 数据.xlsx ')).toEqual({ ok: true, url: 'https://files.example.cn/法治/2024 数据.xlsx' });
    expect(parseDataUrl('“https：//files.example.cn/a b.csv”。')).toEqual({ ok: true, url: 'https://files.example.cn/a b.csv' });
    expect(parseDataUrl('<https://files.example.cn/download.do?id=7&name=年报\n数据>')).toEqual({ ok: true, url: 'https://files.example.cn/download.do?id=7&name=年报数据' });
  });

  test('http:// says why: the pane runs on https and browsers block mixed content', () => {
    const read = parseDataUrl('http://files.example.cn/data.csv');
    expect(read).toEqual({ ok: false, message: { 'zh-CN': '请输入以 https:// 开头的地址。', 'en-US': expect.any(String) }, why: { 'zh-CN': expect.stringMatching(/^http:\/\/ 地址读不了：.*https.*混合内容.*选择文件…/), 'en-US': expect.stringMatching(/mixed content/) } });
  });

  test('a path on this computer or a share, an address cut short, another scheme: each its own words', () => {
    for (const path of ['C:\\Users\\办公室\\数据.xlsx', '\\\\fileserver\\共享\\数据.xlsx', 'file:///C:/data.csv']) expect(parseDataUrl(path)).toMatchObject({ ok: false, message: { 'zh-CN': expect.stringMatching(/^这是本机或共享文件夹里的文件路径.*选择文件…/) } });
    for (const cut of ['files.example.cn/data.csv', 'https://', '']) expect(parseDataUrl(cut)).toMatchObject({ ok: false, message: { 'zh-CN': expect.stringMatching(/^这不是完整的网址/) } });
    expect(parseDataUrl('ftp://files.example.cn/data.csv')).toMatchObject({ ok: false, message: { 'zh-CN': '请输入以 https:// 开头的地址。' } });
  });

  test('the file name: Content-Disposition (filename* first), else the address; the type from Content-Type', () => {
    expect(fileNameFromResponse('https://x.cn/download.do?id=1', `attachment; filename="a.bin"; filename*=UTF-8''%E6%95%B0%E6%8D%AE.xlsx`, null)).toBe('数据.xlsx');
    expect(fileNameFromResponse('https://x.cn/download.do', 'attachment; filename="..\\\\..\\\\数据.csv"', null)).toBe('数据.csv');
    expect(fileNameFromResponse('https://x.cn/download.do', 'attachment; filename=report.json', 'text/plain')).toBe('report.json');
    expect(fileNameFromResponse('https://x.cn/download.do?id=1', null, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe('download.do.xlsx');
    expect(fileNameFromResponse('https://x.cn/%E6%95%B0.csv', null, 'application/octet-stream')).toBe('数.csv');
  });
});

describe('what the server answers', () => {
  test('a download.do link: read as the file Content-Disposition names', async () => {
    const read = await readFigureSource({ kind: 'url', url: `${origin}/download.do` });
    expect(read.ok && read.result.dataset.records.map((r) => r.value)).toEqual([112]);
    expect(await fetchDataUrl(`${origin}/download.do`).then((f) => f.name)).toBe('2024年 法治数据.csv');
    const typed = await readFigureSource({ kind: 'url', url: `${origin}/export` });
    expect(typed.ok).toBe(true);
  });

  test('an address with a space and Chinese in it: read', async () => {
    const read = await readFigureSource({ kind: 'url', url: `${origin}/数据 2024.csv` });
    expect(read.ok && read.result.dataset.records.map((r) => r.value)).toEqual([112]);
  });

  test('a sign-in page (redirected to CAS, HTML without a type, 401): the server asked for a sign-in; save the file and use 选择文件…', async () => {
    for (const path of ['/sso-file.csv', '/untyped-login.csv', '/protected.csv']) {
      const read = await readFigureSource({ kind: 'url', url: `${origin}${path}` });
      expect(read).toEqual({ ok: false, message: { 'zh-CN': expect.stringMatching(/^服务器要求先登录.*下载保存.*“选择文件…”/), 'en-US': expect.stringMatching(/^The server asked for a sign-in/) } });
    }
  });

  test('larger than the limit: reading stops at the limit, long before the whole body has come', async () => {
    endlessSent = 0;
    expect(await failure('/huge.csv', { maxBytes: 1024 * 1024 })).toEqual({ kind: 'too-large', limitMiB: 1 });
    expect(endlessSent).toBeLessThan(32 * 1024 * 1024);
    expect(await failure('/declared-huge.csv')).toEqual({ kind: 'too-large', limitMiB: 64 });
    const read = await readFigureSource({ kind: 'url', url: `${origin}/declared-huge.csv` });
    expect(!read.ok && read.message['zh-CN']).toMatch(/^这个地址的文件超过 64 MiB，读到上限时已停止下载/);
  });

  test('a server that never answers, or stops half-way: the wait is bounded (30 s in the pane)', async () => {
    expect(await failure('/silent.csv', { idleMs: 300 })).toMatchObject({ kind: 'timeout' });
    expect(await failure('/stalls.csv', { idleMs: 300 })).toMatchObject({ kind: 'timeout' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    expect(await failure('/silent.csv', undefined, controller.signal)).toEqual({ kind: 'cancelled' });
  });
});
