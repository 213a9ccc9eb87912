import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

it('X11: request code opens transactions only through the request-bound ctx.db, so that every read inside one uses it', () => {
  const offending: string[] = [];
  for (const service of ['identity', 'catalog', 'tenancy']) {
    for (const file of sources(path.join(root, 'services', service, 'src'))) {
      fs.readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          // Start-up work (the platform operator) runs before any request, on the Database itself.
          if (/\.transaction\(/.test(line) && !/\bctx\.db\.transaction\(/.test(line) && !file.endsWith(path.join('domain', 'bootstrap.ts'))) {
            offending.push(`${path.relative(root, file)}:${i + 1}: ${line.trim()}`);
          }
        });
    }
  }
  expect(offending).toEqual([]);
});
