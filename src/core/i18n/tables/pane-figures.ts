/** The figures panel's words: the data file's source, the comparison, linked figures and what became of them. */
import type { MessageTable } from '../render';

export const PANE_FIGURE_MESSAGES = {
  'pane-figures-intro': {
    'zh-CN': '从法制机构的数据文件（Excel、CSV 或 JSON）取上年和本年的数字，插入对比表或句中数字；插入的数字与文件关联，可一键刷新。',
    'en-US': 'Take last year’s and this year’s figures from the legal-affairs office’s data file (Excel, CSV or JSON) and insert a comparison table or a figure in a sentence; inserted figures stay linked to the file and refresh in one click.',
  },
  'pane-figures-source-heading': { 'zh-CN': '数据文件', 'en-US': 'Data file' },
  'pane-figures-choose-file': { 'zh-CN': '选择文件…', 'en-US': 'Choose file…' },
  'pane-figures-file-types': { 'zh-CN': '数据文件（Excel、CSV、JSON）', 'en-US': 'Data files (Excel, CSV, JSON)' },
  'pane-figures-file-hint': { 'zh-CN': '文件只在本机读取，不会上传。', 'en-US': 'The file is read on this computer only; nothing is uploaded.' },
  'pane-figures-url-label': { 'zh-CN': '或输入文件地址（https）', 'en-US': 'Or the file’s address (https)' },
  'pane-figures-url-hint': { 'zh-CN': '地址保存在本文档中，“全部刷新”时重新读取。', 'en-US': 'The address is kept in this document and read again on “Refresh all”.' },
  'pane-figures-load-url': { 'zh-CN': '载入', 'en-US': 'Load' },
  'pane-figures-url-not-https': { 'zh-CN': '请输入以 https:// 开头的地址。', 'en-US': 'Enter an address starting with https://.' },
  /** The pane runs on https; a browser does not let such a page read an http address (mixed content). */
  'pane-figures-url-http': {
    'zh-CN': 'http:// 地址读不了：本加载项在 https 安全页面中运行，浏览器不允许这样的页面读取不加密的 http 地址（混合内容）。请改用该文件的 https:// 地址，或在浏览器中下载保存后用“选择文件…”载入。',
    'en-US': 'An http:// address cannot be read: this add-in runs on a secure https page, and browsers do not let such a page read an unencrypted http address (mixed content). Use the file’s https:// address, or download the file in a browser and load it with “Choose file…”.',
  },
  'pane-figures-url-local-path': {
    'zh-CN': '这是本机或共享文件夹里的文件路径，不是网址：请用“选择文件…”选择这个文件。',
    'en-US': 'This is the path of a file on this computer or a shared folder, not a web address: load it with “Choose file…”.',
  },
  'pane-figures-url-incomplete': {
    'zh-CN': '这不是完整的网址：请从浏览器地址栏复制以 https:// 开头的完整地址，再粘贴到这里。',
    'en-US': 'This is not a complete web address: copy the whole address, starting with https://, from the browser’s address bar and paste it here.',
  },
  'pane-figures-cancel-load': { 'zh-CN': '取消', 'en-US': 'Cancel' },
  'pane-figures-cancelled': {
    'zh-CN': '已取消载入，文档没有改动。',
    'en-US': 'Loading was cancelled; the document was not changed.',
  },
  'pane-figures-use-sample': { 'zh-CN': '试用示例数据', 'en-US': 'Try the sample data' },
  'pane-figures-loading': { 'zh-CN': '正在读取数据文件… {percent}%', 'en-US': 'Reading the data file… {percent}%' },
  /** {figures} and {units} are the two counts below, each rendered with its own plural. */
  'pane-figures-loaded-from': { 'zh-CN': '已载入“{source}”：{figures}，{units}。', 'en-US': 'Loaded “{source}”: {figures}, {units}.' },
  'pane-figures-count-figures': { 'zh-CN': '{count} 个数字', 'en-US': { one: '{count} figure', other: '{count} figures' } },
  'pane-figures-count-units': { 'zh-CN': '{count} 个单位', 'en-US': { one: '{count} unit', other: '{count} units' } },
  'pane-figures-read-at': { 'zh-CN': '{time} 读取。', 'en-US': 'Read at {time}.' },
  /** After a file failed to load: the figures still shown are not from it. */
  'pane-figures-still-from': {
    'zh-CN': '下面的数字仍来自“{source}”（{time} 读取），不是刚才选的文件。',
    'en-US': 'The figures below are still those of “{source}” (read at {time}), not of the file just chosen.',
  },
  'pane-figures-sample-name': { 'zh-CN': '示例数据', 'en-US': 'sample data' },
  'pane-figures-problems-heading': {
    'zh-CN': '文件中有 {count} 处问题（其余数据已载入）',
    'en-US': { one: '{count} problem in the file (the rest is loaded)', other: '{count} problems in the file (the rest is loaded)' },
  },
  'pane-figures-more-problems': { 'zh-CN': '另有 {count} 处问题未列出。', 'en-US': '{count} more not listed.' },
  /** Why a data file's address could not be read, saying what to do; a browser reports network and CORS failures alike. */
  'pane-figures-fetch-refused': {
    'zh-CN': '服务器拒绝了请求（HTTP {status}）：请核对地址，或请文件所在网站的管理员检查权限。',
    'en-US': 'The server refused the request (HTTP {status}): check the address, or ask the site\'s administrator about access.',
  },
  'pane-figures-fetch-unreachable': {
    'zh-CN': '连不上这个地址：请检查网络和地址；如果地址没错，可能是该网站不允许本加载项读取（CORS），请改为下载后用“选择文件”载入。',
    'en-US': 'Could not reach this address: check the network and the address. If it is right, the site may not allow this add-in to read it (CORS); download the file and load it with “Choose file” instead.',
  },
  /** A server behind a sign-in (SSO) answers the pane, which sends no cookies, with its login page. */
  'pane-figures-fetch-sign-in': {
    'zh-CN': '服务器要求先登录（返回的是登录页面，不是数据文件），本加载项不会代为登录：请在浏览器中登录后把文件下载保存，再用“选择文件…”载入。',
    'en-US': 'The server asked for a sign-in (it answered with a sign-in page, not the data file), and this add-in does not sign in for you: sign in in a browser, save the file, then load it with “Choose file…”.',
  },
  'pane-figures-fetch-timeout': {
    'zh-CN': '服务器 {seconds} 秒没有回应，已停止读取：请稍后再试，或在浏览器中下载保存后用“选择文件…”载入。',
    'en-US': 'The server did not answer for {seconds} seconds, so reading stopped: try again later, or download the file in a browser and load it with “Choose file…”.',
  },
  'pane-figures-fetch-too-large': {
    'zh-CN': '这个地址的文件超过 {limitMiB} MiB，读到上限时已停止下载：数据文件通常只有几 MB，请核对地址是否指向数据文件。',
    'en-US': 'The file at this address is larger than {limitMiB} MiB; downloading stopped at the limit. Data files are usually a few MB: check that the address is the data file’s.',
  },
  'pane-figures-fetch-cancelled': { 'zh-CN': '已取消读取这个地址。', 'en-US': 'Reading this address was cancelled.' },
  /** The readers' code, loaded on demand, did not come: whatever the source (a file, an address, the sample). */
  'pane-figures-code-unavailable': {
    'zh-CN': '没能读取数据：读取它的程序没有从服务器载入（可能是网络断开，或报告助手刚更新过），不是数据文件的问题。请检查网络后再载入一次；如果仍不成功，请关闭任务窗格后重新打开。',
    'en-US': 'The data could not be read: the code that reads it did not load from the server (the network may be down, or Report Assistant has just been updated); the data file is not at fault. Check the connection, then load it again; if it keeps failing, close the pane and open it again.',
  },
  /** Reading failed in a way none of the messages above foresees: the error's own words, and what to try. */
  'pane-figures-read-failed': {
    'zh-CN': '没能读取数据（{detail}）。请再载入一次；如果仍不成功，请关闭任务窗格后重新打开。',
    'en-US': 'The data could not be read ({detail}). Load it again; if it keeps failing, close the pane and open it again.',
  },
  /** A chosen file that can no longer be read: in Chromium, a file from the file box changed on disk since. */
  'pane-figures-file-unreadable': {
    'zh-CN': '“{name}”读不出来：选择之后它在磁盘上改过（或被移走），浏览器不允许本页直接重新读取改过的文件。请再点“选择文件…”选它一次，然后点“全部刷新”。',
    'en-US': '“{name}” could not be read: it changed on disk (or moved) after it was chosen, and the browser does not let this page read a changed file again. Click “Choose file…”, choose it once more, then “Refresh all”.',
  },
  'pane-figures-unit-label': { 'zh-CN': '单位', 'en-US': 'Unit' },
  'pane-figures-year-label': { 'zh-CN': '报告年度', 'en-US': 'Report year' },
  'pane-figures-table-caption': { 'zh-CN': '{unit}{prior}年与{year}年数据对比', 'en-US': '{unit}: {prior} against {year}' },
  'pane-figures-column-indicator': { 'zh-CN': '指标', 'en-US': 'Indicator' },
  'pane-figures-column-year': { 'zh-CN': '{year}年', 'en-US': '{year}' },
  'pane-figures-column-change': { 'zh-CN': '增减', 'en-US': 'Change' },
  'pane-figures-column-yoy': { 'zh-CN': '同比', 'en-US': 'Year on year' },
  'pane-figures-insert-figure': { 'zh-CN': '在光标处插入“{indicator}”本年数字', 'en-US': 'Insert this year’s “{indicator}” at the cursor' },
  'pane-figures-insert-table': { 'zh-CN': '在光标后插入对比表', 'en-US': 'Insert the comparison table after the cursor' },
  'pane-figures-insert-hint': {
    'zh-CN': '点指标名，把它的本年数字插到光标处；先在文档中点到要插入的位置。',
    'en-US': 'Click an indicator’s name to put this year’s figure at the cursor; click in the document where it should go first.',
  },
  'pane-figures-no-rows': { 'zh-CN': '数据文件中没有{unit}{prior}年或{year}年的数字。', 'en-US': 'The data file has no figures for {unit} in {prior} or {year}.' },
  'pane-figures-links-heading': { 'zh-CN': '已插入的关联数字', 'en-US': 'Linked figures in the document' },
  'pane-figures-refresh': { 'zh-CN': '全部刷新', 'en-US': 'Refresh all' },
  'pane-figures-refresh-reloads': {
    'zh-CN': '先重新读取数据文件，再更新文档中所有关联的数字和表格；其他文字不动。',
    'en-US': 'Reads the data file again, then updates every linked figure and table in the document; nothing else changes.',
  },
  'pane-figures-roll-forward': { 'zh-CN': '顺延一年（改为 {year} 年）', 'en-US': 'Roll forward one year (to {year})' },
  'pane-figures-freeze': { 'zh-CN': '定稿：取消关联', 'en-US': 'Freeze for publishing' },
  'pane-figures-freeze-confirm': { 'zh-CN': '取消关联', 'en-US': 'Remove the links' },
  'pane-figures-freeze-cancel': { 'zh-CN': '暂不', 'en-US': 'Not now' },
  'pane-figures-freeze-warning': { 'zh-CN': '定稿后数字变成普通文字，不能再刷新。确定吗？', 'en-US': 'Frozen figures become plain text and can no longer be refreshed. Go ahead?' },
  'pane-figures-refreshed': { 'zh-CN': '已更新 {count} 处数字：', 'en-US': { one: 'Updated {count} figure:', other: 'Updated {count} figures:' } },
  'pane-figures-unchanged': { 'zh-CN': '数字都已是最新，没有改动。', 'en-US': 'Every figure is up to date; nothing changed.' },
  'pane-figures-typed-left': {
    'zh-CN': '{count} 处关联数字里有手写文字，未改动：点“检查”可定位，把文字移到数字之后再刷新。',
    'en-US': { one: '{count} linked figure holds typed words and was left as it is: Check shows where; move the words out after it, then refresh.', other: '{count} linked figures hold typed words and were left as they are: Check shows where; move the words out after them, then refresh.' },
  },
  'pane-figures-locked-left': {
    'zh-CN': '{count} 处关联数字所在的内容控件设为“无法编辑内容”，未改动：如需更新，请先在“开发工具 → 属性”里取消这一设置。',
    'en-US': { one: '{count} linked figure is in a content control whose contents cannot be edited, so it was left as it is: to update it, clear that setting under Developer → Properties first.', other: '{count} linked figures are in content controls whose contents cannot be edited, so they were left as they are: to update them, clear that setting under Developer → Properties first.' },
  },
  'pane-figures-tracked-left': {
    'zh-CN': '{count} 处关联数字里有修订（修订模式下的删改），这个版本的 Word 读不出修订后的数字，未改动：请先在“审阅”中接受或拒绝这些修订，再刷新。',
    'en-US': { one: '{count} linked figure holds tracked changes this version of Word cannot read past, so it was left as it is: accept or reject them under Review, then refresh.', other: '{count} linked figures hold tracked changes this version of Word cannot read past, so they were left as they are: accept or reject them under Review, then refresh.' },
  },
  'pane-figures-rolled': { 'zh-CN': '已把 {count} 处关联顺延到 {year} 年。', 'en-US': { one: 'Moved {count} link on to {year}.', other: 'Moved {count} links on to {year}.' } },
  'pane-figures-roll-gaps': {
    'zh-CN': '文中 {links} 处关联数字里，有 {count} 处在数据文件中还没有 {year} 年的数字：顺延后这些位置（包括句中的）会显示“—”，直到文件补上后点“全部刷新”。现在顺延吗？',
    'en-US': { one: '{count} of the {links} linked figures has no figure for {year} in the data file: rolled forward, it shows “—” (in sentences too) until the file has it and you click “Refresh all”. Roll forward now?', other: '{count} of the {links} linked figures have no figure for {year} in the data file: rolled forward, they show “—” (in sentences too) until the file has them and you click “Refresh all”. Roll forward now?' },
  },
  'pane-figures-roll-anyway': { 'zh-CN': '仍然顺延', 'en-US': 'Roll forward anyway' },
  'pane-figures-roll-cancel': { 'zh-CN': '暂不顺延', 'en-US': 'Not now' },
  'pane-figures-rolled-gaps': {
    'zh-CN': '其中 {count} 处暂无 {year} 年的数字，显示为“—”：数据文件补上后点“全部刷新”。',
    'en-US': { one: '{count} of them has no figure for {year} yet and shows “—”: click “Refresh all” once the data file has it.', other: '{count} of them have no figure for {year} yet and show “—”: click “Refresh all” once the data file has them.' },
  },
  'pane-figures-frozen': {
    'zh-CN': '已取消 {count} 处关联，数字保留为普通文字。',
    'en-US': { one: 'Removed {count} link; the figures stay as plain text.', other: 'Removed {count} links; the figures stay as plain text.' },
  },
  'pane-figures-inserted': { 'zh-CN': '已插入，并与数据文件关联。', 'en-US': 'Inserted, linked to the data file.' },
  /** One changed link in the list after a refresh: 收案数（2024 增减）：96 → 112; a year heading has no label. */
  'pane-figures-link-label': { 'zh-CN': '{indicator}（{year}{kind}）', 'en-US': '{indicator}（{year}{kind}）' },
  'pane-figures-change': { 'zh-CN': '{label}：{before} → {after}', 'en-US': '{label}: {before} → {after}' },
  'pane-figures-change-unlabelled': { 'zh-CN': '{before} → {after}', 'en-US': '{before} → {after}' },
  'pane-figures-reload-failed': {
    'zh-CN': '数据文件没有读出（原因见上），文档中的数字一处也没有改。',
    'en-US': 'The data file could not be read (see above); no figure in the document was changed.',
  },
  'pane-figures-working': { 'zh-CN': '正在处理…', 'en-US': 'Working…' },
} satisfies MessageTable;
