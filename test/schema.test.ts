import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

// The composition script is plain JavaScript, shared with `npm run compose`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compose, SUPERGRAPH_PATH } = require('../scripts/compose.js') as {
  compose(): { errors: string[]; supergraphSdl: string | null };
  SUPERGRAPH_PATH: string;
};

describe('the contract', () => {
  it('X1: the three subgraph schemas compose without errors, and the checked-in supergraph is current', () => {
    const { errors, supergraphSdl } = compose();
    expect(errors).toEqual([]);
    expect(fs.readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(supergraphSdl);
  });

  it('X1: resolver types are generated from the current SDL', () => {
    const root = path.resolve(__dirname, '..');
    const result = spawnSync(process.execPath, [path.join(root, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'codegen.yml', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/needs to be updated|Error/);
    expect(result.status).toBe(0);
  });
});
