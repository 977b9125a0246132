#!/usr/bin/env node
'use strict';
// npm run validate [-- MANIFEST]: Microsoft's own manifest check, `office-addin-manifest validate`, fetched with npx.
// It sends the manifest to Microsoft's online validation service, so it needs internet; offline it fails, and the
// schema check that needs nothing from outside still runs with: npx jest tests/manifest

const path = require('node:path');
const { npxOutput, ROOT } = require('./dev-server');

const manifest = process.argv[2] || path.relative(process.cwd(), path.join(ROOT, 'manifest.xml')) || 'manifest.xml';
console.log(`npx --yes office-addin-manifest validate ${manifest}`);
const run = npxOutput(['office-addin-manifest', 'validate', manifest], { withStderr: true });
if (run.status !== 0) {
  const output = `${run.stdout}\n${run.stderr}`;
  console.log('');
  if (run.status === null || /Unable to contact|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|fetch failed|network/i.test(output)) {
    console.log('office-addin-manifest validate could not reach Microsoft\'s online validation service: this check needs');
    console.log('internet access (and the npm registry, to fetch the tool). It says nothing about the manifest itself.');
    console.log('The offline checks (the XSDs in ../shared/manifest-schemas, and the rest): npx jest tests/manifest');
  } else {
    console.log(`office-addin-manifest validate exited ${run.status}: the manifest did not pass Microsoft's validation (see above).`);
  }
  process.exit(1);
}
