import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { validateXML } from 'xmllint-wasm';
import { drawIcons } from '../../scripts/make-icons';
import { DEV_URL, addinUrlFromEnv, normaliseBaseUrl, rewriteManifestUrls } from '../../scripts/manifest-url';

/**
 * The add-in manifest (manifest.xml): valid against Microsoft's XSDs, and saying what the product needs — Word,
 * WordApi 1.3, ReadWriteDocument, zh-CN with en-US, the two Home-tab buttons and their pane URLs, the icons.
 * The XSDs are reference data kept beside the project (../shared/manifest-schemas); where that folder is absent
 * the schema check says so and skips, and every other check still runs.
 */

const ROOT = join(__dirname, '..', '..');
const MANIFEST_PATH = join(ROOT, 'manifest.xml');
// MANIFEST_SCHEMAS_DIR points elsewhere (e.g. at a missing folder, to see the skip)
const SCHEMA_DIR = process.env.MANIFEST_SCHEMAS_DIR || join(ROOT, '..', 'shared', 'manifest-schemas');
// the main schema first; the rest are imported by it (xmllint-wasm needs them all preloaded)
const SCHEMA_FILES = [
  'OfficeAppManifestV1_1.xsd',
  'OfficeAppBasicTypesV1_0.xsd',
  'TaskPaneAppVersionOverridesV1_0.xsd',
  'MailAppVersionOverridesV1_0.xsd',
  'MailAppVersionOverridesV1_1.xsd',
  'ContentAppVersionOverridesV1_0.xsd',
];
const haveSchemas = SCHEMA_FILES.every((f) => existsSync(join(SCHEMA_DIR, f)));
if (!haveSchemas) {
  console.warn(`Skipping the manifest's XSD validation: the schemas are not in ${SCHEMA_DIR} (reference data kept beside the project).`);
}

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

const manifestXml = readFileSync(MANIFEST_PATH, 'utf8');

type El = Element;
function parse(xml: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => void (level !== 'warning' && errors.push(msg)) }).parseFromString(xml, 'text/xml');
  if (errors.length) throw new Error(`manifest is not well-formed XML: ${errors.join('; ')}`);
  return doc as unknown as Document;
}
const all = (root: Document | El, ns: string, name: string): El[] => Array.from(root.getElementsByTagNameNS(ns, name)) as El[];
const one = (root: Document | El, ns: string, name: string): El => {
  const found = all(root, ns, name);
  if (found.length === 0) throw new Error(`no <${name}> in ${ns}`);
  return found[0] as El;
};
const children = (el: El, ns: string, name: string): El[] =>
  Array.from(el.childNodes).filter((n): n is El => n.nodeType === 1 && (n as El).namespaceURI === ns && (n as El).localName === name);
const xsiType = (el: El) => el.getAttributeNS(NS.xsi, 'type');

const doc = parse(manifestXml);
const versionOverrides = one(doc, NS.ov, 'VersionOverrides');

/** The resources of VersionOverrides by id: Images, Urls, ShortStrings, LongStrings. */
function resources(kind: 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings'): Map<string, El> {
  const section = one(one(versionOverrides, NS.ov, 'Resources'), NS.bt, kind);
  const map = new Map<string, El>();
  for (const el of Array.from(section.childNodes) as El[]) if (el.nodeType === 1) map.set(el.getAttribute('id') as string, el);
  return map;
}
const urlOf = (resid: string) => resources('Urls').get(resid)?.getAttribute('DefaultValue');
const overrides = (el: El) =>
  Object.fromEntries(
    Array.from(el.childNodes)
      .filter((n): n is El => n.nodeType === 1 && (n as El).localName === 'Override')
      .map((o) => [o.getAttribute('Locale'), o.getAttribute('Value')]),
  );

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buf.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (buf.toString('ascii', 12, 16) !== 'IHDR') throw new Error(`${file} has no IHDR chunk first`);
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** A manifest URL → the file the build serves it from. */
function localFileFor(url: string): string {
  if (!url.startsWith(DEV_URL)) throw new Error(`${url} is not a dev-server URL`);
  return join(ROOT, new URL(url).pathname.slice(1));
}

