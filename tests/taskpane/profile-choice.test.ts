/** @jest-environment jsdom */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import iconv from 'iconv-lite';
import type { Profile } from '../../src/core/profile';
import { BUILT_IN_PROFILES, DEFAULT_PROFILE } from '../../src/core/profiles';
import { loadPreferences } from '../../src/taskpane/preferences';
import { renderApp, scaffoldReady, seriousViolations } from './helpers/render';
import { EMPTY_DOC, ROUGH_DOC, StubHost, wordDoc } from './helpers/stub-host';

const FIXTURES = join(__dirname, '..', 'fixtures');
const WORK_SAFETY_JSON = readFileSync(join(FIXTURES, 'profiles', 'work-safety-annual.json'), 'utf8');
const WORK_SAFETY = JSON.parse(WORK_SAFETY_JSON) as Profile;
const WORK_SAFETY_DOC = wordDoc(...readFileSync(join(FIXTURES, 'work-safety-2024.txt'), 'utf8').split('\n'));

const GOV_INFO_TITLE = '2024年政府信息公开工作年度报告';
const GOV_INFO_DOC = wordDoc('某某县人民政府办公室', GOV_INFO_TITLE, '一、总体情况', '全年主动公开政府信息1200条。', '某某县人民政府办公室', '2025年1月20日');
const RULE_OF_LAW = DEFAULT_PROFILE;

/**
 * The profile a 政府信息公开 title should be told as: the built-in one when core has it, else (while it is
 * still being added) a stand-in user profile with such title cues, loaded as a previous session would have.
 */
const BUILT_IN_GOV_INFO = BUILT_IN_PROFILES.find((p) => p !== RULE_OF_LAW && p.titleCues.some((cue) => new RegExp(cue).test(GOV_INFO_TITLE)));
const GOV_INFO: Profile = BUILT_IN_GOV_INFO ?? {
  ...WORK_SAFETY,
  id: 'gov-info-stand-in',
  name: { 'zh-CN': '政府信息公开工作年度报告（测试）', 'en-US': 'Government information disclosure (test)' },
  titleCues: ['政府信息公开.*报告'],
};

function storePreferences(prefs: { profileId?: string | null; userProfiles?: unknown[]; unitName?: string }) {
  window.localStorage.setItem('@report-assistant/preferences', JSON.stringify({ unitName: '', profileId: null, userProfiles: [], ...prefs }));
}

beforeEach(() => {
  window.localStorage.clear();
  if (!BUILT_IN_GOV_INFO) storePreferences({ userProfiles: [GOV_INFO] });
});

function visiblePanel(): HTMLElement {
  const panel = screen.getAllByRole('tabpanel', { hidden: true }).find((p) => !p.hidden);
  if (!panel) throw new Error('no visible panel');
  return panel;
}

const inPanel = () => within(visiblePanel());
const reportType = () => inPanel().getByRole('combobox', { name: /报告类型|Report type/ }) as HTMLSelectElement;
const optionIds = () => Array.from(reportType().options).map((o) => o.value);
const fileInput = () => visiblePanel().querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
const checklistParts = () => Array.from(visiblePanel().querySelectorAll('section li[data-part]')).map((li) => li.getAttribute('data-part'));
const partIds = (profile: Profile) => profile.parts.map((p) => p.id);

function jsonFile(text: BlobPart, name = 'work-safety-annual.json'): File {
  return new File([text], name, { type: 'application/json' });
}

async function runCheck(user: ReturnType<typeof renderApp>['user'], lang: 'zh-CN' | 'en-US' = 'zh-CN') {
  await user.click(inPanel().getByRole('button', { name: lang === 'zh-CN' ? /^(重新)?检查$/ : /^Check( again)?$/ }));
  await screen.findByTestId('check-summary');
}

