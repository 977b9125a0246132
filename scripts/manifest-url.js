'use strict';
// The production manifest: manifest.xml with every dev-server URL (https://localhost:3000/…) pointed at the
// address the add-in is deployed to. webpack.config.js writes the result to dist/manifest.xml.

const DEV_URL = 'https://localhost:3000/';
const DEFAULT_ADDIN_URL = DEV_URL;

/**
 * Checks and normalises a deployment base URL: absolute https (Office loads add-ins only over https), no query
 * or fragment, always ending in '/', so that `${base}taskpane.html` is the pane.
 * @param {string} raw
 * @returns {string}
 */
function normaliseBaseUrl(raw) {
  let url;
  try {
    url = new URL(String(raw).trim());
  } catch {
    throw new Error(`ADDIN_URL "${raw}" is not an absolute URL (expected e.g. https://addin.example.gov.cn/report-assistant/)`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_URL "${raw}" must use https: Office loads add-ins only over https`);
  if (url.search || url.hash) throw new Error(`ADDIN_URL "${raw}" must not have a query or a fragment`);
  if (url.username || url.password) throw new Error(`ADDIN_URL "${raw}" must not carry a user name or password`);
  let href = url.href;
  if (!href.endsWith('/')) href += '/';
  return href;
}

function escapeXmlAttribute(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * Returns the manifest with every https://localhost:3000/ replaced by `baseUrl`. Throws if the manifest still
 * names localhost:3000 anywhere else afterwards (say, a URL without the trailing slash), so a dev URL can never
 * slip into a production manifest unnoticed.
 * @param {string} xml the manifest's text
 * @param {string} [baseUrl] where the add-in is served, e.g. https://addin.example.gov.cn/report-assistant/
 * @returns {string}
 */
function rewriteManifestUrls(xml, baseUrl = DEFAULT_ADDIN_URL) {
  const base = escapeXmlAttribute(normaliseBaseUrl(baseUrl));
  const out = xml.split(DEV_URL).join(base);
  if (normaliseBaseUrl(baseUrl) !== DEV_URL) {
    const left = out.match(/[^\s"'<>]*localhost:3000[^\s"'<>]*/);
    if (left) throw new Error(`manifest still names the dev server after the rewrite: ${left[0]}`);
  }
  return out;
}

/** The base URL for a production build: ADDIN_URL from the environment, else the dev server's. */
function addinUrlFromEnv(env = process.env) {
  return normaliseBaseUrl(env.ADDIN_URL && env.ADDIN_URL.trim() ? env.ADDIN_URL : DEFAULT_ADDIN_URL);
}

module.exports = { DEV_URL, DEFAULT_ADDIN_URL, normaliseBaseUrl, rewriteManifestUrls, addinUrlFromEnv };
