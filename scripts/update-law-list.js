#!/usr/bin/env node
'use strict';
// Writes src/core/wording/laws.json — the titles of national laws and administrative regulations with their dates
// of adoption and revision — from a local copy of LawRefBook/Laws (https://github.com/LawRefBook/Laws), whose
// files are compiled from 国家法律法规数据库 (flk.npc.gov.cn). Only facts are taken: each file's title line and the
// dated lines of its header (通过, 公布, 修正, 修订), plus the version date in its file name.
//
//   git clone --depth 1 https://github.com/LawRefBook/Laws.git /tmp/Laws
//   node scripts/update-law-list.js /tmp/Laws
//
// A law the copy lacks can be added to the written file by hand in the same shape; tests/core/wording/data.test.ts
// checks the shape.
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const LAW_FOLDERS = ['宪法', '宪法相关法', '民法典', '民法商法', '行政法', '经济法', '社会法', '刑法', '诉讼与非诉讼程序法'];
const REGULATION_FOLDER = '行政法规';
const OUT = path.join(__dirname, '..', 'src', 'core', 'wording', 'laws.json');

const root = process.argv[2];
if (!root || !fs.existsSync(path.join(root, REGULATION_FOLDER))) {
  console.error('用法 / usage: node scripts/update-law-list.js PATH-TO-LawRefBook-Laws (a folder holding 行政法规/, 行政法/ …)');
  process.exit(2);
}

const byTitle = new Map();
for (const folder of [...LAW_FOLDERS, REGULATION_FOLDER]) {
  const level = folder === REGULATION_FOLDER ? '行政法规' : '法律';
  for (const name of listMarkdown(path.join(root, folder))) {
    const entry = readEntry(path.join(root, folder, name), level);
    if (!entry) continue;
    const known = byTitle.get(entry.title);
    byTitle.set(entry.title, known ? merge(known, entry) : entry);
  }
}

const laws = [...byTitle.values()]
  .map(({ title, level, dates }) => {
    const sorted = [...new Set(dates)].sort();
    return { title, level, adopted: sorted[0], versions: sorted.slice(1) };
  })
  .filter((law) => law.adopted)
  .sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));

const commit = gitOf(root, ['rev-parse', 'HEAD']);
const committed = gitOf(root, ['log', '-1', '--format=%cs']);
const list = {
  source: {
    title: 'LawRefBook/Laws（法律法规汇编，数据取自国家法律法规数据库 flk.npc.gov.cn）',
    url: 'https://github.com/LawRefBook/Laws',
    commit: commit ?? null,
    date: committed ?? null,
    licence: 'The repository has no licence file; only facts are taken (titles, dates of adoption and revision), which are not subject to copyright. 仅取事实（标题、通过和修改日期）。',
  },
  laws,
};
fs.writeFileSync(OUT, `{\n  "source": ${JSON.stringify(list.source)},\n  "laws": [\n${laws.map((l) => `    ${JSON.stringify(l)}`).join(',\n')}\n  ]\n}\n`);
console.log(`wrote ${path.relative(process.cwd(), OUT)}: ${laws.length} titles (${laws.filter((l) => l.level === '法律').length} laws)`);

function listMarkdown(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((name) => name.endsWith('.md') && name !== '_index.md');
}

/** The title (first "# " line) and every dated header line; the file name's (YYYY-MM-DD) is a version date too. */
function readEntry(file, level) {
  const text = fs.readFileSync(file, 'utf8');
  const header = text.split('<!-- INFO END -->')[0] ?? '';
  const title = /^#\s+(.+?)\s*$/m.exec(header)?.[1];
  if (!title || /修正案/.test(title)) return undefined; // amendments are dates of the law they amend
  const dates = [];
  for (const line of header.split('\n')) {
    const m = /^\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*(.*)$/.exec(line);
    if (m && !/^(施行|起施行)/.test(m[4].trim())) dates.push(iso(m[1], m[2], m[3]));
  }
  const version = /\((\d{4})-(\d{2})-(\d{2})\)\.md$/.exec(file);
  if (version) dates.push(iso(version[1], version[2], version[3]));
  return { title, level, dates };
}

function merge(a, b) {
  return { ...a, dates: [...a.dates, ...b.dates] };
}

function iso(y, m, d) {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function gitOf(dir, args) {
  try {
    return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}