describe('the report type told from the title', () => {
  test('a 法治政府建设 title', async () => {
    renderApp({ host: new StubHost(ROUGH_DOC) });
    await scaffoldReady();
    expect(reportType().value).toBe(RULE_OF_LAW.id);
    expect(inPanel().getByText(`根据标题判断为：${RULE_OF_LAW.name['zh-CN']}`)).toBeTruthy();
    // The hint describes the list, so a screen reader hears it with the label.
    expect(reportType().getAttribute('aria-describedby')).toBeTruthy();
  });

  test('a 政府信息公开 title', async () => {
    renderApp({ host: new StubHost(GOV_INFO_DOC) });
    await scaffoldReady();
    expect(reportType().value).toBe(GOV_INFO.id);
    expect(inPanel().getByText(`根据标题判断为：${GOV_INFO.name['zh-CN']}`)).toBeTruthy();
    expect(inPanel().queryByText(`根据标题判断为：${RULE_OF_LAW.name['zh-CN']}`)).toBeNull();
  });

  test('no title (a page copied from a website): told from the text, and said so', async () => {
    const doc = wordDoc('根据《中华人民共和国政府信息公开条例》规定，现公布本局政府信息公开工作年度报告。', '一、总体情况', '全年主动公开政府信息300条，依申请公开2件。', '二、主动公开政府信息情况', '见下表。');
    renderApp({ host: new StubHost(doc) });
    await scaffoldReady();
    expect(reportType().value).toBe('gov-info-disclosure-annual');
    expect(inPanel().getByText(`未找到标题，根据正文判断为：${GOV_INFO.name['zh-CN']}`)).toBeTruthy();
  });

  test('in English', async () => {
    renderApp({ host: new StubHost(GOV_INFO_DOC), lang: 'en-US' });
    await scaffoldReady();
    expect(inPanel().getByText(`Told from the title: ${GOV_INFO.name['en-US']}`)).toBeTruthy();
  });

  test('a title that tells nothing: the default, said so', async () => {
    renderApp({ host: new StubHost(wordDoc('关于近期工作的汇报', '一、基本情况', '略。')) });
    await scaffoldReady();
    expect(reportType().value).toBe(RULE_OF_LAW.id);
    expect(inPanel().getByText(`标题中看不出是哪种报告，暂按：${RULE_OF_LAW.name['zh-CN']}`)).toBeTruthy();
  });

  test('an empty document: no hint (there is no title yet)', async () => {
    renderApp({ host: new StubHost(EMPTY_DOC) });
    await scaffoldReady();
    expect(inPanel().queryByText(/根据标题判断为|标题中看不出/)).toBeNull();
  });

  test('the check panel alone (the ribbon’s check button) tells it from the document it checks', async () => {
    renderApp({ host: new StubHost(GOV_INFO_DOC), autoRun: true });
    await screen.findByTestId('check-summary');
    expect(checklistParts()).toEqual(partIds(GOV_INFO));
    expect(screen.getByTestId('checked-as').textContent).toBe(`按“${GOV_INFO.name['zh-CN']}”检查（根据标题判断）`);
  });
});