describe('manifest.xml', () => {
  (haveSchemas ? test : test.skip)('validates against the add-in manifest XSDs (xmllint)', async () => {
    const schemas = SCHEMA_FILES.map((fileName) => ({ fileName, contents: readFileSync(join(SCHEMA_DIR, fileName), 'utf8') }));
    const result = await validateXML({
      xml: [{ fileName: 'manifest.xml', contents: manifestXml }],
      schema: [schemas[0]!],
      preload: schemas.slice(1),
    });
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  (haveSchemas ? test : test.skip)('the schema check does catch a broken manifest', async () => {
    const schemas = SCHEMA_FILES.map((fileName) => ({ fileName, contents: readFileSync(join(SCHEMA_DIR, fileName), 'utf8') }));
    const broken = manifestXml.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>');
    const result = await validateXML({ xml: [{ fileName: 'manifest.xml', contents: broken }], schema: [schemas[0]!], preload: schemas.slice(1) });
    expect(result.valid).toBe(false);
  });

  test('is a task pane add-in for Word that reads and writes the document', () => {
    const root = doc.documentElement as unknown as El;
    expect(root.localName).toBe('OfficeApp');
    expect(xsiType(root)).toBe('TaskPaneApp');
    expect(all(one(doc, NS.app, 'Hosts'), NS.app, 'Host').map((h) => h.getAttribute('Name'))).toEqual(['Document']);
    expect(one(doc, NS.app, 'Permissions').textContent?.trim()).toBe('ReadWriteDocument');
    expect(one(doc, NS.app, 'Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(one(doc, NS.app, 'SourceLocation').getAttribute('DefaultValue')).toBe(`${DEV_URL}taskpane.html`);
    expect(one(doc, NS.app, 'SupportUrl').getAttribute('DefaultValue')).toMatch(/^https:\/\//);
  });

  test('requires WordApi 1.3, in the base manifest and in VersionOverrides', () => {
    const base = children(one(doc, NS.app, 'Requirements'), NS.app, 'Sets')[0]!;
    expect(children(base, NS.app, 'Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')])).toEqual([['WordApi', '1.3']]);
    const inOverrides = one(children(versionOverrides, NS.ov, 'Requirements')[0]!, NS.bt, 'Sets');
    expect(all(inOverrides, NS.bt, 'Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')])).toEqual([['WordApi', '1.3']]);
    expect(xsiType(versionOverrides)).toBe('VersionOverridesV1_0');
  });

  test('is in Chinese by default, with English overrides for its name and description', () => {
    expect(one(doc, NS.app, 'DefaultLocale').textContent).toBe('zh-CN');
    const name = one(doc, NS.app, 'DisplayName');
    expect(name.getAttribute('DefaultValue')).toBe('报告助手');
    expect(overrides(name)).toEqual({ 'en-US': 'Report Assistant' });
    const description = one(doc, NS.app, 'Description');
    expect(description.getAttribute('DefaultValue')).toMatch(/法治政府建设年度情况报告/);
    expect(overrides(description)['en-US']).toMatch(/rule-of-law government/);
    // every ribbon string has its English too
    for (const kind of ['ShortStrings', 'LongStrings'] as const) {
      for (const [id, el] of resources(kind)) expect([id, Object.keys(overrides(el))]).toEqual([id, ['en-US']]);
    }
  });

  test('puts a 报告助手 group on the Home tab, with a button that opens the pane and one that checks at once', () => {
    const host = children(one(versionOverrides, NS.ov, 'Hosts'), NS.ov, 'Host')[0]!;
    expect(xsiType(host)).toBe('Document');
    const surface = all(host, NS.ov, 'ExtensionPoint').find((e) => xsiType(e) === 'PrimaryCommandSurface')!;
    const tab = one(surface, NS.ov, 'OfficeTab');
    expect(tab.getAttribute('id')).toBe('TabHome');
    const group = one(tab, NS.ov, 'Group');
    const short = resources('ShortStrings');
    const label = (el: El) => short.get(children(el, NS.ov, 'Label')[0]!.getAttribute('resid')!)!;
    expect(label(group).getAttribute('DefaultValue')).toBe('报告助手');

    const buttons = children(group, NS.ov, 'Control').filter((c) => xsiType(c) === 'Button');
    const actions = buttons.map((b) => {
      const action = children(b, NS.ov, 'Action')[0]!;
      return {
        label: label(b).getAttribute('DefaultValue'),
        en: overrides(label(b))['en-US'],
        type: xsiType(action),
        url: urlOf(children(action, NS.ov, 'SourceLocation')[0]!.getAttribute('resid')!),
        pane: children(action, NS.ov, 'TaskpaneId')[0]?.textContent,
      };
    });
    expect(actions).toEqual([
      { label: '报告助手', en: 'Report Assistant', type: 'ShowTaskpane', url: `${DEV_URL}taskpane.html`, pane: 'ReportAssistant.Pane' },
      { label: '检查报告', en: 'Check report', type: 'ShowTaskpane', url: `${DEV_URL}taskpane.html?panel=check&run=1`, pane: 'ReportAssistant.Pane' },
    ]);
    // the query the pane reads
    const check = new URL(actions[1]!.url!);
    expect(Object.fromEntries(check.searchParams)).toEqual({ panel: 'check', run: '1' });
  });

  test('every resource id it refers to exists, and every URL is a dev-server https URL', () => {
    const ids = new Map<string, Map<string, El>>([
      ['Images', resources('Images')],
      ['Urls', resources('Urls')],
      ['ShortStrings', resources('ShortStrings')],
      ['LongStrings', resources('LongStrings')],
    ]);
    const known = new Set([...ids.values()].flatMap((m) => [...m.keys()]));
    const refs = all(versionOverrides, NS.ov, '*')
      .concat(all(versionOverrides, NS.bt, '*'))
      .map((el) => el.getAttribute('resid'))
      .filter((r): r is string => Boolean(r));
    expect(refs.length).toBeGreaterThan(10);
    for (const r of refs) expect(known.has(r) ? r : `missing resource ${r}`).toBe(r);

    const urls = manifestXml.match(/https?:\/\/[^"\s<]+/g) ?? [];
    const ours = urls.filter((u) => !u.startsWith('http://schemas.microsoft.com/') && !u.startsWith('http://www.w3.org/'));
    expect(ours.length).toBeGreaterThan(10);
    for (const u of ours) expect(u.startsWith(DEV_URL) ? 'dev url' : u).toBe('dev url');
  });

  test('its icons exist at the sizes it names: 16, 32, 80 for the ribbon, 32 and 64 for the add-in', () => {
    for (const [id, el] of resources('Images')) {
      const url = el.getAttribute('DefaultValue')!;
      const size = Number(/-(\d+)\.png$/.exec(url)?.[1]);
      expect([id, pngSize(localFileFor(url))]).toEqual([id, { width: size, height: size }]);
    }
    // each icon list has the three sizes the ribbon needs, pointing at images of those sizes
    const images = resources('Images');
    for (const list of all(versionOverrides, NS.ov, 'Icon')) {
      const entries = all(list, NS.bt, 'Image').map((i) => [i.getAttribute('size'), i.getAttribute('resid')] as const);
      expect(entries.map(([size]) => size)).toEqual(['16', '32', '80']);
      for (const [size, resid] of entries) {
        expect(pngSize(localFileFor(images.get(resid!)!.getAttribute('DefaultValue')!)).width).toBe(Number(size));
      }
    }
    expect(pngSize(localFileFor(one(doc, NS.app, 'IconUrl').getAttribute('DefaultValue')!))).toEqual({ width: 32, height: 32 });
    expect(pngSize(localFileFor(one(doc, NS.app, 'HighResolutionIconUrl').getAttribute('DefaultValue')!))).toEqual({ width: 64, height: 64 });
    for (const size of [16, 32, 64, 80]) expect(pngSize(join(ROOT, 'assets', `icon-${size}.png`))).toEqual({ width: size, height: size });
  });

  test('its icons are the ones scripts/make-icons.js draws (rerun it after changing the drawing)', () => {
    const drawn = drawIcons();
    expect(drawn.map(([name]) => name)).toEqual(expect.arrayContaining(['icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png']));
    for (const [name, png] of drawn) expect([name, readFileSync(join(ROOT, 'assets', name)).equals(png)]).toEqual([name, true]);
  });
});

describe('the production manifest (dist/manifest.xml)', () => {
  const PROD = 'https://addin.example.gov.cn/report-assistant/';

  test('has every dev URL replaced by the deployment URL, and nothing else changed', () => {
    const prod = rewriteManifestUrls(manifestXml, PROD);
    expect(prod).not.toContain('localhost:3000');
    const devCount = manifestXml.split(DEV_URL).length - 1;
    expect(devCount).toBeGreaterThan(10);
    expect(prod.split(PROD).length - 1).toBe(devCount);
    // the same document otherwise
    expect(prod.split(PROD).join(DEV_URL)).toBe(manifestXml);
    // still well-formed, and the check button's query survives
    const prodDoc = parse(prod);
    const urls = all(prodDoc, NS.bt, 'Url').map((u) => u.getAttribute('DefaultValue'));
    expect(urls).toContain(`${PROD}taskpane.html?panel=check&run=1`);
  });

  (haveSchemas ? test : test.skip)('is still valid against the XSDs', async () => {
    const schemas = SCHEMA_FILES.map((fileName) => ({ fileName, contents: readFileSync(join(SCHEMA_DIR, fileName), 'utf8') }));
    const result = await validateXML({
      xml: [{ fileName: 'manifest.xml', contents: rewriteManifestUrls(manifestXml, PROD) }],
      schema: [schemas[0]!],
      preload: schemas.slice(1),
    });
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
  });

  test('takes the deployment URL from ADDIN_URL, defaulting to the dev server', () => {
    expect(addinUrlFromEnv({})).toBe('https://localhost:3000/');
    expect(addinUrlFromEnv({ ADDIN_URL: '' })).toBe('https://localhost:3000/');
    expect(addinUrlFromEnv({ ADDIN_URL: 'https://addin.example.gov.cn/report-assistant' })).toBe(PROD);
    expect(rewriteManifestUrls(manifestXml)).toBe(manifestXml);
  });

  test('adds the trailing slash, escapes for XML, and refuses URLs Office cannot load', () => {
    expect(normaliseBaseUrl('https://host.example/app')).toBe('https://host.example/app/');
    expect(normaliseBaseUrl('https://host.example')).toBe('https://host.example/');
    expect(rewriteManifestUrls(`<a b="${DEV_URL}x.html"/>`, "https://h.example/a'b/")).toBe(`<a b="https://h.example/a&apos;b/x.html"/>`);
    expect(() => normaliseBaseUrl('http://host.example/')).toThrow(/https/);
    expect(() => normaliseBaseUrl('host.example/app')).toThrow(/absolute/);
    expect(() => normaliseBaseUrl('https://host.example/app?x=1')).toThrow(/query/);
  });

  test('refuses to leave a dev URL behind in any other spelling', () => {
    expect(() => rewriteManifestUrls('<a b="https://localhost:3000"/>', PROD)).toThrow(/localhost:3000/);
  });
});
