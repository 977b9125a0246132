/** 对比上年报告 in the check panel: picking last year's .docx, the per-part summary and last year's plans as a checklist. */
import type { MessageTable } from '../render';

export const PANE_PREVIOUS_MESSAGES = {
  'pane-previous-heading': { 'zh-CN': '对比上年报告', 'en-US': 'Compare with last year’s report' },
  'pane-previous-intro': {
    'zh-CN': '选择上年的报告（.docx），检查时会找出沿用上年的文字、上年安排是否写到、没有变化的数字。文件只在本机读取，不会上传。',
    'en-US': 'Pick last year’s report (.docx): the check then finds text carried over, whether last year’s plans are taken up, and figures left unchanged. The file is read on this computer only; nothing is uploaded.',
  },
  'pane-previous-pick': { 'zh-CN': '选择上年报告…', 'en-US': 'Pick last year’s report…' },
  'pane-previous-pick-other': { 'zh-CN': '换一份', 'en-US': 'Pick another' },
  'pane-previous-forget': { 'zh-CN': '不再对比', 'en-US': 'Stop comparing' },
  'pane-previous-reading': { 'zh-CN': '正在读取上年报告…', 'en-US': 'Reading last year’s report…' },
  'pane-previous-chosen': { 'zh-CN': '上年报告：{name}', 'en-US': 'Last year’s report: {name}' },
  'pane-previous-ask-again': {
    'zh-CN': '此文档上次对比的是“{name}”，但这台电脑上没有保存它的内容：请再选一次。',
    'en-US': 'This document was compared with “{name}”, but its text is not kept on this computer: pick it again.',
  },
  'pane-previous-not-docx': {
    'zh-CN': '“{name}”不是 .docx 文件：请在 Word 中打开上年报告，另存为 .docx 后再选。',
    'en-US': '“{name}” is not a .docx file: open last year’s report in Word, save it as .docx and pick that.',
  },
  'pane-previous-unreadable': { 'zh-CN': '无法读取“{name}”：{detail}', 'en-US': 'Cannot read “{name}”: {detail}' },
  'pane-previous-not-kept': {
    'zh-CN': '这台电脑不允许本加载项保存数据，下次打开此文档时需要重新选择上年报告。',
    'en-US': 'This computer does not let the add-in keep data: you will pick last year’s report again next time.',
  },
  'pane-previous-summary-heading': { 'zh-CN': '沿用上年文字', 'en-US': 'Text carried over' },
  'pane-previous-overall': { 'zh-CN': '全文 {share}%', 'en-US': 'Whole report {share}%' },
  'pane-previous-part-share': { 'zh-CN': '{part}：{share}%（{count} 段）', 'en-US': { one: '{part}: {share}% ({count} paragraph)', other: '{part}: {share}% ({count} paragraphs)' } },
  'pane-previous-run-check': { 'zh-CN': '点“检查”后显示对比结果。', 'en-US': 'Press Check to see the comparison.' },
  'pane-previous-plans-heading': { 'zh-CN': '上年安排的落实情况（逐项核对后勾选）', 'en-US': 'Last year’s plans (tick each once confirmed)' },
  'pane-previous-plan-found': { 'zh-CN': '本年举措中写到了', 'en-US': 'taken up in this year’s measures' },
  'pane-previous-plan-not-found': { 'zh-CN': '本年举措中没有找到', 'en-US': 'not found in this year’s measures' },
  'pane-previous-plan-locate': { 'zh-CN': '定位', 'en-US': 'Go to' },
  'pane-previous-no-plans': { 'zh-CN': '上年报告中没有找到“下一年度主要安排”的条目。', 'en-US': 'No items of next year’s plans were found in last year’s report.' },
} satisfies MessageTable;