describe('choosing the report type', () => {
  test('changing the choice changes the checklist, and the scaffold panel follows', async () => {
    const { user } = renderApp({ host: new StubHost(ROUGH_DOC), initialPanel: 'check' });
    await runCheck(user);
    expect(checklistParts()).toEqual(partIds(RULE_OF_LAW));
    expect(screen.getByTestId('checked-as').textContent).toBe(`按“${RULE_OF_LAW.name['zh-CN']}”检查（根据标题判断）`);

    await user.selectOptions(reportType(), GOV_INFO.id);
    expect(checklistParts()).toEqual(partIds(GOV_INFO));
    expect(screen.getByTestId('checked-as').textContent).toBe(`按“${GOV_INFO.name['zh-CN']}”检查（您选择的类型）`);
    // The title still says otherwise, and the writer can go back to it.
    expect(inPanel().getByText(`根据标题判断为：${RULE_OF_LAW.name['zh-CN']}；现按您选择的类型。`)).toBeTruthy();

    await user.click(screen.getByRole('tab', { name: '插入结构' }));
    await scaffoldReady();
    expect(reportType().value).toBe(GOV_INFO.id);
    expect(loadPreferences().profileId).toBe(GOV_INFO.id);

    await user.click(inPanel().getByRole('button', { name: `改用“${RULE_OF_LAW.name['zh-CN']}”` }));
    expect(reportType().value).toBe(RULE_OF_LAW.id);
    expect(document.activeElement).toBe(reportType()); // the button is gone; focus is not lost
    expect(loadPreferences().profileId).toBeNull();
    await user.click(screen.getByRole('tab', { name: '完整性检查' }));
    expect(checklistParts()).toEqual(partIds(RULE_OF_LAW));
  });

  test('an explicit choice wins over the title, in the next session too', async () => {
    const first = renderApp({ host: new StubHost(GOV_INFO_DOC) });
    await scaffoldReady();
    await first.user.selectOptions(reportType(), RULE_OF_LAW.id);
    first.unmount();

    const { user } = renderApp({ host: new StubHost(GOV_INFO_DOC), initialPanel: 'check' });
    await runCheck(user);
    expect(reportType().value).toBe(RULE_OF_LAW.id);
    expect(checklistParts()).toEqual(partIds(RULE_OF_LAW));
    expect(inPanel().getByText(`根据标题判断为：${GOV_INFO.name['zh-CN']}；现按您选择的类型。`)).toBeTruthy();
  });

  test('a remembered choice of a report type no longer loaded falls back to the title', async () => {
    storePreferences({ profileId: 'work-safety-annual', userProfiles: BUILT_IN_GOV_INFO ? [] : [GOV_INFO] });
    renderApp({ host: new StubHost(GOV_INFO_DOC) });
    await scaffoldReady();
    expect(reportType().value).toBe(GOV_INFO.id);
    expect(optionIds()).not.toContain('work-safety-annual');
    expect(inPanel().getByText(`根据标题判断为：${GOV_INFO.name['zh-CN']}`)).toBeTruthy();
  });
});

describe('a choice is for its document', () => {
  const OTHER_REPORT = wordDoc('某某县司法局', '2024年度法治政府建设情况报告', '一、2024年度推进法治政府建设的主要举措和成效', '全年办理行政许可事项320件。');

  test('a report type loaded and chosen for one document is not the default for another, and the pane says so; unless asked', async () => {
    const first = renderApp({ host: new StubHost(WORK_SAFETY_DOC), initialPanel: 'check' });
    await first.user.upload(fileInput(), jsonFile(WORK_SAFETY_JSON));
    await inPanel().findByText(/并已选用/);
    await runCheck(first.user);
    expect(inPanel().getByTestId('profile-scope').textContent).toBe('这个选择只用于本文档（下次打开本文档仍会记得）；新文档仍按标题判断类型。');
    first.unmount();

    // Another document: told by its title, the loaded type still offered.
    const other = renderApp({ host: new StubHost(OTHER_REPORT) });
    await scaffoldReady();
    expect(reportType().value).toBe(RULE_OF_LAW.id);
    expect(optionIds()).toContain('work-safety-annual');
    other.unmount();

    // The first document again: its own choice.
    const again = renderApp({ host: new StubHost(WORK_SAFETY_DOC) });
    await scaffoldReady();
    expect(reportType().value).toBe('work-safety-annual');
    await again.user.click(await inPanel().findByRole('checkbox', { name: '设为新文档的默认类型' }));
    expect(inPanel().getByTestId('profile-scope').textContent).toMatch(/^已设为默认/);
    again.unmount();

    renderApp({ host: new StubHost(OTHER_REPORT) });
    await scaffoldReady();
    expect(reportType().value).toBe('work-safety-annual');
  }, 30_000);
});

