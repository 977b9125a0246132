/**
 * The data file from an address, in the pane in headless Chromium: an https address the page asks for is
 * answered from a server on loopback (nothing leaves the machine); a pasted address with a space is encoded and
 * read, a server that does not answer is cancelled with 取消 (the figures before stay), a sign-in page and an
 * http:// address get words that say what to do.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { CHROMIUM, openPage, useBrowserSession } from './harness';

jest.setTimeout(90_000);

const FILE_SERVER = 'https://files.example.test';
const CSV = ['单位,年度,指标,数值,计量单位', '青禾县司法局,2023,行政复议案件收案数,96,件', '青禾县司法局,2024,行政复议案件收案数,112,件'].join('\n');

(CHROMIUM ? describe : describe.skip)('a data file from an address, in Chromium', () => {
  const session = useBrowserSession();
  let loopback: Server;
  let loopbackOrigin: string;

  beforeAll(async () => {
    loopback = createServer((request, response) => {
      const path = decodeURIComponent(request.url ?? '');
      if (path === '/年报 数据.csv') response.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' }).end(CSV);
      else if (path === '/download.do?id=7') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!DOCTYPE html><html><body>统一身份认证登录</body></html>');
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => loopback.listen(0, '127.0.0.1', resolve));
    loopbackOrigin = `http://127.0.0.1:${(loopback.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => loopback.close(() => resolve())));

  /** The page's https file server is answered by the loopback server; /slow.csv never answers. */
  async function openPane(): Promise<{ page: Page; errors: string[] }> {
    const { page, foreign, errors } = await openPage(session.browser, session.origin, 420, 900);
    page.on('close', () => session.foreignRequests.push(...foreign));
    await page.route(`${FILE_SERVER}/**`, async (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === '/slow.csv') return; // left pending, as a server that never answers
      const response = await route.fetch({ url: `${loopbackOrigin}${url.pathname}${url.search}` });
      await route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } });
    });
    await page.goto(`${session.origin}/preview.html?doc=report&lang=zh-CN`);
    await page.getByRole('tab', { name: '数据' }).click();
    return { page, errors };
  }

  const enter = async (page: Page, address: string) => {
    await page.getByLabel('或输入文件地址（https）').fill(address);
    await page.getByRole('button', { name: '载入', exact: true }).click();
  };

  test('a pasted address with a space: encoded, read; a slow one cancelled with 取消, the figures before still there', async () => {
    const { page, errors } = await openPane();
    await enter(page, ` ${FILE_SERVER}/年报 数据.csv `);
    await page.getByTestId('figures-loaded').filter({ hasText: '1 个单位' }).waitFor();
    expect(await page.getByLabel('或输入文件地址（https）').inputValue()).toBe(`${FILE_SERVER}/年报 数据.csv`);

    await enter(page, `${FILE_SERVER}/slow.csv`);
    await page.getByRole('button', { name: '取消', exact: true }).click();
    await page.getByText('已取消载入，文档没有改动。').waitFor();
    expect(await page.getByTestId('figures-still-from').textContent()).toContain('年报');
    await page.getByTestId('comparison-table').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a sign-in page and an http:// address: what happened and what to do', async () => {
    const { page, errors } = await openPane();
    await enter(page, `${FILE_SERVER}/download.do?id=7`);
    await page.getByText(/^服务器要求先登录.*选择文件…/).waitFor();
    await enter(page, 'http://files.example.test/data.csv');
    await page.getByText('请输入以 https:// 开头的地址。').waitFor();
    await page.getByText(/http:\/\/ 地址读不了.*混合内容/).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
