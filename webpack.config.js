'use strict';
// Builds the Word add-in's pages.
//   taskpane.html  src/taskpane/index.tsx   the task pane Word opens (loads office.js from Microsoft's CDN)
//   preview.html   src/preview/index.tsx    the pane beside a sample document, in a plain browser (no office.js)
// `npm run build`         production build into dist/: content-hashed files, dist/manifest.xml pointed at ADDIN_URL,
//                         and the task pane's JS figures (scripts/bundle-report.js)
// `npm run dev-server`    webpack serve on https://localhost:3000 (npm start runs it and sideloads the add-in)
// `npm run bench:bundle`  the bare React 18 + Fluent UI v9 pane (bench/bare-pane), built and reported the same way
//
// office.js is never bundled: it is a script tag in taskpane.html, and `Office` / `Word` are globals.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { rewriteManifestUrls, addinUrlFromEnv } = require('./scripts/manifest-url');
const { BundleReportPlugin, packageOf } = require('./scripts/bundle-report');

const ROOT = __dirname;
/** The page before the pane renders, one style for taskpane.html and preview.html (inlined: its hash is in their CSP). */
const PAGE_STYLE = fs.readFileSync(path.join(ROOT, 'src', 'page-style.css'), 'utf8');
const DEV_PORT = 3000;

/**
 * The certificate for https://localhost:3000: office-addin-dev-certs' files when they are there and still valid
 * (Word trusts them once installed), else webpack-dev-server's own self-signed certificate. DEV_SERVER_CERT=self-signed
 * (set by npm start when installing the Office one failed) forces the latter.
 */
function devServerHttps(dir = path.join(os.homedir(), '.office-addin-dev-certs')) {
  if (process.env.DEV_SERVER_CERT === 'self-signed') {
    // npm start found the Office certificate not installed and trusted (scripts/start.js)
    console.warn("[dev server] https with webpack-dev-server's own self-signed certificate (DEV_SERVER_CERT=self-signed)");
    return 'https';
  }
  const files = { cert: 'localhost.crt', key: 'localhost.key', ca: 'ca.crt' };
  const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(dir, f)]));
  if (Object.values(paths).every((p) => fs.existsSync(p))) {
    try {
      const options = Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, fs.readFileSync(p)]));
      const validTo = new Date(new crypto.X509Certificate(options.cert).validTo);
      if (validTo > new Date()) {
        console.log(`[dev server] https with the Office development certificate in ${dir} (valid until ${validTo.toISOString().slice(0, 10)})`);
        return { type: 'https', options };
      }
      console.warn(`[dev server] The Office development certificate in ${dir} expired on ${validTo.toISOString().slice(0, 10)}; renew it with: npx --yes office-addin-dev-certs install`);
    } catch (err) {
      console.warn(`[dev server] Could not read the Office development certificate in ${dir}: ${err.message}`);
    }
  }
  console.warn(
    "[dev server] https with webpack-dev-server's own self-signed certificate: Word and browsers do not trust it until you accept it " +
      `(open https://localhost:${DEV_PORT}/taskpane.html once and accept the warning), or install the Office one: npx --yes office-addin-dev-certs install`,
  );
  return 'https';
}

/**
 * Splits the pages' node_modules code into chunks the browser caches apart from the pane's own code: react and the
 * other vendors (Fluent UI and what it uses), the last named per set of pages using it.
 */
