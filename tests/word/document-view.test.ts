/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { DocumentView } from '../../src/preview/DocumentView';
import { createFakeWord } from '../../src/preview/fake-word';

beforeAll(() => {
  Element.prototype.scrollIntoView = () => undefined; // jsdom has no layout
});

describe('the preview\u2019s document view', () => {
  test('shows linked figures as marked spans with their tags, and a click puts the cursor at the end of a paragraph', () => {
    const fake = createFakeWord(['标题', { runs: [{ text: '全年办理' }, { text: '42', control: { tag: 'report-assistant:fig:v:2024:市司法局:收案数', title: '数据' } }, { text: '件。' }] }]);
    const { container } = render(createElement(DocumentView, { fake, label: '示例文档' }));
    const figure = container.querySelector('[data-tag^="report-assistant:fig"]');
    expect(figure?.textContent).toBe('42');
    expect(figure?.closest('p')?.textContent).toBe('全年办理42件。');

    act(() => void fireEvent.click(screen.getByText('标题')));
    expect(fake.model.selection).toEqual({ key: fake.paragraphs()[0]?.key, mode: 'End' });
    expect(container.querySelector('[aria-current="true"]')?.textContent).toBe('标题');
  });

  test('from the keyboard: the document is one tab stop, the arrow keys move the cursor between paragraphs', () => {
    const fake = createFakeWord(['一', '二', '三']);
    render(createElement(DocumentView, { fake, label: '示例文档' }));
    const document = screen.getByRole('article', { name: '示例文档' });
    expect(document.tabIndex).toBe(0);
    act(() => void fireEvent.keyDown(document, { key: 'ArrowDown' }));
    act(() => void fireEvent.keyDown(document, { key: 'ArrowDown' }));
    expect(fake.model.selectedIndex()).toBe(1);
    act(() => void fireEvent.keyDown(document, { key: 'ArrowUp' }));
    expect(fake.model.selectedIndex()).toBe(0);
  });

  test('hidden text is not shown, as Word shows a page with formatting marks off', () => {
    const fake = createFakeWord([{ runs: [{ text: '全年办理42件。' }, { text: '（旧稿：40件）', hidden: true }] }]);
    const { container } = render(createElement(DocumentView, { fake, label: '示例文档' }));
    expect(container.querySelector('p')?.textContent).toBe('全年办理42件。');
  });
});
