import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// The production image installs each workspace's own production dependencies and nothing else
// (X12): an import its package does not declare crashes there. `.ci/run` also boots every
// service from such an install (scripts/production-boot.js); this proves the lint rule that
// catches the mistake first. ESLint runs in its own process: its configuration loads through a
// dynamic import that Jest's module sandbox does not allow.
const root = path.resolve(__dirname, '..');
const RULE = 'import-x/no-extraneous-dependencies';
const WORKSPACES = ['shared/authz', 'shared/db', 'shared/graphql', 'shared/testing', 'services/identity', 'services/catalog', 'services/tenancy', 'gateway'];

interface Finding {
  file: string;
  line: number;
  message: string;
}

/** Lints the files, and texts as if they were files at the given paths; answers the rule's findings. */
function extraneous(files: string[], texts: { filePath: string; code: string }[] = []): Finding[] {
  const script = `
    const { ESLint } = require('eslint');
    const [files, texts, rule] = JSON.parse(process.argv[1]);
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const results = [...(files.length ? await eslint.lintFiles(files) : [])];
      for (const t of texts) results.push(...(await eslint.lintText(t.code, { filePath: t.filePath })));
      const found = results.flatMap((r) => r.messages.filter((m) => m.ruleId === rule).map((m) => ({ file: r.filePath, line: m.line, message: m.message })));
      process.stdout.write(JSON.stringify(found));
    })().catch((err) => { console.error(err); process.exit(1); });`;
  const run = spawnSync(process.execPath, ['-e', script, JSON.stringify([files, texts, RULE])], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`eslint failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Finding[];
}

function sourcesOf(dir: string): string[] {
  const src = path.join(root, dir, 'src');
  return fs
    .readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('generated.ts'))
    .map((file) => path.join(src, file));
}

it('X12: every import of every workspace is declared by that workspace, and none of another package or the root is let through', () => {
  // Each workspace is probed with a package only another workspace declares, and a development
  // tool only the root declares: `jose` was once imported by shared/authz without being declared.
  const probes = WORKSPACES.map((dir) => ({
    filePath: path.join(root, dir, 'src', 'undeclared-import-probe.ts'),
    code: `import '${dir === 'gateway' ? 'better-sqlite3' : 'graphql-query-complexity'}';\nimport 'typescript';\nexport {};\n`,
  }));
  const findings = extraneous(WORKSPACES.flatMap(sourcesOf), probes);
  const inSources = findings.filter((f) => !f.file.endsWith('undeclared-import-probe.ts'));
  expect(inSources).toEqual([]);
  for (const probe of probes) {
    expect([path.relative(root, probe.filePath), findings.filter((f) => f.file === probe.filePath).map((f) => f.line)]).toEqual([
      path.relative(root, probe.filePath),
      [1, 2],
    ]);
  }
});
