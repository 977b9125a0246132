/**
 * A user's own report type in Word (the test Word host through the Word adapter): 插入全部结构, then 检查, finds
 * every part, and a second 插入 has nothing to add, for the README's example profile and the full user example.
 */
import { EMPTY_DOCUMENT } from '../../src/preview/fake-word';
import { checkReport } from '../../src/host/workflows/check';
import { paneOperations } from '../../src/host/workflows/operations';
import { scaffoldView } from '../../src/host/workflows/scaffold';
import { everyProfile } from '../helpers/readme-profile';
import { fakeWord } from '../word/helpers';

const NOW = new Date(2026, 2, 1);

describe.each(everyProfile())('%s in Word', (_name, profile) => {
  test.each([['', 'without a unit'], ['东风县应急管理局', 'with a unit']])('scaffold (unit "%s"), check: nothing missing, nothing more to insert', async (unit) => {
    const { fake, host } = fakeWord(EMPTY_DOCUMENT);
    const operations = paneOperations(host).scaffold;
    const form = { profile, typedYear: null, unit };
    const basis = await operations.read();
    const { after } = await operations.insert(scaffoldView(basis, form, NOW).plan, basis);
    if (!after.ok) throw after.error;
    const result = checkReport(after.doc, { profile, lang: 'zh-CN' });
    expect(result.parts.filter((p) => p.status === 'missing').map((p) => p.id)).toEqual([]);
    const count = fake.paragraphs().length;
    expect(scaffoldView(after.doc, form, NOW).offer).toEqual({ kind: 'nothing', count: 0 });
    expect(fake.paragraphs()).toHaveLength(count);
  });
});
