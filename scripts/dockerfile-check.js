/**
 * What the Dockerfile's final stage must be (X12): the image runs as a user other than root, has a
 * HEALTHCHECK, comes from a base image pinned to an exact version, and holds only what runs: the
 * production dependencies (with the workspaces' manifests), each workspace's built output, the
 * contracts (schema/) and the few scripts listed here. scripts/production-boot.js checks it before
 * it stages the same files; test/dockerfile.test.ts proves each rule refuses what it should.
 */
'use strict';

/** Files outside the workspaces that the image runs: the migration command and the health check. */
const IMAGE_FILES = ['scripts/migrate.js', 'scripts/healthcheck.js'];

/** Instructions, one a line: continuation lines joined, comments and blank lines left out. */
function instructions(text) {
  const joined = text.replace(/\\\r?\n/g, ' ');
  return joined
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'))
    .map((line) => {
      const [keyword, ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

/** A base image reference pinned to one build: an exact x.y.z version tag, or a digest. */
const PINNED = /^[a-z0-9./-]+(?::[0-9]+\.[0-9]+\.[0-9]+[A-Za-z0-9._-]*)?(?:@sha256:[0-9a-f]{64})?$/;
const pinned = (image) => PINNED.test(image) && (/@sha256:/.test(image) || /:[0-9]+\.[0-9]+\.[0-9]+/.test(image));

/**
 * Problems of a Dockerfile, as sentences; none when it is as it must be.
 * `workspaces`: folders of the workspaces; `built`: those of them that have built output.
 */
function dockerfileProblems(text, { workspaces, built }) {
  const problems = [];
  const all = instructions(text);
  const args = new Map();
  for (const { keyword, args: value } of all) {
    if (keyword !== 'ARG') continue;
    const [name, ...fallback] = value.split('=');
    if (fallback.length > 0) args.set(name, fallback.join('='));
  }
  const stages = new Set();
  let finalStart = -1;
  all.forEach(({ keyword, args: value }, index) => {
    if (keyword !== 'FROM') return;
    finalStart = index;
    const words = value.split(/\s+/).filter((w) => !w.startsWith('--'));
    const image = words[0] ?? '';
    const resolved = image.replace(/^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/, (_, name) => args.get(name) ?? `\${${name}}`);
    if (!stages.has(image) && !pinned(resolved)) problems.push(`base image ${resolved} is not pinned to an exact version (x.y.z tag or @sha256 digest)`);
    if (words[1]?.toUpperCase() === 'AS' && words[2]) stages.add(words[2]);
  });
  if (finalStart < 0) return ['no FROM'];
  const final = all.slice(finalStart + 1);

  // Every manifest in the manifests stage, so that the production install resolves each workspace.
  for (const workspace of workspaces) {
    if (!all.some(({ keyword, args: value }) => keyword === 'COPY' && value.split(/\s+/)[0] === `${workspace}/package.json`)) {
      problems.push(`does not copy ${workspace}/package.json`);
    }
  }

  const wanted = new Set([...built.map((w) => `${w}/dist`), 'schema', ...IMAGE_FILES]);
  const copied = new Set();
  for (const { keyword, args: value } of final) {
    if (keyword === 'ADD') problems.push(`the final stage ADDs ${value}: COPY by name what runs`);
    if (keyword !== 'COPY') continue;
    const words = value.split(/\s+/);
    const from = words.find((w) => w.startsWith('--from='))?.slice('--from='.length);
    const paths = words.filter((w) => !w.startsWith('--'));
    const [source, target] = paths;
    if (from === 'dependencies' && source === '/app' && paths.length === 2) {
      copied.add('dependencies');
      continue;
    }
    const relative = from === 'build' && source?.startsWith('/app/') ? source.slice('/app/'.length) : null;
    if (relative === null || paths.length !== 2 || !wanted.has(relative) || (target !== relative && target !== `${relative}/`)) {
      problems.push(`the final stage copies ${value}, which is not something that runs (production dependencies, ${[...wanted].join(', ')}) to the same path`);
      continue;
    }
    copied.add(relative);
  }
  if (!copied.has('dependencies')) problems.push('the final stage does not copy the production dependencies (COPY --from=dependencies /app ./)');
  for (const path of wanted) if (!copied.has(path)) problems.push(`the final stage does not copy ${path}`);

  const users = final.filter((i) => i.keyword === 'USER').map((i) => i.args.trim());
  const user = users[users.length - 1];
  if (user === undefined) problems.push('the final stage sets no USER: the image would run as root');
  else if (!/^[0-9]+(?::[0-9]+)?$/.test(user)) problems.push(`USER ${user}: name the user by number, so that Kubernetes' runAsNonRoot can verify it`);
  else if (Number(user.split(':')[0]) === 0 || Number(user.split(':')[1] ?? 1) === 0) problems.push(`USER ${user} is root`);

  const health = final.filter((i) => i.keyword === 'HEALTHCHECK');
  if (health.length === 0) problems.push('the final stage has no HEALTHCHECK');
  else if (/^NONE$/i.test(health[health.length - 1].args) || !health[health.length - 1].args.includes('scripts/healthcheck.js')) {
    problems.push('the HEALTHCHECK does not run scripts/healthcheck.js');
  }
  return [...new Set(problems)];
}

module.exports = { IMAGE_FILES, dockerfileProblems };
