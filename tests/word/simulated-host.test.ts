/**
 * The simulated Word host's side of office.js's protocol, request by request, in the shapes office.js 1.1.110 sends
 * (the browser tests run the library itself): references and their lifetime, collections, null navigation, a
 * method's result pinned, errors mid-batch, the web's refusal of placeholder text, a protected document.
 */
import { SimulatedWordHost, type SimulatedWordOptions } from '../../src/preview/simulated-host/host';
import type { Action, ObjectPathInfo, RichApiRequest, RichApiResponse } from '../../src/preview/simulated-host/wire';

const root: ObjectPathInfo = { Id: 1, ObjectPathType: 1, Name: '' };
const prop = (Id: number, parent: number, Name: string): ObjectPathInfo => ({ Id, ObjectPathType: 4, Name, ParentObjectPathId: parent });
const method = (Id: number, parent: number, Name: string, ...args: unknown[]): ObjectPathInfo => ({ Id, ObjectPathType: 3, Name, ParentObjectPathId: parent, ArgumentInfo: { Arguments: args } });
const ref = (Id: number, Name: string): ObjectPathInfo => ({ Id, ObjectPathType: 6, Name });
/** context.document.body.paragraphs: the paths 1, 10 and 2 every test below starts from. */
const PARAGRAPHS = [root, prop(10, 1, 'Body'), prop(2, 10, 'Paragraphs')];

let nextAction = 100;
const instantiate = (path: number): Action => ({ Id: nextAction++, ActionType: 1, Name: '', ObjectPathId: path });
const keep = (path: number): Action => ({ Id: nextAction++, ActionType: 3, Name: '_KeepReference', ObjectPathId: path, ArgumentInfo: { Arguments: [] } });
const query = (path: number, ...select: string[]): Action => ({ Id: nextAction++, ActionType: 2, Name: '', ObjectPathId: path, QueryInfo: { Select: select } });
const call = (path: number, Name: string, ...args: unknown[]): Action => ({ Id: nextAction++, ActionType: 3, Name, ObjectPathId: path, ArgumentInfo: { Arguments: args } });
const set = (path: number, Name: string, value: unknown): Action => ({ Id: nextAction++, ActionType: 4, Name, ObjectPathId: path, ArgumentInfo: { Arguments: [value] } });

async function send(host: SimulatedWordHost, paths: ObjectPathInfo[], actions: Action[], autoKeep = true): Promise<RichApiResponse> {
  const request: RichApiRequest = { AutoKeepReference: autoKeep, Actions: actions, ObjectPaths: Object.fromEntries(paths.map((p) => [String(p.Id), p])) };
  return JSON.parse(await host.richApi(JSON.stringify(request))) as RichApiResponse;
}
const value = (response: RichApiResponse, action: Action) => response.Results.find((r) => r.ActionId === action.Id)?.Value;
const simulated = (paragraphs: SimulatedWordOptions['paragraphs'], options: SimulatedWordOptions = {}, platform: 'Win32' | 'Web' = 'Win32') => new SimulatedWordHost(platform, { ...options, paragraphs });

