/**
 * The simulated Word host (src/preview/simulated-host) built into one script for the browser tests: Word for Windows
 * (window.external) or Word on the web (the page around the add-in's iframe), speaking office.js's own protocol over
 * the imitation's document. Built apart from the add-in, so it never reaches dist/.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The project's folder, whether this runs from its source (tests/browser) or compiled (lib/tests/browser, for bench/). */
const ROOT = [join(__dirname, '..', '..'), join(__dirname, '..', '..', '..')].find((d) => existsSync(join(d, 'webpack.config.js'))) as string;
let built: Promise<string> | undefined;

/** The script's text (built once per test file). */
export function simulatedWordScript(): Promise<string> {
  built ??= build();
  return built;
}

async function build(): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack') as typeof import('webpack');
  const outputPath = mkdtempSync(join(tmpdir(), 'simulated-word-'));
  const config: import('webpack').Configuration = {
    mode: 'development',
    devtool: false,
    context: ROOT,
    entry: './src/preview/simulated-host/entry.ts',
    target: 'web',
    output: { path: outputPath, filename: 'simulated-word.js', iife: true },
    resolve: { extensions: ['.ts', '.tsx', '...'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { configFile: join(ROOT, 'tsconfig.json'), transpileOnly: true, compilerOptions: { module: 'es2020' } } },
        },
      ],
    },
  };
  await new Promise<void>((resolve, reject) => {
    webpack(config).run((error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    });
  });
  const script = readFileSync(join(outputPath, 'simulated-word.js'), 'utf8');
  rmSync(outputPath, { recursive: true, force: true });
  return script;
}
