import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { marketplaceFixture, ok, startGraph, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { activeCustomer } from '../services/tenancy/test/helpers';
import { publishedProduct } from '../services/catalog/test/helpers';

// The composition script is plain JavaScript, shared with `npm run compose`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compose, API_SCHEMA_PATH } = require('../scripts/compose.js') as {
  compose(): { errors: string[]; apiSdl: string | null };
  API_SCHEMA_PATH: string;
};

const RELAY_DIR = path.join(__dirname, 'relay');
const OPERATIONS_DIR = path.join(RELAY_DIR, 'operations');
const ARTIFACTS_DIR = path.join(RELAY_DIR, '__generated__');
const RELAY_CLI = require.resolve('relay-compiler/cli.js');

/** Runs relay-compiler (its own binary, through the package's launcher) in a folder holding a relay.config.json. */
function relayCompiler(cwd: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [RELAY_CLI], { cwd, encoding: 'utf8', timeout: 120_000 });
  // The compiler colours its output; the escapes are dropped so that the messages read plainly.
  const colour = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
  return { status: result.status, output: `${result.stdout}${result.stderr}`.replace(colour, '') };
}

/** The operation text Relay generated for a query, as a Relay client sends it. */
function operationText(name: string): string {
  const artifact = fs.readFileSync(path.join(ARTIFACTS_DIR, `${name}.graphql.ts`), 'utf8');
  const literal = /"text": ("(?:[^"\\]|\\.)*")/.exec(artifact)?.[1];
  if (!literal) throw new Error(`no operation text in ${name}`);
  return JSON.parse(literal) as string;
}

const sources = (): string =>
  fs
    .readdirSync(OPERATIONS_DIR)
    .map((file) => fs.readFileSync(path.join(OPERATIONS_DIR, file), 'utf8'))
    .join('\n');

