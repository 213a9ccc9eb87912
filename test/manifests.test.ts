import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';

/** deploy/kubernetes as npm run manifests:check (CI) validates it: scripts/validate-manifests.js. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifests } = require('../scripts/validate-manifests') as {
  validateManifests(dir: string): { problems: string[]; documents: number; files: number };
};

const root = path.resolve(__dirname, '..');
const manifests = path.join(root, 'deploy/kubernetes');

type Doc = Record<string, unknown> & { kind?: string; metadata?: { name?: string } };
interface Container {
  name: string;
  readinessProbe?: unknown;
  readinesProbe?: unknown;
  livenessProbe?: unknown;
  env?: { name: string; value?: string }[];
  securityContext?: Record<string, unknown>;
}
interface Deployment extends Doc {
  spec: { replicas?: unknown; template: { spec: { containers: Container[]; securityContext?: Record<string, unknown>; terminationGracePeriodSeconds?: number } } };
}

/** A copy of the manifests with `change` applied to the documents of each file. */
function changedCopy(change: (file: string, docs: Doc[]) => Doc[] | null): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marketgraph-manifests-'));
  for (const file of fs.readdirSync(manifests)) {
    const docs = parseAllDocuments(fs.readFileSync(path.join(manifests, file), 'utf8')).map((d) => d.toJS() as Doc);
    const changed = change(file, docs);
    if (changed) fs.writeFileSync(path.join(dir, file), changed.map((d) => stringify(d)).join('---\n'));
  }
  return dir;
}

const deploymentOf = (docs: Doc[]): Deployment => docs.find((d) => d.kind === 'Deployment') as Deployment;
const containerOf = (docs: Doc[]): Container => deploymentOf(docs).spec.template.spec.containers[0] as Container;

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm run manifests:check', () => {
  it('X12: the Kubernetes manifests are valid against the Kubernetes schemas and follow the project rules', () => {
    const result = validateManifests(manifests);
    expect(result.problems).toEqual([]);
    expect(result.documents).toBeGreaterThanOrEqual(20);
  });

  it.each<[string, (file: string, docs: Doc[]) => Doc[] | null, RegExp]>([
    [
      'a misspelled field',
      (file, docs) => {
        if (file !== 'identity.yaml') return docs;
        const container = containerOf(docs);
        container.readinesProbe = container.readinessProbe;
        delete container.readinessProbe;
        return docs;
      },
      /identity\.yaml #2 \(Deployment identity\): .*'"readinesProbe"' does not exist in type 'IContainer'/,
    ],
    [
      'a value of the wrong type',
      (file, docs) => {
        if (file === 'catalog.yaml') deploymentOf(docs).spec.replicas = 'two';
        return docs;
      },
      /catalog\.yaml #2 \(Deployment catalog\): data\/spec\/replicas must be integer/,
    ],
    [
      'a Deployment without a liveness probe',
      (file, docs) => {
        if (file === 'tenancy.yaml') delete containerOf(docs).livenessProbe;
        return docs;
      },
      /Deployment tenancy\) container tenancy has no livenessProbe on \/health/,
    ],
    [
      'a container that may run as root',
      (file, docs) => {
        if (file !== 'gateway.yaml') return docs;
        const deployment = deploymentOf(docs);
        delete deployment.spec.template.spec.securityContext;
        delete containerOf(docs).securityContext?.['runAsNonRoot'];
        return docs;
      },
      /container gateway may run as root/,
    ],
    [
      'a secret given as a value',
      (file, docs) => {
        if (file === 'gateway.yaml') containerOf(docs).env?.push({ name: 'ACCESS_TOKEN_SECRET', value: 'a'.repeat(40) });
        return docs;
      },
      /container gateway holds ACCESS_TOKEN_SECRET as a value/,
    ],
    [
      'a checked-in Secret',
      (file, docs) => (file === 'gateway.yaml' ? [...docs, { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'gateway-secrets' }, stringData: { ACCESS_TOKEN_SECRET: 'a'.repeat(40) } }] : docs),
      /Secret gateway-secrets\): Secrets are created by the operator/,
    ],
    [
      'a Deployment without an autoscaler',
      (file, docs) => (file === 'gateway.yaml' ? docs.filter((d) => d.kind !== 'HorizontalPodAutoscaler') : docs),
      /Deployment gateway\) has no HorizontalPodAutoscaler/,
    ],
    [
      'a Deployment without a disruption budget',
      (file, docs) => (file === 'catalog.yaml' ? docs.filter((d) => d.kind !== 'PodDisruptionBudget') : docs),
      /Deployment catalog\) has no PodDisruptionBudget/,
    ],
    [
      'an unknown kind',
      (file, docs) => (file === 'network-policy.yaml' ? [...docs, { apiVersion: 'apps/v1', kind: 'Deploymnet', metadata: { name: 'typo' } }] : docs),
      /no Kubernetes schema for apiVersion apps\/v1 kind Deploymnet/,
    ],
    [
      'a grace period shorter than the shutdown',
      (file, docs) => {
        if (file === 'identity.yaml') deploymentOf(docs).spec.template.spec.terminationGracePeriodSeconds = 10;
        return docs;
      },
      /Deployment identity\): terminationGracePeriodSeconds 10 does not leave room for SHUTDOWN_GRACE_MS 20000/,
    ],
    [
      'no migration Job',
      (file, docs) => {
        if (file === 'migrate-job.yaml') return null;
        if (file === 'kustomization.yaml') (docs[0] as { resources: string[] }).resources = (docs[0] as { resources: string[] }).resources.filter((r) => r !== 'migrate-job.yaml');
        return docs;
      },
      /no Job runs the migrations/,
    ],
    [
      'a manifest the kustomization does not list',
      (file, docs) => {
        if (file === 'kustomization.yaml') (docs[0] as { resources: string[] }).resources = (docs[0] as { resources: string[] }).resources.filter((r) => r !== 'network-policy.yaml');
        return docs;
      },
      /kustomization\.yaml: does not list network-policy\.yaml/,
    ],
  ])('X12: refuses %s', (_what, change, message) => {
    const dir = changedCopy(change);
    dirs.push(dir);
    expect(validateManifests(dir).problems.join('\n')).toMatch(message);
  });
});
