/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { CONTENTS_HEADINGS, REPORT_WITH_CONTENTS } from '../helpers/word-made';
import { fakeWord } from '../word/helpers';
import { renderApp } from './helpers/render';

beforeEach(() => window.localStorage.clear());

const HEADINGS = CONTENTS_HEADINGS;
const REPORT = REPORT_WITH_CONTENTS;

async function insertMissingParts(requirementSets?: Record<string, string>) {
  const { fake, host } = fakeWord(REPORT, requirementSets ? { requirementSets } : undefined);
  const { user } = renderApp({ host, initialPanel: 'scaffold' });
  await user.click(await screen.findByRole('button', { name: /^补上缺少的 \d+ 个部分$/ }));
  await screen.findByText('插入了新的标题，文档的目录需要更新。');
  return { fake, user };
}

describe('the scaffold panel after inserting headings into a document with a table of contents', () => {
  test('offers 更新目录; Word updates the contents and the panel says so', async () => {
    const { fake, user } = await insertMissingParts();
    await user.click(screen.getByRole('button', { name: '更新目录' }));
    await screen.findByText('目录已更新。');
    const listed = fake.paragraphs().filter((p) => /^Toc1$/.test(p.styleBuiltIn)).map((p) => p.runs.map((r) => r.text).join('').split('\t')[0]);
    expect(listed.length).toBeGreaterThan(HEADINGS.length);
    expect(screen.queryByRole('button', { name: '更新目录' })).toBeNull();
  });

  test('where Word cannot, it says how to update the contents by hand', async () => {
    const { user } = await insertMissingParts({ WordApi: '1.4' });
    await user.click(screen.getByRole('button', { name: '更新目录' }));
    expect(await screen.findByText(/请在目录上单击右键，选择“更新域”/)).toBeTruthy();
  });
});
