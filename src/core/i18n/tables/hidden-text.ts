/**
 * What reading a document says about its hidden text, in Word and from a .docx: its own table because the pane's
 * first panel shows it (the rest of the file messages load later).
 */
import type { MessageTable } from '../render';

export const HIDDEN_TEXT_MESSAGES: MessageTable = {
  'hidden-text': {
    'zh-CN': '文档有 {count} 段含隐藏文字（第一处在第 {first} 段）；隐藏文字不算报告内容，检查时已略去。如需保留，请取消“隐藏”效果。',
    'en-US': {
      one: 'The document has hidden text in {count} paragraph (paragraph {first}); hidden text is not part of the report and was left out of the check. To keep it, turn off the Hidden font effect.',
      other: 'The document has hidden text in {count} paragraphs (the first is paragraph {first}); hidden text is not part of the report and was left out of the check. To keep it, turn off the Hidden font effect.',
    },
  },
  'hidden-text-unchecked': {
    'zh-CN': '此版本的 Word 无法区分隐藏文字，隐藏文字（如有）已按正文检查。',
    'en-US': 'This version of Word cannot tell hidden text apart; any hidden text was checked as part of the text.',
  },
};
