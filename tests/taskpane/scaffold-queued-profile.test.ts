/** @jest-environment jsdom */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, screen } from '@testing-library/react';
import type { Profile } from '../../src/core/profile';
import { StubHost, wordDoc } from './helpers/stub-host';
import { renderApp } from './helpers/render';

// A click made before the document is read inserts with the report type the writer uses, their own remembered one
// too. Its code (the profile file's validator, a chunk of its own) is held here until after the read, as a slow
// connection would: the queued click must wait for it, not go in with a built-in type.
let releaseProfileFile: () => void = () => undefined;
const mockProfileFileHeld = new Promise<void>((resolve) => (releaseProfileFile = resolve));
jest.mock('../../src/taskpane/profile-file-loader', () => {
  const actual = jest.requireActual('../../src/taskpane/profile-file-loader');
  return { ...actual, loadProfileFile: async () => (await mockProfileFileHeld, actual.loadProfileFile()) };
});

const WORK_SAFETY = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'profiles', 'work-safety-annual.json'), 'utf8')) as Profile;

test('clicked before the read, with the writer’s own report type remembered as the default: what goes in is of that type', async () => {
  window.localStorage.setItem('@report-assistant/preferences', JSON.stringify({ unitName: '', profileId: WORK_SAFETY.id, profileIsDefault: true, userProfiles: [WORK_SAFETY] }));
  const host = new StubHost(wordDoc(''));
  const release = host.hold();
  const { user } = renderApp({ host });
  await user.click(screen.getByRole('button', { name: '插入报告结构' }));
  release();
  // The document read, its own report type not yet there: still waiting, nothing inserted.
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  expect(host.calls.insertScaffold).toHaveLength(0);
  expect(screen.getByText('正在读取文档…')).toBeTruthy();
  releaseProfileFile();
  // The profile file's code loads now (the validator and the pattern engine): slow on a busy machine, so a long wait.
  await screen.findByText(/已插入 \d+ 个部分/, undefined, { timeout: 20_000 });
  expect(host.calls.insertScaffold).toHaveLength(1);
  const required = WORK_SAFETY.parts.filter((p) => p.required !== false).map((p) => p.id);
  expect(host.calls.insertScaffold[0]!.plan.adds).toEqual(required);
}, 30_000);
