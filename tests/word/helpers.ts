import { createFakeWord, installFakeOffice, type FakeParagraphInit, type FakeWord, type FakeWordOptions } from '../../src/preview/fake-word';
import type { ReportHost } from '../../src/host/contract';
import { createWordHost } from '../../src/word/word-host';

let uninstall: (() => void) | undefined;

afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

/** A fake Word with the given paragraphs, installed as the Office/Word globals until the test ends. */
export function fakeWord(paragraphs: readonly FakeParagraphInit[], options?: FakeWordOptions): { fake: FakeWord; host: ReportHost } {
  uninstall?.();
  const fake = createFakeWord(paragraphs, options);
  uninstall = installFakeOffice(globalThis, fake);
  return { fake, host: createWordHost() };
}

/** Counts the syncs one call makes. */
export async function syncsOf<T>(fake: FakeWord, call: () => Promise<T>): Promise<{ result: T; syncs: number }> {
  const before = fake.syncCount;
  const result = await call();
  return { result, syncs: fake.syncCount - before };
}

/** Everything about the existing paragraphs that insertScaffold must leave alone. */
export function existingState(fake: FakeWord) {
  return fake.paragraphs().map(({ key, runs, style, styleBuiltIn, outlineLevel, listString, tableNestingLevel, controls, font, alignment }) => ({
    key, runs, style, styleBuiltIn, outlineLevel, listString, tableNestingLevel, font, alignment,
    controls: controls.map(({ id, tag, title, appearance, placeholderText, cannotEdit, cannotDelete }) => ({ id, tag, title, appearance, placeholderText, cannotEdit, cannotDelete })),
  }));
}
