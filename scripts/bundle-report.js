'use strict';
// A webpack plugin that prints, after a production build, what one page costs to load:
//  - every JS file the page's entry loads at start (its own chunk and the split vendor chunks), raw and gzip;
//    files the page may load later (dynamic import) are listed apart;
//  - the weight in those files of given packages and of everything they depend on (by package.json), as module
//    source before minifying (from webpack's module graph) and, when they sit in a chunk of their own, as that
//    chunk's exact minified and gzip size;
//  - the largest packages in the page's JS, by module source.
// `npm run build` reports the task pane this way; `npm run bench:bundle` reports the bare React + Fluent pane.

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const KiB = 1024;

function kib(bytes) {
  return `${(bytes / KiB).toFixed(1)} KiB`;
}

function gzipSize(buffer) {
  return zlib.gzipSync(buffer, { level: 9 }).length;
}

/** The npm package a module file belongs to ('react-dom', '@fluentui/react-tabs'), or null for project code. */
function packageOf(resource) {
  if (!resource) return null;
  const norm = resource.split(path.sep).join('/');
  const i = norm.lastIndexOf('/node_modules/');
  if (i < 0) return null;
  const parts = norm.slice(i + '/node_modules/'.length).split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** The package names and the transitive dependencies each names in its package.json, as installed under root. */
function withDependencies(names, root) {
  const seen = new Set();
  const queue = names.map((name) => ({ name, from: root }));
  while (queue.length) {
    const { name, from } = queue.shift();
    if (seen.has(name)) continue;
    seen.add(name);
    let pkgJson;
    try {
      pkgJson = require.resolve(`${name}/package.json`, { paths: [from] });
    } catch {
      continue; // not installed (or no package.json export): nothing of it can be in the bundle either
    }
    const pkg = JSON.parse(fs.readFileSync(pkgJson, 'utf8'));
    for (const dep of Object.keys(pkg.dependencies || {})) if (!dep.startsWith('@types/')) queue.push({ name: dep, from: path.dirname(pkgJson) });
  }
  return seen;
}

/** A module and, for a concatenated (scope-hoisted) module, the modules inside it. */
function* leafModules(module) {
  if (Array.isArray(module.modules)) {
    for (const inner of module.modules) yield* leafModules(inner);
  } else {
    yield module;
  }
}

class BundleReportPlugin {
  /**
   * @param {object} options
   * @param {string} options.entry        the entry whose page is reported ('taskpane')
   * @param {string} options.title        the heading printed above the figures
   * @param {string[]} [options.weigh]    packages whose weight (with their dependencies) is reported
   * @param {string} [options.weighChunk] the split-chunk name those packages are put in, if any
   * @param {string} [options.root]       where node_modules is resolved from
   * @param {string} [options.jsonFile]   also write the figures to this JSON file
   */
  constructor(options) {
    this.options = { weigh: [], root: process.cwd(), ...options };
  }

  apply(compiler) {
    let report = null;
    compiler.hooks.thisCompilation.tap('BundleReportPlugin', (compilation) => {
      // measured at the last stage of asset processing: files minified and named by their final content hash,
      // and their contents still in memory (after emitting, webpack keeps only their sizes)
      compilation.hooks.processAssets.tap(
        { name: 'BundleReportPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          report = compilation.getErrors().length ? null : this.measure(compilation);
        },
      );
    });
    compiler.hooks.done.tap('BundleReportPlugin', (stats) => {
      if (stats.hasErrors() || !report) return;
      console.log(this.format(report));
      if (this.options.jsonFile) {
        fs.mkdirSync(path.dirname(this.options.jsonFile), { recursive: true });
        fs.writeFileSync(this.options.jsonFile, JSON.stringify(report, null, 2) + '\n');
      }
    });
  }

  measure(compilation) {
    const { entry, weigh, weighChunk, root } = this.options;
    const entrypoint = compilation.entrypoints.get(entry);
    if (!entrypoint) throw new Error(`BundleReportPlugin: no entry named "${entry}"`);

    const initialChunks = new Set(entrypoint.chunks);
    const lazyChunks = new Set();
    for (const chunk of initialChunks) {
      for (const lazy of chunk.getAllAsyncChunks()) if (!initialChunks.has(lazy)) lazyChunks.add(lazy);
    }

    const fileFigures = (chunks) => {
      const out = [];
      for (const chunk of chunks) {
        for (const file of chunk.files) {
          if (!file.endsWith('.js')) continue;
          const buffer = compilation.getAsset(file).source.buffer();
          out.push({ file, chunk: chunk.name || String(chunk.id), raw: buffer.length, gzip: gzipSize(buffer) });
        }
      }
      // the entry's own file first, then the largest
      return out.sort((a, b) => (a.chunk === entry ? -1 : b.chunk === entry ? 1 : b.raw - a.raw));
    };
    const files = fileFigures(initialChunks);
    const lazyFiles = fileFigures(lazyChunks);
    const sum = (list, key) => list.reduce((n, f) => n + f[key], 0);

    // module source by package, over the modules the page loads at start
    const byPackage = new Map();
    let projectSource = 0;
    const counted = new Set();
    for (const chunk of initialChunks) {
      for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
        for (const leaf of leafModules(module)) {
          if (counted.has(leaf)) continue;
          counted.add(leaf);
          const size = leaf.size();
          const pkg = packageOf(leaf.resource || (leaf.rootModule && leaf.rootModule.resource));
          if (pkg) byPackage.set(pkg, (byPackage.get(pkg) || 0) + size);
          else projectSource += size;
        }
      }
    }
    const packageSource = [...byPackage.values()].reduce((a, b) => a + b, 0);

    const weighed = withDependencies(weigh, root);
    const weighedPackages = [...byPackage.entries()].filter(([name]) => weighed.has(name)).sort((a, b) => b[1] - a[1]);
    const weighedSource = weighedPackages.reduce((n, [, size]) => n + size, 0);
    const weighedFiles = weighChunk ? files.filter((f) => f.chunk === weighChunk) : [];

    const top = [...byPackage.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10);

    return {
      title: this.options.title,
      entry,
      files,
      total: { raw: sum(files, 'raw'), gzip: sum(files, 'gzip') },
      lazyFiles,
      lazyTotal: { raw: sum(lazyFiles, 'raw'), gzip: sum(lazyFiles, 'gzip') },
      source: { project: projectSource, packages: packageSource },
      weigh: {
        packages: weigh,
        withDependencies: [...weighed].filter((name) => !weigh.includes(name)).sort(),
        found: weighedPackages.map(([name, source]) => ({ name, source })),
        source: weighedSource,
        chunk: weighedFiles.length ? { files: weighedFiles.map((f) => f.file), raw: sum(weighedFiles, 'raw'), gzip: sum(weighedFiles, 'gzip') } : null,
      },
      topPackages: top.map(([name, source]) => ({ name, source })),
    };
  }

  format(r) {
    const lines = [];
    const width = Math.max(24, ...r.files.map((f) => f.file.length), ...r.lazyFiles.map((f) => f.file.length));
    const row = (label, raw, gzip) => `  ${label.padEnd(width)}  ${kib(raw).padStart(10)}   gzip ${kib(gzip).padStart(10)}`;
    lines.push('');
    lines.push(`${r.title}`);
    lines.push(`JS that ${r.entry}.html loads at start (${r.files.length} file${r.files.length === 1 ? '' : 's'}):`);
    for (const f of r.files) lines.push(row(f.file, f.raw, f.gzip));
    lines.push(row('total', r.total.raw, r.total.gzip));
    lines.push(`  = ${r.total.raw} bytes raw, ${r.total.gzip} bytes gzip`);
    if (r.lazyFiles.length) {
      lines.push(`Loaded later, on demand (${r.lazyFiles.length} file${r.lazyFiles.length === 1 ? '' : 's'}):`);
      for (const f of r.lazyFiles) lines.push(row(f.file, f.raw, f.gzip));
      lines.push(row('total on demand', r.lazyTotal.raw, r.lazyTotal.gzip));
    }

    const w = r.weigh;
    if (w.packages.length) {
      const deps = w.withDependencies.length ? ` (with its dependencies: ${w.withDependencies.join(', ')})` : '';
      lines.push(`${w.packages.join(', ')}${deps}:`);
      if (!w.found.length) {
        lines.push(`  not in this bundle: 0 bytes (nothing the page loads imports it)`);
      } else {
        lines.push(`  module source before minifying: ${kib(w.source)} (${w.source} bytes)`);
        for (const p of w.found) lines.push(`    ${p.name.padEnd(32)} ${kib(p.source).padStart(10)}`);
        if (w.chunk) {
          const share2 = ((100 * w.chunk.raw) / r.total.raw).toFixed(1);
          lines.push(
            `  minified, in its own chunk (${w.chunk.files.join(', ')}): ${kib(w.chunk.raw)} (${w.chunk.raw} bytes, ${share2}% of the page's JS), gzip ${kib(w.chunk.gzip)} (${w.chunk.gzip} bytes)`,
          );
        }
      }
    }

    lines.push(
      `Largest packages in it, by module source as read (before unused exports are dropped and before minifying, so an upper bound; project code ${kib(r.source.project)}):`,
    );
    for (const p of r.topPackages) lines.push(`    ${p.name.padEnd(32)} ${kib(p.source).padStart(10)}`);
    lines.push('');
    return lines.join('\n');
  }
}

module.exports = { BundleReportPlugin, packageOf, withDependencies };
