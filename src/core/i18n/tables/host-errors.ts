/** A host error's kind (src/host/contract HostErrorKind) in plain words: a title, and what to do about it. */
import type { MessageTable } from '../render';

export const HOST_ERROR_MESSAGES = {
  'host-error.outside-office.title': { 'zh-CN': '请在 Word 中打开报告助手', 'en-US': 'Open Report Assistant in Word' },
  'host-error.outside-office.body': {
    'zh-CN': '这个页面是在浏览器中直接打开的，无法读取文档。请在 Word 的“开始”选项卡中点击“报告助手”。',
    'en-US': 'This page was opened in a browser, so there is no document to read. In Word, choose Report Assistant on the Home tab.',
  },
  'host-error.office-unavailable.title': { 'zh-CN': '没能从微软的地址载入 office.js', 'en-US': 'office.js could not be loaded from Microsoft' },
  'host-error.office-unavailable.body': {
    'zh-CN': '报告助手要从 https://appsforoffice.microsoft.com/lib/1/hosted/office.js 载入 Office 的脚本才能读写文档，这次没有载入（常见原因是单位内网不能访问微软的这个地址）。请信息化部门放行 appsforoffice.microsoft.com（HTTPS，443 端口），然后关闭并重新打开本窗格。',
    'en-US': 'Report Assistant loads Office’s script from https://appsforoffice.microsoft.com/lib/1/hosted/office.js to read and write the document, and it could not be loaded (often an intranet that cannot reach this Microsoft address). Ask IT to allow appsforoffice.microsoft.com (HTTPS, port 443), then close and reopen this pane.',
  },
  'host-error.unsupported.title': { 'zh-CN': '这个版本的 Word 不支持报告助手', 'en-US': 'This version of Word cannot run Report Assistant' },
  'host-error.unsupported.body': {
    'zh-CN': '报告助手需要 Microsoft 365 版 Word、Word 2021 或更高版本，或网页版 Word。请升级 Office，或改用网页版 Word。',
    'en-US': 'Report Assistant needs Word for Microsoft 365, Word 2021 or later, or Word on the web. Update Office, or use Word on the web.',
  },
  'host-error.read-only.title': { 'zh-CN': '文档是只读的', 'en-US': 'The document is read-only' },
  'host-error.read-only.body': {
    'zh-CN': '文档处于只读或受保护状态，无法插入。请先点击“启用编辑”或取消文档保护，再试一次。',
    'en-US': 'The document is read-only or protected, so nothing can be inserted. Choose Enable Editing or remove the protection, then try again.',
  },
  'host-error.document-changed.title': { 'zh-CN': '文档已有改动', 'en-US': 'The document changed' },
  'host-error.document-changed.body': {
    'zh-CN': '读取文档之后，文档又有了改动。为免插错位置，这次没有插入。请重新读取文档，再试一次。',
    'en-US': 'The document changed after it was read, so nothing was inserted (it could have landed in the wrong place). Read it again, then try again.',
  },
  'host-error.not-found.title': { 'zh-CN': '找不到这一段', 'en-US': 'That paragraph is no longer there' },
  'host-error.not-found.body': { 'zh-CN': '这一段已不在原来的位置，文档可能已有改动。请重新检查。', 'en-US': 'The document may have changed since the check. Check again.' },
  'host-error.paragraph-changed.title': { 'zh-CN': '这一段已有改动', 'en-US': 'That paragraph changed' },
  'host-error.paragraph-changed.body': {
    'zh-CN': '检查之后，这一段又有了改动。为免改错，编号没有改。请重新检查，再改编号。',
    'en-US': 'The paragraph changed after the check, so its number was left as it is (it could have gone wrong). Check again, then change the number.',
  },
  'host-error.locked.title': { 'zh-CN': '插入位置被锁定', 'en-US': 'That place is locked' },
  'host-error.locked.body': {
    'zh-CN': '要插入的位置在一个设为“无法编辑内容”的内容控件里，这次什么也没有插入。请在 Word 中选中该控件，在“开发工具 → 属性”里取消“无法编辑内容”，再试一次。',
    'en-US': 'The place to insert is inside a content control whose contents cannot be edited, so nothing was inserted. In Word, select the control, clear “Contents cannot be edited” under Developer → Properties, then try again.',
  },
  'host-error.no-cursor.title': { 'zh-CN': '请先把光标放到要插入的位置', 'en-US': 'Place the cursor first' },
  'host-error.no-cursor.body': {
    'zh-CN': '光标在文档最开头（标题之前），数字插在这里会和标题连在一起，这次没有插入。请先在文档中点一下要放数字的位置（比如句子末尾），再点指标名。',
    'en-US': 'The cursor is at the very start of the document (before the title), where a figure would run into the title, so nothing was inserted. Click in the document where the figure should go (the end of a sentence, say), then click the indicator.',
  },
  'host-error.code-unavailable.title': { 'zh-CN': '报告助手的程序没有载入', 'en-US': 'Report Assistant’s code did not load' },
  'host-error.code-unavailable.body': {
    'zh-CN': '这一步要用的程序没有从服务器载入（可能是网络断开，或报告助手刚更新过）。这与 Word 和文档无关。请检查网络后再试一次；如果仍不成功，请关闭任务窗格后重新打开。',
    'en-US': 'The code for this step did not load from the server (the network may be down, or Report Assistant has just been updated); Word and the document are not at fault. Check the connection, then try again; if it keeps failing, close the pane and open it again.',
  },
  'host-error.failed.title': { 'zh-CN': '操作没有完成', 'en-US': 'That did not work' },
  'host-error.failed.body': {
    'zh-CN': 'Word 没有完成这次操作。请再试一次；如果仍不成功，请关闭任务窗格后重新打开。',
    'en-US': 'Word did not finish the operation. Try again; if it keeps failing, close the pane and open it again.',
  },
} satisfies MessageTable;