function splitChunks() {
  const inPackages = (set) => (module) => set.has(packageOf(module.resource));
  // Name a split chunk by its group and by the pages that load it, so a page never loads modules only another
  // page needs (the preview page also loads the fake Word and its sample documents).
  const nameFor = (group) => (module, chunks) =>
    `${group}-${[...new Set(chunks.map((c) => c.name || 'lazy'))].sort().join('~')}`;
  return {
    chunks: 'all',
    cacheGroups: {
      // Our own modules that several on-demand chunks use (the analysis: the scaffold's work, the check, the notices)
      // go in chunks of their own, fetched once, rather than a copy in each
      default: { chunks: 'async', minChunks: 2, priority: -20, reuseExistingChunk: true },
      defaultVendors: false,
      // React is one chunk for every page: it changes least, so it stays cached the longest
      react: { test: inPackages(new Set(['react', 'react-dom', 'scheduler'])), name: 'react', priority: 20, enforce: true },
      vendors: { test: /[\\/]node_modules[\\/]/, name: nameFor('vendors'), priority: 10, reuseExistingChunk: true },
    },
  };
}

module.exports = (env = {}, argv = {}) => {
  const serving = Boolean(env.WEBPACK_SERVE);
  const mode = argv.mode || (serving ? 'development' : 'production');
  const production = mode === 'production';
  const bench = Boolean(env.bench);

  const entry = bench
    ? { taskpane: './bench/bare-pane/index.tsx' }
    : { taskpane: './src/taskpane/index.tsx', preview: './src/preview/index.tsx' };
  const outputPath = bench ? path.join(ROOT, 'test-output', 'bare-pane') : path.join(ROOT, 'dist');

  const pages = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './src/taskpane/taskpane.html',
      chunks: ['taskpane'],
      scriptLoading: 'defer',
      templateParameters: { pageStyle: PAGE_STYLE },
    }),
  ];
  if (!bench) {
    pages.push(
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        template: './src/preview/preview.html',
        chunks: ['preview'],
        scriptLoading: 'defer',
        templateParameters: { pageStyle: PAGE_STYLE },
      }),
    );
  }

  const plugins = [...pages];
  if (!bench) {
    const addinUrl = addinUrlFromEnv();
    plugins.push(
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          { from: 'assets/support.html', to: 'support.html' },
          { from: 'assets/sample-figures.csv', to: 'assets/sample-figures.csv' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            // the dev server serves the manifest as it is; a build points it at ADDIN_URL
            transform: serving ? undefined : (content) => rewriteManifestUrls(content.toString('utf8'), addinUrl),
          },
        ],
      }),
    );
    if (production && !serving) console.log(`[build] dist/manifest.xml points at ${addinUrl} (set ADDIN_URL to change it)`);
  }
  if (production && !serving) {
    plugins.push(
      new BundleReportPlugin({
        entry: 'taskpane',
        title: bench
          ? 'Bare pane (bench/bare-pane: React 18 + Fluent UI v9 — FluentProvider, TabList, Button, Text), production build'
          : 'Task pane (src/taskpane), production build',
        root: ROOT,
        jsonFile: path.join(ROOT, 'test-output', bench ? 'bundle-report-bare-pane.json' : 'bundle-report-taskpane.json'),
      }),
    );
  }

  return {
    mode,
    context: ROOT,
    entry,
    output: {
      path: outputPath,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '...'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: path.join(ROOT, 'tsconfig.json'),
              // types are checked by `npm run typecheck`; here only transpile, as ES modules so webpack can shake
              // out what the pages do not use (tsconfig.json says CommonJS, for jest and the CLI)
              transpileOnly: true,
              compilerOptions: { module: 'es2020', sourceMap: !production },
            },
          },
        },
      ],
    },
    externals: {
      // office.js comes from Microsoft's CDN (taskpane.html); never let an import pull a copy in
      'office-js': 'Office',
      '@microsoft/office-js': 'Office',
    },
    optimization: {
      splitChunks: splitChunks(),
    },
    devtool: production ? false : 'eval-cheap-module-source-map',
    performance: { hints: false }, // the build prints its own figures instead
    stats: production ? 'errors-warnings' : 'minimal',
    plugins,
    devServer: {
      port: DEV_PORT,
      host: 'localhost',
      server: serving ? devServerHttps() : 'https',
      static: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};

module.exports.devServerHttps = devServerHttps;
