'use strict';
// Runs a CommonJS file with V8's code cache kept beside it (FILE.cache): later runs skip compiling what earlier runs
// compiled. The cache starts with a hash of the file it was made from; a cache of other code, or one V8 refuses (another
// Node or other flags), is ignored and made anew once the run is over. A cache that cannot be written is no error.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire, wrap } = require('node:module');

const HASH_BYTES = 20;

/** The file's exports, and `keep()` to call once the work is done (it writes the cache if it needs writing). */
function requireWithCodeCache(file) {
  const bytes = fs.readFileSync(file);
  const hash = crypto.createHash('sha1').update(bytes).digest();
  const cacheFile = `${file}.cache`;
  let cached;
  try {
    const kept = fs.readFileSync(cacheFile);
    if (kept.subarray(0, HASH_BYTES).equals(hash)) cached = kept.subarray(HASH_BYTES);
  } catch {
    // no cache yet
  }
  const script = new vm.Script(wrap(bytes.toString('utf8')), { filename: file, cachedData: cached });
  const module = { exports: {}, filename: file, id: file, loaded: false };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  module.loaded = true;
  const keep = () => {
    if (cached && !script.cachedDataRejected) return;
    const temporary = `${cacheFile}.${process.pid}`;
    try {
      fs.writeFileSync(temporary, Buffer.concat([hash, script.createCachedData()]));
      fs.renameSync(temporary, cacheFile); // whole or not at all, when two runs write at once
    } catch {
      fs.rmSync(temporary, { force: true });
    }
  };
  return { exports: module.exports, keep };
}

module.exports = { requireWithCodeCache };
