/** @jest-environment jsdom */
import { act, render } from '@testing-library/react';
import { createElement } from 'react';
import { DocumentView } from '../../src/preview/DocumentView';
import { fakeWord, syncsOf } from './helpers';

const place = (text: string, start: number, occurrence: number) => ({ start, length: text.length, text, occurrence });

describe('selectWords: a finding’s words inside its paragraph', () => {
  test('Paragraph.search finds the words and the occurrence the finding is about is selected, in three syncs', async () => {
    const { fake, host } = fakeWord(['标题', '执法,执法,再执法。']);
    const { syncs } = await syncsOf(fake, () => host.selectWords(1, place(',', 5, 1)));
    expect(syncs).toBeLessThanOrEqual(3);
    expect(fake.model.selection).toEqual({ key: fake.paragraphs()[1]?.key, mode: 'Select', offset: 5, length: 1 });
    expect(fake.paragraphs()[1]).toMatchObject({ selected: true, selectedText: { start: 5, length: 1 } });
  });

  test('words with Word’s special ^ are searched for literally', async () => {
    const { fake, host } = fakeWord(['公式 a^2 写错了']);
    await host.selectWords(0, place('a^2', 3, 0));
    expect(fake.model.selection).toMatchObject({ offset: 3, length: 3 });
  });

  test('words no longer there, or longer than Word searches for: the paragraph is selected instead', async () => {
    const { fake, host } = fakeWord(['第一段', '已经改过的第二段']);
    await host.selectWords(1, place('截止', 0, 0));
    expect(fake.model.selection).toEqual({ key: fake.paragraphs()[1]?.key, mode: 'Select' });
    const long = '长'.repeat(300);
    const { fake: other, host: otherHost } = fakeWord([long]);
    await otherHost.selectWords(0, place(long, 0, 0));
    expect(other.model.selection).toEqual({ key: other.paragraphs()[0]?.key, mode: 'Select' });
  });

  test('a paragraph that is not there: HostError not-found, selection unchanged', async () => {
    const { fake, host } = fakeWord(['甲']);
    await expect(host.selectWords(3, place('甲', 0, 0))).rejects.toMatchObject({ kind: 'not-found' });
    expect(fake.model.selection).toBeNull();
  });

  test('the preview shows the selected words highlighted inside their paragraph', async () => {
    const { fake, host } = fakeWord(['深入学习贯彻党的十九大精神。']);
    const { container } = render(createElement(DocumentView, { fake, label: '示例文档' }));
    Element.prototype.scrollIntoView = () => undefined;
    await act(() => host.selectWords(0, place('十九大精神', 8, 0)));
    expect(container.querySelector('mark[data-selected-words]')?.textContent).toBe('十九大精神');
    expect(container.querySelector('[aria-current="true"]')?.textContent).toBe('深入学习贯彻党的十九大精神。');
  });
});

describe('the fake’s Paragraph.search and Range.select, as Word documents them', () => {
  test('matches left to right without overlapping, case-blind unless matchCase; more than 255 characters is refused', async () => {
    const { fake } = fakeWord(['AAA aa']);
    const found = await fake.Word.run(async (context) => {
      const paragraph = context.document.body.paragraphs.getFirst();
      const blind = paragraph.search('aa');
      const exact = paragraph.search('aa', { matchCase: true });
      blind.load('text');
      exact.load('text');
      await context.sync();
      return { blind: blind.items.map((r) => r.text), exact: exact.items.length };
    });
    expect(found).toEqual({ blind: ['AA', 'aa'], exact: 1 });
    await expect(
      fake.Word.run(async (context) => {
        const results = context.document.body.paragraphs.getFirst().search('a'.repeat(256));
        results.load('text');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'SearchStringInvalidOrTooLong' });
  });
});