describe('a report type loaded from a file', () => {
  test('a valid file is added, selected and remembered; the check uses its parts', async () => {
    const { user } = renderApp({ host: new StubHost(WORK_SAFETY_DOC), initialPanel: 'check' });
    const before = optionIds();
    await user.upload(fileInput(), jsonFile(WORK_SAFETY_JSON));

    expect(await inPanel().findByText(/已从“work-safety-annual\.json”载入报告类型“安全生产工作年度报告”，并已选用。/)).toBeTruthy();
    expect(optionIds()).toEqual([...before, 'work-safety-annual']);
    expect(reportType().value).toBe('work-safety-annual');
    expect(reportType().selectedOptions[0]?.textContent).toBe('安全生产工作年度报告（从文件载入）');

    await runCheck(user);
    expect(checklistParts()).toEqual(['title', 'work-done', 'accidents', 'hazards', 'next-steps', 'signature', 'date']);
    expect(inPanel().getByText('隐患排查整改')).toBeTruthy();
    expect(screen.getByTestId('checked-as').textContent).toBe('按“安全生产工作年度报告”检查（您选择的类型）');
    // Its own rule, with its own message: the hazards part gives no rectification rate.
    expect(inPanel().getByText('“隐患排查整改”没有写出隐患整改率。')).toBeTruthy();

    const prefs = loadPreferences();
    expect(prefs.profileId).toBe('work-safety-annual');
    expect(prefs.userProfiles).toContainEqual(WORK_SAFETY);
  });

  test('the scaffold panel inserts its parts', async () => {
    const host = new StubHost(EMPTY_DOC);
    const { user } = renderApp({ host });
    await scaffoldReady();
    await user.upload(fileInput(), jsonFile(WORK_SAFETY_JSON));
    await user.click(await inPanel().findByRole('button', { name: '插入全部结构' }));
    await inPanel().findByText(/已插入 \d+ 个部分/);
    expect(host.calls.insertScaffold[0]?.plan.adds).toEqual(['title', 'work-done', 'accidents', 'hazards', 'next-steps', 'signature', 'date']);
  });

  test('remembered: the next session offers it, and its title cues pick it', async () => {
    const first = renderApp({ host: new StubHost(ROUGH_DOC) });
    await scaffoldReady();
    await first.user.upload(fileInput(), jsonFile(WORK_SAFETY_JSON));
    await screen.findByText(/会记住，下次不用再载入。/);
    await first.user.click(inPanel().getByRole('button', { name: `改用“${RULE_OF_LAW.name['zh-CN']}”` }));
    first.unmount();

    renderApp({ host: new StubHost(WORK_SAFETY_DOC) });
    await scaffoldReady();
    expect(optionIds()).toContain('work-safety-annual');
    expect(reportType().value).toBe('work-safety-annual');
    expect(inPanel().getByText('根据标题判断为：安全生产工作年度报告')).toBeTruthy();
  });

  test('a file saved by Chinese Windows Notepad (GB18030, not UTF-8) reads the same', async () => {
    const { user } = renderApp({ host: new StubHost(WORK_SAFETY_DOC) });
    await scaffoldReady();
    await user.upload(fileInput(), jsonFile(new Uint8Array(iconv.encode(WORK_SAFETY_JSON, 'gb18030'))));
    await inPanel().findByText(/载入报告类型“安全生产工作年度报告”/);
    expect(reportType().value).toBe('work-safety-annual');
  });

  test('loading a changed version of it replaces it', async () => {
    const { user } = renderApp({ host: new StubHost(WORK_SAFETY_DOC) });
    await scaffoldReady();
    await user.upload(fileInput(), jsonFile(WORK_SAFETY_JSON));
    await inPanel().findByText(/已从/);
    const renamed = JSON.stringify({ ...WORK_SAFETY, name: { 'zh-CN': '安全生产年报', 'en-US': 'Work safety' } });
    await user.upload(fileInput(), jsonFile(renamed, 'work-safety-v2.json'));
    await inPanel().findByText(/已用“work-safety-v2\.json”更新报告类型“安全生产年报”/);
    expect(optionIds().filter((id) => id === 'work-safety-annual')).toHaveLength(1);
    expect(reportType().selectedOptions[0]?.textContent).toBe('安全生产年报（从文件载入）');
  });

  test('it can be removed; the title decides again', async () => {
    const { user } = renderApp({ host: new StubHost(ROUGH_DOC) });
    await scaffoldReady();
    await user.upload(fileInput(), jsonFile(WORK_SAFETY_JSON));
    await user.click(await inPanel().findByRole('button', { name: '移除“安全生产工作年度报告”' }));
    expect(await inPanel().findByText('已移除报告类型“安全生产工作年度报告”。')).toBeTruthy();
    expect(optionIds()).not.toContain('work-safety-annual');
    expect(reportType().value).toBe(RULE_OF_LAW.id);
    expect(document.activeElement).toBe(reportType());
    expect(loadPreferences().userProfiles).not.toContainEqual(WORK_SAFETY);
    expect(loadPreferences().profileId).toBeNull();
  });

  test('the button that opens the file chooser is labelled and works from the keyboard', async () => {
    const { user } = renderApp({ host: new StubHost(ROUGH_DOC) });
    await scaffoldReady();
    const button = inPanel().getByRole('button', { name: '从文件载入报告类型…' });
    expect(button.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/只在本机读取，不会上传/);
    const input = fileInput();
    expect(input.accept).toBe('.json,application/json');
    expect(input.tabIndex).toBe(-1);
    const opened = jest.spyOn(input, 'click').mockImplementation(() => undefined);
    button.focus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(opened).toHaveBeenCalledTimes(2);
  });
});

