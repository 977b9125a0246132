/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { fakeWord } from '../word/helpers';
import { renderApp } from './helpers/render';

beforeEach(() => window.localStorage.clear());

describe('hidden text in the open document', () => {
  test('the check panel says how many paragraphs hold hidden text and where the first is', async () => {
    const { host } = fakeWord([
      '某区司法局2023年法治政府建设年度情况报告',
      '一、主要举措和成效',
      { runs: [{ text: '五、其他需要报告的情况', hidden: true }] },
      { runs: [{ text: '全年审查规范性文件十二件。' }, { text: '（旧稿）', hidden: true }] },
    ]);
    const { user } = renderApp({ host, initialPanel: 'check' });
    await user.click(screen.getByRole('button', { name: '检查' }));
    await screen.findByTestId('check-summary');
    expect(screen.getByText(/隐藏文字/).textContent).toContain('文档有 2 段含隐藏文字（第一处在第 3 段）');
    expect(document.querySelector('li[data-part="other-matters"]')?.getAttribute('data-mark')).toBe('optional');
  });
});
