#!/usr/bin/env node
'use strict';
// Writes src/core/profile-schema.json from the built schema (its rule definitions come from the rule registry).
// Run after adding or changing a check rule: npm run schema. tests/core/profile-schema.test.ts fails until it is run.
const fs = require('node:fs');
const path = require('node:path');
const { PROFILE_SCHEMA } = require('../lib/src/core/profile-schema.js');

const file = path.join(__dirname, '..', 'src', 'core', 'profile-schema.json');
fs.writeFileSync(file, `${compact(PROFILE_SCHEMA, '')}\n`);
console.log(`wrote ${path.relative(process.cwd(), file)}`);

/** JSON indented by two spaces, with any object or array that fits in one line of 120 characters kept on one line. */
function compact(value, indent) {
  const flat = oneLine(value);
  if (flat.length + indent.length <= 120 || value === null || typeof value !== 'object') return flat;
  const inner = `${indent}  `;
  const items = Array.isArray(value)
    ? value.map((item) => `${inner}${compact(item, inner)}`)
    : Object.entries(value).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${compact(item, inner)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${items.join(',\n')}\n${indent}${close}`;
}

function oneLine(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  const entries = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${oneLine(item)}`);
  return entries.length ? `{ ${entries.join(', ')} }` : '{}';
}
