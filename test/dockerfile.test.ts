import fs from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

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
const { SERVICE_NODE_OPTIONS, nodeOptionsOf } = require('../scripts/node-options') as { SERVICE_NODE_OPTIONS: string; nodeOptionsOf(service: string): string };

/** NODE_OPTIONS as a service's Kubernetes container and its docker-compose service set it; undefined where unset (the image's then). */
function deployedNodeOptions(service: string): { kubernetes: string | undefined; compose: string | undefined } {
  const docs = parseAllDocuments(fs.readFileSync(path.join(root, 'deploy/kubernetes', `${service}.yaml`), 'utf8')).map((d) => d.toJS() as Record<string, unknown>);
  const deployment = docs.find((d) => d['kind'] === 'Deployment') as { spec: { template: { spec: { containers: { env?: { name: string; value?: string }[] }[] } } } } | undefined;
  const env = deployment?.spec.template.spec.containers[0]?.env ?? [];
  const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as { services: Record<string, { environment?: Record<string, string> }> };
  return { kubernetes: env.find((e) => e.name === 'NODE_OPTIONS')?.value, compose: compose.services[service]?.environment?.['NODE_OPTIONS'] };
}

describe('the Dockerfile', () => {
  it('X12: runs as a numbered non-root user, has a HEALTHCHECK, a pinned base image, and copies only what runs', () => {
    expect(problems(dockerfile)).toEqual([]);
  });

  it("X12: the image runs the services with the V8 flags the scripts start them with", () => {
    const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    const set = /^ENV .*\bNODE_OPTIONS=(\S+)/m.exec(finalStage)?.[1];
    expect(set).toBe(SERVICE_NODE_OPTIONS);
  });

  it.each(['identity', 'catalog', 'tenancy', 'gateway'])('X12: %s is deployed with the V8 flags the scripts start it with', (service) => {
    const { kubernetes, compose } = deployedNodeOptions(service);
    expect([kubernetes ?? SERVICE_NODE_OPTIONS, compose ?? SERVICE_NODE_OPTIONS]).toEqual([nodeOptionsOf(service), nodeOptionsOf(service)]);
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
