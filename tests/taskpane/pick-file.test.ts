/** Choosing the data file with a handle kept where the browser offers the File System Access API. */
import { pickKeptFile } from '../../src/taskpane/pick-file';

describe('choosing the data file', () => {
  test('no picker in this browser: the file box is used', async () => {
    expect(await pickKeptFile('data', {})).toEqual({ kind: 'unavailable' });
  });

  test('the picker: the file and its handle, asked for the data file types', async () => {
    const file = new File(['x'], '数据.csv');
    const asked: unknown[] = [];
    const scope = { showOpenFilePicker: async (options: unknown) => (asked.push(options), [{ getFile: async () => file }]) };
    const picked = await pickKeptFile('数据文件', scope);
    expect(picked.kind === 'picked' && picked.file).toBe(file);
    expect(asked).toEqual([{ multiple: false, types: [{ description: '数据文件', accept: { 'application/octet-stream': ['.xlsx', '.csv', '.json', '.txt'] } }] }]);
  });

  test('closed by the writer: nothing; refused (a cross-origin frame): the file box', async () => {
    const failing = (name: string) => ({ showOpenFilePicker: () => Promise.reject(new DOMException('no', name)) });
    expect(await pickKeptFile('data', failing('AbortError'))).toEqual({ kind: 'cancelled' });
    expect(await pickKeptFile('data', failing('SecurityError'))).toEqual({ kind: 'unavailable' });
  });
});
