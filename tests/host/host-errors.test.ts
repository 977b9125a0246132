import { hasMessage, text } from '../../src/core/i18n/catalog';
import { LANGS } from '../../src/core/i18n/lang';
import { HOST_ERROR_KINDS, HostError } from '../../src/host/contract';
import { toHostError } from '../../src/host/errors';

describe('what a host call threw, as the pane words it', () => {
  test('every kind has a title and a body in each language', () => {
    for (const kind of HOST_ERROR_KINDS) {
      for (const part of ['title', 'body']) {
        expect(hasMessage(`host-error.${kind}.${part}`)).toBe(true);
        for (const lang of LANGS) expect(text(`host-error.${kind}.${part}`, {}, lang).length).toBeGreaterThan(3);
      }
    }
  });

  test('code the pane loads on demand that did not come is said to be that, not Word failing', () => {
    const chunk = Object.assign(new Error('Loading chunk word-writes failed.\n(error: https://addin.example/word-writes.js)'), { name: 'ChunkLoadError' });
    expect(toHostError(chunk).kind).toBe('code-unavailable');
    expect(toHostError(chunk).detail).toContain('word-writes');
    expect(toHostError(new Error('Loading chunk 412 failed.')).kind).toBe('code-unavailable');
    expect(toHostError(new TypeError('Failed to fetch dynamically imported module: https://addin.example/notices.js')).kind).toBe('code-unavailable');
    expect(text('host-error.code-unavailable.body', {}, 'zh-CN')).toContain('网络');
  });

  test('a HostError from another realm keeps its kind, whichever it is', () => {
    for (const kind of HOST_ERROR_KINDS) {
      const crossed = { name: 'HostError', kind, detail: 'from the preview', message: `${kind}: from the preview` };
      expect(toHostError(crossed)).toEqual(new HostError(kind, 'from the preview'));
    }
  });

  test('anything else is Word not finishing, with its message kept for the curious', () => {
    expect(toHostError(new Error('GeneralException: busy'))).toEqual(new HostError('failed', 'GeneralException: busy'));
    expect(toHostError('odd')).toEqual(new HostError('failed', 'odd'));
    expect(toHostError(undefined)).toEqual(new HostError('failed'));
  });
});