describe('a broken file changes nothing', () => {
  async function loadBroken(text: string, name: string, lang: 'zh-CN' | 'en-US' = 'zh-CN') {
    const utils = renderApp({ host: new StubHost(ROUGH_DOC), initialPanel: 'check', lang });
    await runCheck(utils.user, lang);
    const before = { options: optionIds(), value: reportType().value, parts: checklistParts(), prefs: window.localStorage.getItem('@report-assistant/preferences') };
    await utils.user.upload(fileInput(), jsonFile(text, name));
    const notice = await screen.findByTestId('profile-notice');
    expect(optionIds()).toEqual(before.options);
    expect(reportType().value).toBe(before.value);
    expect(checklistParts()).toEqual(before.parts);
    expect(window.localStorage.getItem('@report-assistant/preferences')).toBe(before.prefs);
    return { ...utils, notice };
  }

  test('not JSON: said in plain words, naming the file', async () => {
    const { notice } = await loadBroken('{ "id": "work-safety-annual", ', 'draft.json');
    expect(within(notice).getByText(/“draft\.json”不是有效的 JSON 文件，没有载入。/)).toBeTruthy();
    expect(within(notice).getByText(/^详细信息：/)).toBeTruthy();
  });

  test('a cue weight of 5: the field is named', async () => {
    const wrong = JSON.parse(WORK_SAFETY_JSON) as { parts: Array<{ cues?: Array<{ weight: number }> }> };
    wrong.parts[3]!.cues![0]!.weight = 5;
    const { notice } = await loadBroken(JSON.stringify(wrong), 'work-safety-annual.json');
    expect(within(notice).getByText('“work-safety-annual.json”中的报告类型有误，没有载入。')).toBeTruthy();
    const items = within(notice).getAllByRole('listitem').map((li) => li.textContent);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((text) => text?.startsWith('parts[3].cues[0].weight'))).toBe(true);
  });

  test('many mistakes: each in the list, in the pane’s language as core words them', async () => {
    const broken = readFileSync(join(FIXTURES, 'profiles', 'broken-profile.json'), 'utf8');
    const { notice } = await loadBroken(broken, 'broken-profile.json', 'en-US');
    expect(within(notice).getByText('The report type in “broken-profile.json” has mistakes, so it was not loaded.')).toBeTruthy();
    const items = within(notice).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items.length).toBeGreaterThan(3);
    expect(items.some((text) => text.startsWith('id:'))).toBe(true);
    expect(items.some((text) => text.startsWith('parts[0].cues[0].weight'))).toBe(true);
    expect(items.some((text) => /: unknown field$/.test(text))).toBe(true);
    expect(items.filter((text) => /未知字段|重复/.test(text))).toEqual([]);
  });

  test('in the Chinese pane the mistakes are in Chinese only (no “中文 / English” lines)', async () => {
    const broken = readFileSync(join(FIXTURES, 'profiles', 'broken-profile.json'), 'utf8');
    const { notice } = await loadBroken(broken, 'broken-profile.json');
    const items = within(notice).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items).toContain('parts[1].id: “body” 重复');
    expect(items.some((text) => /: 未知字段$/.test(text))).toBe(true);
    expect(items.filter((text) => / \/ [a-z]/i.test(text) || /unknown field|is used twice/.test(text))).toEqual([]);
  });

  test('a bad regular expression and a rule naming a part the file lacks, in one file: both said, with their fields', async () => {
    const wrong = JSON.parse(WORK_SAFETY_JSON) as { parts: Array<{ cues?: Array<{ pattern: string }> }>; rules: Array<{ part?: string }> };
    wrong.parts[1]!.cues![0]!.pattern = '工作情况([';
    wrong.rules[0]!.part = 'hazard-list';
    const { notice } = await loadBroken(JSON.stringify(wrong), 'work-safety-annual.json');
    const items = within(notice).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items.some((text) => text.startsWith('parts[1].cues[0].pattern'))).toBe(true);
    expect(items.some((text) => text.startsWith('rules[0].part') && text.includes('hazard-list'))).toBe(true);
    expect(items.filter((text) => /Invalid regular expression|unterminated|not found/i.test(text))).toEqual([]);
  });

  test('the id of a built-in report type is refused', async () => {
    const clash = JSON.stringify({ ...WORK_SAFETY, id: RULE_OF_LAW.id });
    const { notice } = await loadBroken(clash, 'mine.json');
    expect(within(notice).getByText(new RegExp(`“mine\\.json”的 id“${RULE_OF_LAW.id}”与内置的报告类型“${RULE_OF_LAW.name['zh-CN']}”相同`))).toBeTruthy();
  });

  test('the notice can be dismissed, and a fixed file then loads', async () => {
    const { user, notice } = await loadBroken('not json', 'work-safety-annual.json');
    await user.click(within(notice).getByRole('button', { name: '关闭提示' }));
    expect(screen.queryByTestId('profile-notice')).toBeNull();
    expect(document.activeElement).toBe(inPanel().getByRole('button', { name: '从文件载入报告类型…' }));
    await user.upload(fileInput(), jsonFile(WORK_SAFETY_JSON));
    expect(await screen.findByText(/已从“work-safety-annual\.json”载入/)).toBeTruthy();
  });

  test('choosing no file (the chooser cancelled) does nothing', async () => {
    renderApp({ host: new StubHost(ROUGH_DOC) });
    await scaffoldReady();
    fireEvent.change(fileInput(), { target: { files: [] } });
    await waitFor(() => expect(screen.queryByTestId('profile-notice')).toBeNull());
    expect(reportType().value).toBe(RULE_OF_LAW.id);
  });
});

describe('accessibility (axe, no serious or critical violations)', () => {
  test('the check panel with a list of profile errors', async () => {
    const broken = readFileSync(join(FIXTURES, 'profiles', 'broken-profile.json'), 'utf8');
    const { user, container } = renderApp({ host: new StubHost(ROUGH_DOC), initialPanel: 'check' });
    await runCheck(user);
    await user.upload(fileInput(), jsonFile(broken, 'broken-profile.json'));
    await screen.findByTestId('profile-notice');
    expect(await seriousViolations(container)).toEqual([]);
  });

  test('the scaffold panel with a loaded profile and the title offered', async () => {
    const { user, container } = renderApp({ host: new StubHost(ROUGH_DOC) });
    await scaffoldReady();
    await user.upload(fileInput(), jsonFile(WORK_SAFETY_JSON));
    await screen.findByTestId('profile-notice');
    expect(await seriousViolations(container)).toEqual([]);
  });
});
