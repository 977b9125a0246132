'use strict';
// Runs a CommonJS file with V8's code cache kept beside it (FILE.cache): later runs skip compiling what earlier runs
// compiled. The cache starts with the size, time and inode of the file it was made from (a hash of the file would cost
// a few milliseconds a run); a cache of another file, or one V8 refuses (another Node or other flags), is ignored and
// made anew once the run is over. A cache that cannot be written is no error.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire, wrap } = require('node:module');

const HEADER_BYTES = 64;

/** What tells this version of the file from any other, as the cache's first bytes. */
function versionOf(fd) {
  const stat = fs.fstatSync(fd, { bigint: true });
  const header = Buffer.alloc(HEADER_BYTES);
  header.write(`${stat.size}:${stat.mtimeNs}:${stat.ino}`, 'latin1');
  return header;
}

/** The file's exports, and `keep()` to call once the work is done (it writes the cache if it needs writing). */
function requireWithCodeCache(file) {
  // The version and the source from one open file, so they always agree.
  const fd = fs.openSync(file, 'r');
  let version;
  let source;
  try {
    version = versionOf(fd);
    source = fs.readFileSync(fd, 'utf8');
  } finally {
    fs.closeSync(fd);
  }
  const cacheFile = `${file}.cache`;
  let cached;
  try {
    const kept = fs.readFileSync(cacheFile);
    if (kept.subarray(0, HEADER_BYTES).equals(version)) cached = kept.subarray(HEADER_BYTES);
  } catch {
    // no cache yet
  }
  const script = new vm.Script(wrap(source), { filename: file, cachedData: cached });
  const module = { exports: {}, filename: file, id: file, loaded: false };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  module.loaded = true;
  const keep = () => {
    if (cached && !script.cachedDataRejected) return;
    const temporary = `${cacheFile}.${process.pid}`;
    try {
      fs.writeFileSync(temporary, Buffer.concat([version, script.createCachedData()]));
      fs.renameSync(temporary, cacheFile); // whole or not at all, when two runs write at once
    } catch {
      fs.rmSync(temporary, { force: true });
    }
  };
  return { exports: module.exports, keep };
}

module.exports = { requireWithCodeCache };
