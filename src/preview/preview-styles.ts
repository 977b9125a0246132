/** The preview page's own layout (the pane styles itself with Fluent UI). */
export const PREVIEW_CSS = `
.preview { display: flex; flex-direction: column; height: 100vh; }
.preview-banner { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; padding: 8px 16px; background: #fff4ce; border-bottom: 1px solid #e1c16e; color: #3b2e00; }
.preview-main { display: flex; flex: 1; min-height: 0; }
.preview-document { flex: 1; overflow: auto; padding: 32px 48px; background: #f3f2f1; }
.preview-document p { max-width: 680px; margin: 0 auto; padding: 4px 12px; background: #fff; line-height: 1.8; white-space: pre-wrap; }
.preview-document p[data-selected] { outline: 2px solid #0f6cbd; background: #ebf3fc; }
.preview-document mark[data-selected-words] { background: #0f6cbd; color: #fff; }
.preview-document p.preview-placeholder { color: #616161; font-style: italic; }
.preview-document p[data-tag] { box-shadow: inset 3px 0 0 #b4d6fa; }
.preview-table { max-width: 704px; margin: 4px auto; border-collapse: collapse; background: #fff; font-size: 0.8em; }
.preview-table td { border: 1px solid #616161; padding: 0; vertical-align: top; }
.preview-table td p { max-width: none; margin: 0; padding: 2px 6px; line-height: 1.4; }
.preview-pane { width: 320px; flex: none; overflow: auto; border-left: 1px solid #d1d1d1; background: #fff; }
`;
