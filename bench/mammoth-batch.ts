/** The batch checker's yardstick as a plain `node` process: mammoth's plain-text extraction of every file named. */
import { readFileSync } from 'node:fs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const mammoth = require('mammoth') as { extractRawText(input: { buffer: Buffer }): Promise<{ value: string }> };

async function main(): Promise<void> {
  for (const file of process.argv.slice(2)) await mammoth.extractRawText({ buffer: readFileSync(file) });
}

void main();
