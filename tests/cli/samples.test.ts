import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import type { CheckResult } from '../../src/core/check';
import { convertTextToDocx, SOFFICE } from '../helpers/soffice';

/**
 * The published reports in ../shared/samples (reference material beside the project, never copied into it).
 * Where that folder is absent the test says so and skips.
 */
const samplesDir = join(__dirname, '..', '..', '..', 'shared', 'samples');
const names = ['dongcheng-traffic-2020', 'yubei-transport-2020', 'dongcheng-civil-air-defence-2021'];
const haveSamples = names.every((n) => existsSync(join(samplesDir, `${n}.txt`)));
if (!haveSamples) console.warn(`Skipping the published-sample verdicts: ${samplesDir} is absent.`);
if (!SOFFICE) console.warn('Skipping the .docx form of the published samples: LibreOffice (soffice) is not installed.');

type FileResult = CheckResult & { file: string };
const SECTIONS = ['measures', 'shortcomings', 'leader-duties', 'next-year-plans'];

function verdicts(files: string[]): Record<string, FileResult> {
  const out = runCli(['--json', ...files]);
  expect(out.stderr).toEqual([]);
  const json = JSON.parse(out.stdout.join('\n')) as { files: FileResult[] };
  return Object.fromEntries(json.files.map((f, i) => [names[i] as string, f]));
}

function expectSampleVerdicts(results: Record<string, FileResult>) {
  const status = (name: string, id: string) => results[name]?.parts.find((p) => p.id === id)?.status;
  const codes = (name: string) => results[name]?.findings.map((f) => f.code) ?? [];

  // dongcheng-traffic-2020: the four mandated sections present, no date.
  for (const id of SECTIONS) expect(status('dongcheng-traffic-2020', id)).toBe('present');
  expect(status('dongcheng-traffic-2020', 'date')).toBe('missing');
  expect(results['dongcheng-traffic-2020']?.reportYear).toBe(2020);

  // yubei-transport-2020: all present including addressee, signature and date; leader duties before shortcomings.
  for (const id of [...SECTIONS, 'title', 'addressee', 'signature', 'date']) expect(status('yubei-transport-2020', id)).toBe('present');
  const order = results['yubei-transport-2020']?.findings.filter((f) => f.code === 'part-order');
  expect(order).toEqual([expect.objectContaining({ part: 'leader-duties', params: { otherPart: 'shortcomings' } })]);

  // dongcheng-civil-air-defence-2021: the four present; 2、 among 一、三、四、; no signature, no date.
  const civil = 'dongcheng-civil-air-defence-2021';
  for (const id of SECTIONS) expect(status(civil, id)).toBe('present');
  expect(results[civil]?.findings.filter((f) => f.code === 'numbering')).toEqual([
    expect.objectContaining({ at: 19, params: expect.objectContaining({ variant: 'mixed', marker: '2、', expected: '二、' }) }),
  ]);
  expect(status(civil, 'signature')).toBe('missing');
  expect(status(civil, 'date')).toBe('missing');

  for (const name of names) expect(codes(name)).not.toContain('heading-year');
}

const files = names.map((n) => join(samplesDir, `${n}.txt`));

(haveSamples ? describe : describe.skip)('the published samples', () => {
  test('as text', () => {
    expectSampleVerdicts(verdicts(files));
  });

  (SOFFICE ? test : test.skip)(
    'as .docx saved by LibreOffice: the same verdicts',
    () => {
      expectSampleVerdicts(verdicts(convertTextToDocx(files)));
    },
    120_000,
  );

  test('through the installed command, as a writer runs it: exit 0 (warnings only) and a checklist per file', () => {
    const run = spawnSync(process.execPath, [join(__dirname, '..', '..', 'bin', 'report-check.js'), ...files], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.match(/✓ 主要举措和成效/g)).toHaveLength(3);
  });
});