describe('references', () => {
  test('an object kept in one batch is addressed by its reference id in the next, until office.js removes it', async () => {
    const host = simulated(['甲', '乙']);
    const last = method(3, 2, 'GetLast');
    const kept = instantiate(3);
    const first = await send(host, [...PARAGRAPHS, last], [instantiate(1), instantiate(2), keep(3), kept]);
    const { _ReferenceId: id } = value(first, kept) as { _ReferenceId: string };
    expect(id).toEqual(expect.any(String));

    const read = query(4, 'text');
    expect(value(await send(host, [ref(4, id)], [instantiate(4), read]), read)).toEqual({ Text: '乙' });
    await send(host, [root], [call(1, '_RemoveReference', id)]);
    expect(host.executor.references.size).toBe(0);
    const gone = await send(host, [ref(4, id)], [instantiate(4)]);
    expect(gone.Error).toEqual(expect.objectContaining({ Code: 'InvalidObjectPath', ActionIndex: 0 }));
  });

  test('inside Word.run every item a query returns carries a reference id; outside it (no AutoKeepReference) none does', async () => {
    const host = simulated(['甲', '乙']);
    const load = query(2, 'text');
    const inRun = value(await send(host, PARAGRAPHS, [instantiate(2), load]), load) as { _Items: Array<Record<string, unknown>> };
    expect(inRun._Items.map((i) => [i.Text, typeof i._ReferenceId])).toEqual([['甲', 'string'], ['乙', 'string']]);
    const outside = value(await send(host, PARAGRAPHS, [instantiate(2), load], false), load) as { _Items: Array<Record<string, unknown>> };
    expect(outside._Items).toEqual([{ Text: '甲' }, { Text: '乙' }]);
  });

  test('a null object is not kept: office.js never learns an id for it, so nothing would release it', async () => {
    const host = simulated(['甲']);
    const control = instantiate(4);
    const response = await send(host, [...PARAGRAPHS, method(3, 2, 'GetFirst'), prop(4, 3, 'ParentContentControlOrNullObject')], [instantiate(4), keep(4), control]);
    expect(value(response, control)).toBeNull();
    expect(host.executor.references.size).toBe(0);
  });

  test('a method\u2019s result is the object Word computed then: a kept selection stays put when the cursor moves', async () => {
    const host = simulated(['甲', '乙']);
    const { model } = host.fake;
    model.placeCursor(model.paragraphs[0]?.key ?? 0, 'End');
    const selection = instantiate(2);
    const { _ReferenceId: id } = value(await send(host, [root, method(2, 1, 'GetSelection')], [keep(2), selection]), selection) as { _ReferenceId: string };
    model.placeCursor(model.paragraphs[1]?.key ?? 0, 'End');
    await send(host, [ref(3, id)], [call(3, 'InsertText', '一', 'End')]);
    expect(host.fake.paragraphs().map((p) => p.text)).toEqual(['甲一', '乙']);
  });
});

describe('null objects and errors', () => {
  test('from an object that does not exist, …OrNullObject members are null objects; other members fail with ItemNotFound', async () => {
    const host = simulated(['不在表格中']);
    const table = prop(4, 3, 'ParentTableOrNullObject');
    const paths = [...PARAGRAPHS, method(3, 2, 'GetFirst'), table, prop(5, 4, 'ParentContentControlOrNullObject'), method(6, 4, 'GetCell', 0, 0)];
    const around = query(5, 'tag');
    const ok = await send(host, paths, [query(4, 'rowCount'), around]);
    expect(ok.Error).toBeUndefined();
    expect(value(ok, around)).toBeNull();
    const failed = await send(host, paths, [instantiate(6)]);
    expect(failed.Error).toEqual(expect.objectContaining({ Code: 'ItemNotFound', ActionIndex: 0 }));
  });

  test('an action that fails stops the batch there: what ran before it stays applied and has its results', async () => {
    const host = simulated(['甲']);
    const inserted = method(3, 10, 'InsertParagraph', '乙', 'End');
    const bad = method(4, 10, 'InsertParagraph', '丙', 'Sideways');
    const read = query(3, 'text');
    const response = await send(host, [...PARAGRAPHS, inserted, bad], [instantiate(3), read, instantiate(4), call(3, 'InsertText', '丁', 'End')]);
    expect(response.Error).toEqual(expect.objectContaining({ Code: 'InvalidArgument', ActionIndex: 2 }));
    expect(value(response, read)).toEqual({ Text: '乙' });
    expect(host.fake.paragraphs().map((p) => p.text)).toEqual(['甲', '乙']);
  });

  test('Word on the web refuses placeholder text with NotAllowed; Word for Windows takes it', async () => {
    const paths = [...PARAGRAPHS, method(3, 2, 'GetFirst'), method(4, 3, 'InsertContentControl')];
    const actions = () => [instantiate(4), set(4, 'PlaceholderText', '【请填写】')];
    expect((await send(simulated([''], {}, 'Web'), paths, actions())).Error).toEqual(expect.objectContaining({ Code: 'NotAllowed', ActionIndex: 1 }));
    const desktop = simulated(['']);
    expect((await send(desktop, paths, actions())).Error).toBeUndefined();
    expect(desktop.fake.paragraphs()[0]?.placeholder).toBe('【请填写】');
  });

  test('a protected document refuses every change with AccessDenied, reads still answered', async () => {
    const host = simulated(['甲'], { readOnly: true });
    const read = query(2, 'text');
    const response = await send(host, PARAGRAPHS, [read, call(10, 'InsertParagraph', '乙', 'End')]);
    expect(value(response, read)).toEqual({ _Items: [expect.objectContaining({ Text: '甲' })] });
    expect(response.Error).toEqual(expect.objectContaining({ Code: 'AccessDenied', HttpStatusCode: 403 }));
  });
});

