// The preview page: the real task pane beside a sample document, in a plain browser, through the same
// test Word host the browser tests use. It says plainly that it is a preview, not Word.
import { useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { start } from '../taskpane/bootstrap';
import { connectToWord } from '../word/connect';
import { DocumentView } from './DocumentView';
import { createFakeWord, installFakeOffice, SAMPLE_DOCUMENTS, type FakeWord, type SampleName } from './fake-word';
import { PREVIEW_CSS } from './preview-styles';

const params = new URLSearchParams(window.location.search);
const sample: SampleName = params.get('doc') === 'empty' ? 'empty' : 'report';
const english = (params.get('lang') ?? navigator.language).toLowerCase().startsWith('en');
const fake = createFakeWord(SAMPLE_DOCUMENTS[sample], { displayLanguage: english ? 'en-US' : 'zh-CN' });
installFakeOffice(window, fake);
// Browser tests look at the document through this handle.
(window as unknown as { reportAssistantPreview: FakeWord }).reportAssistantPreview = fake;

const TEXT = english
  ? { banner: 'Preview — this is not Word. On the left a sample document, on the right the real task pane working on it.', sample: 'Sample', report: 'Report without the leader-duties part', empty: 'Empty document', document: 'Sample document', pane: 'Task pane' }
  : { banner: '预览：这里不是 Word。左边是示例文档，右边是真正的任务窗格，操作会作用在示例文档上。', sample: '示例', report: '缺少“第一责任人职责”部分的报告', empty: '空白文档', document: '示例文档', pane: '任务窗格' };

function Preview() {
  const paneRef = useRef<HTMLElement | null>(null);
  // The pane mounts into its column once React has rendered the column (once: the pane owns it after).
  useEffect(() => {
    if (paneRef.current) void start(paneRef.current, connectToWord, { search: window.location.search, fallbackLanguage: english ? 'en-US' : 'zh-CN' });
  }, []);
  const choose = (next: string) => {
    params.set('doc', next);
    window.location.search = params.toString();
  };
  return (
    <div className="preview">
      <style>{PREVIEW_CSS}</style>
      <header className="preview-banner" role="banner">
        <strong>{TEXT.banner}</strong>
        <label>
          {TEXT.sample}{' '}
          <select value={sample} onChange={(e) => choose(e.target.value)}>
            <option value="report">{TEXT.report}</option>
            <option value="empty">{TEXT.empty}</option>
          </select>
        </label>
      </header>
      <div className="preview-main">
        <DocumentView fake={fake} label={TEXT.document} />
        <aside className="preview-pane" aria-label={TEXT.pane} id="pane" ref={paneRef} />
      </div>
    </div>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<Preview />);
