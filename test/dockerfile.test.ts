import fs from 'node:fs';
import path from 'node:path';

/** The image as scripts/production-boot.js (CI) requires it: scripts/dockerfile-check.js. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { dockerfileProblems } = require('../scripts/dockerfile-check') as {
  dockerfileProblems(text: string, layout: { workspaces: string[]; built: string[] }): string[];
};

const root = path.resolve(__dirname, '..');
const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');
const workspaces = ['shared/authz', 'shared/db', 'shared/graphql', 'shared/testing', 'services/identity', 'services/catalog', 'services/tenancy', 'gateway'];
const layout = { workspaces, built: workspaces.filter((w) => w !== 'shared/testing') };
const problems = (text: string): string[] => dockerfileProblems(text, layout);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SERVICE_NODE_OPTIONS } = require('../scripts/node-options') as { SERVICE_NODE_OPTIONS: string };

describe('the Dockerfile', () => {
  it('X12: runs as a numbered non-root user, has a HEALTHCHECK, a pinned base image, and copies only what runs', () => {
    expect(problems(dockerfile)).toEqual([]);
  });

  it("X12: the image runs the services with the V8 flags the scripts start them with", () => {
    const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    const set = /^ENV .*\bNODE_OPTIONS=(\S+)/m.exec(finalStage)?.[1];
    expect(set).toBe(SERVICE_NODE_OPTIONS);
  });

  it.each([
    ['runs as root', (d: string) => d.replace(/^USER .*$/m, 'USER root'), /USER root/],
    ['runs as uid 0', (d: string) => d.replace(/^USER .*$/m, 'USER 0:0'), /is root/],
    ['sets no USER', (d: string) => d.replace(/^USER .*$/m, ''), /no USER/],
    ['has no HEALTHCHECK', (d: string) => d.replace(/^HEALTHCHECK .*$/m, ''), /no HEALTHCHECK/],
    ['copies the tests', (d: string) => d.replace(/^(CMD .*)$/m, 'COPY --from=build /app/test test\n$1'), /copies --from=build \/app\/test test/],
    ['copies the whole context', (d: string) => d.replace(/^(CMD .*)$/m, 'COPY . .\n$1'), /copies \. \./],
    ['floats on a major version', (d: string) => d.replace(/^ARG NODE_IMAGE=.*$/m, 'ARG NODE_IMAGE=node:20-bookworm-slim'), /not pinned/],
    ['forgets the migration command', (d: string) => d.replace(/^COPY --from=build \/app\/scripts\/migrate\.js .*$/m, ''), /does not copy scripts\/migrate\.js/],
  ])('X12: a Dockerfile that %s is refused', (_what, change, message) => {
    const changed = change(dockerfile);
    expect(changed).not.toEqual(dockerfile);
    expect(problems(changed).join('\n')).toMatch(message);
  });
});
