import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

test('imports run one way between the folders of src/ (.dependency-cruiser.cjs): core pure, adapters never reach the pane', () => {
  const cruiser = join(root, 'node_modules', '.bin', 'depcruise');
  const run = spawnSync(cruiser, ['--config', '.dependency-cruiser.cjs', 'src', '--output-type', 'err'], { cwd: root, encoding: 'utf8' });
  expect({ status: run.status, violations: run.stdout.trim() }).toEqual({ status: 0, violations: expect.stringMatching(/no dependency violations/) });
});
