import { toHostError } from '../../src/host/errors';
import { createWordHost } from '../../src/word/word-host';

// Word's reading loads on demand, in a chunk of its own: when it does not come, the pane is told that (its notice
// says the add-in's code did not load), not that Word failed; Word is never asked.
jest.mock('../../src/word/read-document', () => {
  throw Object.assign(new Error('Loading chunk word-reading failed.\n(error: https://addin.example/word-reading.js)'), { name: 'ChunkLoadError' });
});

test('a read whose code did not load is told as code that did not load, before Word is asked', async () => {
  const asked = jest.fn();
  (globalThis as unknown as { Word: unknown }).Word = { run: asked };
  const error: unknown = await createWordHost().readDocument().then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(toHostError(error).kind).toBe('code-unavailable');
  expect(asked).not.toHaveBeenCalled();
});
