import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rewriteManifestUrls } from '../../scripts/manifest-url';

/**
 * webpack.config.js as the add-in needs it: the two pages, one TypeScript loader, office.js from the CDN and never
 * bundled, and dist/manifest.xml written through rewriteManifestUrls (scripts/manifest-url.js) with ADDIN_URL.
 * These read the configuration; they do not build (npm run build does).
 */

const ROOT = join(__dirname, '..', '..');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../../webpack.config.js') as ((env: Record<string, unknown>, argv: Record<string, unknown>) => any) & {
  devServerHttps(dir: string): any;
};
const makeConfig = webpackConfig;

function configWith(addinUrl: string | undefined, env: Record<string, unknown> = {}, mode = 'production') {
  const saved = process.env.ADDIN_URL;
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    if (addinUrl === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = addinUrl;
    return makeConfig(env, { mode });
  } finally {
    log.mockRestore();
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  }
}

function manifestPattern(config: any) {
  const copy = config.plugins.find((p: any) => p.constructor.name === 'CopyPlugin');
  return copy.patterns.find((p: any) => p.to === 'manifest.xml');
}

test('builds the two pages from their .tsx entries', () => {
  const config = configWith(undefined);
  expect(config.entry).toEqual({ taskpane: './src/taskpane/index.tsx', preview: './src/preview/index.tsx' });
  const pages = config.plugins
    .filter((p: any) => p.constructor.name === 'HtmlWebpackPlugin')
    .map((p: any) => [p.userOptions.filename, p.userOptions.chunks]);
  expect(pages).toEqual([
    ['taskpane.html', ['taskpane']],
    ['preview.html', ['preview']],
  ]);
  expect(config.output.filename).toContain('[contenthash');
});

test('has exactly one loader for .ts and .tsx', () => {
  const config = configWith(undefined);
  for (const file of ['a.ts', 'a.tsx']) {
    const rules = config.module.rules.filter((r: any) => r.test instanceof RegExp && r.test.test(file));
    expect(rules).toHaveLength(1);
    const use = rules[0].use;
    expect(Array.isArray(use) ? use.length : 1).toBe(1);
    expect(Array.isArray(use) ? use[0].loader : use.loader).toBe('ts-loader');
  }
});

test('dist/manifest.xml is manifest.xml through rewriteManifestUrls with ADDIN_URL', () => {
  const manifest = readFileSync(join(ROOT, 'manifest.xml'));
  const prod = 'https://addin.example.gov.cn/report-assistant/';
  const pattern = manifestPattern(configWith(prod));
  const out = pattern.transform(manifest, join(ROOT, 'manifest.xml'));
  expect(out).toBe(rewriteManifestUrls(manifest.toString('utf8'), prod));
  expect(out).not.toContain('localhost:3000');
  // without ADDIN_URL the dev server's own URL stays
  expect(manifestPattern(configWith(undefined)).transform(manifest, 'manifest.xml')).toBe(manifest.toString('utf8'));
});

test('the bare-pane benchmark builds only bench/bare-pane, the same way', () => {
  const config = configWith(undefined, { bench: true });
  expect(config.entry).toEqual({ taskpane: './bench/bare-pane/index.tsx' });
  expect(config.module.rules).toEqual(configWith(undefined).module.rules);
  expect(config.optimization).toBeDefined();
});

test('taskpane.html loads office.js from the CDN; preview.html does not load it at all', () => {
  const pane = readFileSync(join(ROOT, 'src', 'taskpane', 'taskpane.html'), 'utf8');
  expect(pane).toContain(`<script src="${OFFICE_JS}"></script>`);
  expect(pane).toContain('id="root"');
  const preview = readFileSync(join(ROOT, 'src', 'preview', 'preview.html'), 'utf8');
  expect(preview).not.toMatch(/appsforoffice|<script[^>]*office(\.debug)?\.js/);
  expect(preview).toContain('id="root"');
});

test('nothing imports office.js as a module (it is the global Office / Word)', () => {
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.(ts|tsx|js)$/.test(name) && /(from\s+|require\(\s*|import\(\s*)['"](@microsoft\/)?office-js['"]/.test(readFileSync(file, 'utf8'))) offenders.push(file);
    }
  };
  walk(join(ROOT, 'src'));
  walk(join(ROOT, 'bench'));
  expect(offenders).toEqual([]);
  const config = configWith(undefined);
  expect(config.externals).toMatchObject({ 'office-js': 'Office' });
});

describe('the dev server', () => {
  // webpack-dev-server's own certificate maker, standing in for office-addin-dev-certs
  const selfsigned = require(require.resolve('selfsigned', { paths: [require.resolve('webpack-dev-server')] })) as {
    generate(attrs: unknown, opts: unknown): Promise<{ cert: string; private: string }>;
  };
  function quiet<T>(fn: () => T): T {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      return fn();
    } finally {
      warn.mockRestore();
      log.mockRestore();
    }
  }

  test('serves https on localhost:3000', () => {
    const config = quiet(() => makeConfig({ WEBPACK_SERVE: true }, { mode: 'development' }));
    expect(config.devServer).toMatchObject({ port: 3000, host: 'localhost', static: false });
    expect(config.output.filename).toBe('[name].js');
  });

  test("uses office-addin-dev-certs' files when they are there, else its own self-signed certificate", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dev-certs-'));
    try {
      expect(quiet(() => webpackConfig.devServerHttps(join(dir, 'absent')))).toBe('https');
      const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], { days: 30, keySize: 2048 });
      mkdirSync(join(dir, 'certs'));
      writeFileSync(join(dir, 'certs', 'localhost.crt'), pems.cert);
      writeFileSync(join(dir, 'certs', 'localhost.key'), pems.private);
      writeFileSync(join(dir, 'certs', 'ca.crt'), pems.cert);
      const server = quiet(() => webpackConfig.devServerHttps(join(dir, 'certs')));
      expect(server.type).toBe('https');
      expect(server.options.cert.toString()).toBe(pems.cert);
      expect(server.options.key.toString()).toBe(pems.private);
      // npm start says so when the Office certificate could not be installed and trusted
      process.env.DEV_SERVER_CERT = 'self-signed';
      expect(quiet(() => webpackConfig.devServerHttps(join(dir, 'certs')))).toBe('https');
    } finally {
      delete process.env.DEV_SERVER_CERT;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