describe('X13 Relay', () => {
  beforeAll(() => {
    fs.rmSync(ARTIFACTS_DIR, { recursive: true, force: true });
    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  });

  it('X13: the API schema that client tooling compiles against is the one the current subgraphs compose', () => {
    const { errors, apiSdl } = compose();
    expect(errors).toEqual([]);
    expect(fs.readFileSync(API_SCHEMA_PATH, 'utf8')).toBe(apiSdl);
  });

  it('X13: relay-compiler compiles the checked-in operations, with @connection on real lists and @refetchable on Node types', () => {
    const text = sources();
    const connections = [...text.matchAll(/(\w+)\([^)]*\)\s*@connection/g)].map((m) => m[1]);
    expect(connections.length).toBeGreaterThanOrEqual(3);
    const refetchableOn = [...text.matchAll(/fragment \w+ on (\w+)[^{]*@refetchable/g)].map((m) => m[1]);
    for (const type of ['User', 'Company', 'Product', 'EndCustomer', 'App', 'Keyset', 'Lead', 'ProductSubscription', 'Marketplace']) {
      expect(refetchableOn).toContain(type);
    }

    const { status, output } = relayCompiler(RELAY_DIR);
    expect({ status, output }).toEqual({ status: 0, output: expect.stringContaining('Compilation completed') });
    // A refetchable fragment on a Node type refetches through node(id:).
    expect(operationText('CompanyPageRefetchQuery')).toMatch(/node\(id: \$id\)/);
    expect(operationText('ProductVersionsPaginationQuery')).toMatch(/versions\(last: \$count, before: \$cursor\)[\s\S]*hasPreviousPage[\s\S]*startCursor/);
  });

  it('X13: relay-compiler fails on an operation the schema does not allow, so the test above fails on any error', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relay-'));
    try {
      fs.mkdirSync(path.join(dir, 'src'));
      fs.mkdirSync(path.join(dir, '__generated__'));
      fs.copyFileSync(API_SCHEMA_PATH, path.join(dir, 'schema.graphql'));
      fs.writeFileSync(
        path.join(dir, 'relay.config.json'),
        JSON.stringify({ src: './src', schema: './schema.graphql', language: 'typescript', artifactDirectory: './__generated__' }),
      );
      fs.writeFileSync(
        path.join(dir, 'src', 'Broken.ts'),
        'const graphql = String.raw;\nexport const q = graphql`\n  query BrokenQuery($id: ID!) { company(id: $id) { noSuchField } }\n`;\n',
      );
      const { status, output } = relayCompiler(dir);
      expect(status).not.toBe(0);
      expect(output).toContain('noSuchField');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('the queries Relay generates, sent to the real gateway', () => {
    let graph: TestGraph;
    let m: MarketplaceFixture;
    let customer: { customerId: string; appId: string; keysetId: string };
    let productId: string;

    beforeAll(async () => {
      graph = await startGraph();
      m = await marketplaceFixture(graph, 'relay');
      customer = await activeCustomer(graph, m, 'relay');
      productId = (await publishedProduct(graph, m, { name: 'Relay Product' })).productId;
      for (const version of ['1.0.0', '1.1.0', '2.0.0']) {
        await ok(
          graph,
          'mutation($input: CreateVersionInput!) { createVersion(input: $input) { version { id } userErrors { message } } }',
          { input: { productId, version, changelog: version, configSchema: { type: 'object' } } },
          m.people.developer.token,
        );
      }
    }, 180_000);
    afterAll(() => graph?.stop());

    it('X13: the refetch and pagination queries Relay generates answer through node(id:), and page forwards and backwards', async () => {
      const developer = m.people.developer.token;
      const run = async (name: string, variables: Record<string, unknown>, token = developer) => {
        const res = await graph.gql<{ node: Record<string, unknown> | null }>(operationText(name), variables, { token });
        expect({ name, errors: res.errors }).toEqual({ name, errors: undefined });
        return res.data?.node ?? null;
      };
      expect(await run('CompanyPageRefetchQuery', { id: m.companies.developer })).toMatchObject({ __typename: 'Company', id: m.companies.developer });
      const members = (await run('CompanyMembersPaginationQuery', { id: m.companies.developer, count: 1 })) as {
        members: { totalCount: number; edges: { cursor: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      };
      expect(members.members.totalCount).toBe(2);
      expect(members.members.pageInfo.hasNextPage).toBe(true);
      const next = (await run('CompanyMembersPaginationQuery', { id: m.companies.developer, count: 1, cursor: members.members.pageInfo.endCursor })) as {
        members: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean } };
      };
      expect(next.members.edges).toHaveLength(1);
      expect(next.members.pageInfo.hasNextPage).toBe(false);
      expect(await run('CompanyProductsPaginationQuery', { id: m.companies.developer })).toMatchObject({ products: { edges: [{ node: { id: productId } }] } });
      expect(await run('CompanyEndCustomersPaginationQuery', { id: m.companies.developer })).toMatchObject({
        endCustomers: { edges: [{ node: { id: customer.customerId } }] },
      });
      expect(await run('EndCustomerPageRefetchQuery', { id: customer.customerId })).toMatchObject({ __typename: 'EndCustomer', id: customer.customerId });
      expect(await run('EndCustomerKeysetsPaginationQuery', { id: customer.customerId })).toMatchObject({ keysets: { edges: [{ node: { id: customer.keysetId } }] } });
      expect(await run('KeysetRefetchQuery', { id: customer.keysetId })).toMatchObject({ __typename: 'Keyset', app: { id: customer.appId } });
      expect(await run('AppRefetchQuery', { id: customer.appId })).toMatchObject({ __typename: 'App', id: customer.appId });
      expect(await run('ProductPageRefetchQuery', { id: productId })).toMatchObject({ __typename: 'Product', id: productId, vendor: { id: m.companies.developer } });
      const last = (await run('ProductVersionsPaginationQuery', { id: productId, count: 2 })) as {
        versions: { edges: { node: { version: string } }[]; pageInfo: { hasPreviousPage: boolean; startCursor: string } };
      };
      expect(last.versions.edges).toHaveLength(2);
      expect(last.versions.pageInfo.hasPreviousPage).toBe(true);
      const earlier = (await run('ProductVersionsPaginationQuery', { id: productId, count: 2, cursor: last.versions.pageInfo.startCursor })) as {
        versions: { edges: { node: { version: string } }[]; pageInfo: { hasPreviousPage: boolean } };
      };
      expect(earlier.versions.edges).toHaveLength(1);
      expect(earlier.versions.pageInfo.hasPreviousPage).toBe(false);
      const versions = [...earlier.versions.edges, ...last.versions.edges].map((e) => e.node.version);
      expect([...versions].sort()).toEqual(['1.0.0', '1.1.0', '2.0.0']);
      expect(await run('UserProfileRefetchQuery', { id: m.people.developer.userId })).toMatchObject({ __typename: 'User', id: m.people.developer.userId });
      expect(await run('UserMyAppsPaginationQuery', { id: m.people.developer.userId })).toMatchObject({ myApps: { edges: [] } });
      expect(await run('MarketplaceRefetchQuery', { id: m.marketplaceId }, m.people.owner.token)).toMatchObject({ __typename: 'Marketplace', slug: m.slug });
    });
  });
});