describe('options objects', () => {
  test('search options arrive as new Microsoft.WordServices.SearchOptions, set property by property, passed by path', async () => {
    const host = simulated(['法治与法制，法制']);
    const newOptions: ObjectPathInfo = { Id: 4, ObjectPathType: 2, Name: 'Microsoft.WordServices.SearchOptions' };
    const search: ObjectPathInfo = { Id: 5, ObjectPathType: 3, Name: 'Search', ParentObjectPathId: 3, ArgumentInfo: { Arguments: ['法制', null], ReferencedObjectPathIds: [0, 4] } };
    const found = query(5, 'text');
    const response = await send(host, [...PARAGRAPHS, method(3, 2, 'GetFirst'), newOptions, search], [instantiate(4), set(4, 'MatchCase', true), found]);
    expect(response.Error).toBeUndefined();
    expect((value(response, found) as { _Items: Array<{ Text: string }> })._Items.map((i) => i.Text)).toEqual(['法制', '法制']);
    const unmodelled = await send(host, [...PARAGRAPHS, method(3, 2, 'GetFirst'), newOptions, search], [set(4, 'MatchWildcards', true), query(5, 'text')]);
    expect(unmodelled.Error).toEqual(expect.objectContaining({ Code: 'GeneralException' }));
  });
});

describe('text boxes (WordApiDesktop 1.2)', () => {
  const boxDocument = [{ text: '', textBoxes: [['某县司法局', '2023年法治政府建设年度情况报告']] }, '正文'];
  const shapes = [...PARAGRAPHS, method(3, 2, 'GetFirst'), prop(4, 3, 'Shapes'), method(5, 4, 'GetByTypes', ['TextBox'])];

  test('a paragraph’s text boxes, then each box’s paragraphs through Shape.body, as office.js asks for them', async () => {
    const host = simulated(boxDocument, { requirementSets: { WordApi: '1.4', WordApiDesktop: '1.2' } });
    const found = query(5, 'id');
    const boxes = value(await send(host, shapes, [instantiate(5), found]), found) as { _Items: Array<{ Id: number; _ReferenceId: string }> };
    expect(boxes._Items.map((b) => b.Id)).toEqual([1]);
    const lines = query(8, 'text');
    const read = await send(host, [ref(6, boxes._Items[0]?._ReferenceId ?? ''), prop(7, 6, 'Body'), prop(8, 7, 'Paragraphs')], [instantiate(8), lines]);
    expect((value(read, lines) as { _Items: Array<{ Text: string }> })._Items.map((p) => p.Text)).toEqual(['某县司法局', '2023年法治政府建设年度情况报告']);
  });

  test('without the set the host refuses them, as Word does', async () => {
    const host = simulated(boxDocument);
    const response = await send(host, shapes, [instantiate(5), query(5, 'id')]);
    expect(response.Error).toEqual(expect.objectContaining({ Code: 'ApiNotFound' }));
  });
});
