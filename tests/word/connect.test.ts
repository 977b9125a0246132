import { createFakeWord, installFakeOffice, type FakeWordOptions } from '../../src/preview/fake-word';
import { HostError } from '../../src/host/contract';
import { connectToWord } from '../../src/word/connect';

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

function install(options: FakeWordOptions): void {
  uninstall = installFakeOffice(globalThis, createFakeWord(['一、主要举措和成效'], options));
}

async function failure(promise: Promise<unknown>): Promise<HostError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(HostError);
  return error as HostError;
}

describe('connectToWord', () => {
  test('without office.js (Office undefined): outside-office', async () => {
    expect(typeof Office).toBe('undefined');
    expect((await failure(connectToWord())).kind).toBe('outside-office');
  });

  test('office.js outside Office (onReady reports no host): outside-office', async () => {
    install({ host: null });
    expect((await failure(connectToWord())).kind).toBe('outside-office');
  });

  test('another Office application: outside-office', async () => {
    install({ host: 'Excel' });
    expect((await failure(connectToWord())).kind).toBe('outside-office');
  });

  test('Office.onReady never answering: outside-office once the timeout passes', async () => {
    install({ ready: false });
    const started = Date.now();
    expect((await failure(connectToWord({ timeoutMs: 30 }))).kind).toBe('outside-office');
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });

  test('Word without WordApi 1.3: unsupported', async () => {
    install({ requirementSets: { WordApi: '1.2' } });
    expect((await failure(connectToWord())).kind).toBe('unsupported');
  });

  test('Word with WordApi 1.3: a working host and Word\u2019s display language', async () => {
    install({ requirementSets: { WordApi: '1.3' }, displayLanguage: 'en-US' });
    const { host, displayLanguage } = await connectToWord();
    expect(displayLanguage).toBe('en-US');
    const doc = await host.readDocument();
    expect(doc.blocks.map((b) => [b.text, b.kind])).toEqual([['一、主要举措和成效', 'paragraph']]);
  });
});
