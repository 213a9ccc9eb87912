import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, isInterfaceType, isObjectType, Kind, parse, type GraphQLObjectType, type ObjectTypeDefinitionNode } from 'graphql';
import { newId } from '@marketgraph/db';
import { marketplaceFixture, ok, spanningStaff, startGraph, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { ASSIGN, makeReseller, publishedProduct, draftProduct, RELEASE, SUBSCRIBE } from '../services/catalog/test/helpers';
import { activeCustomer, INSTALL, mint, REPORT } from '../services/tenancy/test/helpers';

const SCHEMA_DIR = path.resolve(__dirname, '..', 'schema');
const supergraphSdl = fs.readFileSync(path.join(SCHEMA_DIR, 'supergraph.graphql'), 'utf8');
const api = buildSchema(fs.readFileSync(path.join(SCHEMA_DIR, 'api.graphql'), 'utf8'));

/** Object types that are entities of the supergraph: a `@key` in at least one subgraph. */
function entityTypes(): string[] {
  return parse(supergraphSdl)
    .definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION)
    .filter((d) => (d.directives ?? []).some((dir) => dir.name.value === 'join__type' && (dir.arguments ?? []).some((a) => a.name.value === 'key')))
    .map((d) => d.name.value)
    .sort();
}

const nodeTypes = (): string[] => {
  const node = api.getType('Node');
  if (!node || !isInterfaceType(node)) throw new Error('no Node interface');
  return api
    .getPossibleTypes(node)
    .map((t) => t.name)
    .sort();
};

/** Types a client never normalizes on their own: lists' pages, payloads, errors, per-caller singletons and values computed per query. */
const NOT_CACHED_ON_THEIR_OWN = new Set([
  'Query',
  'Mutation',
  'PageInfo',
  'UserError',
  // The caller itself, as it signed in: one per session.
  'Viewer',
  'EmbedSession',
  // Read once before sign-in, keyed by its token.
  'InvitationPreview',
  // Values inside the object that holds them: the same key under other arguments holds other numbers.
  'Money',
  'StateCount',
  'SalesRow',
  'LeadFunnelRow',
]);

const NODE_QUERY = 'query Node($id: ID!) { node(id: $id) { __typename id } }';

let graph: TestGraph;
let m: MarketplaceFixture;
let other: MarketplaceFixture;
/** One object of every Node type in marketplace `m`, with a caller allowed to read it and a field only its owner resolves. */
let readable: { typename: string; id: string; token: string; field: string }[];
let ids: {
  draftProduct: string;
  endCustomer: string;
  app: string;
  keyset: string;
  lead: string;
  subscription: string;
  membership: string;
  invitation: string;
  apiKey: string;
  installation: string;
  activityEvent: string;
};

beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'node1');
  other = await marketplaceFixture(graph, 'node2');
  const published = await publishedProduct(graph, m, { name: 'Node Published' });
  const draft = await draftProduct(graph, m, { name: 'Node Draft' });
  const version = await ok<{ createVersion: { version: { id: string } } }>(
    graph,
    'mutation($input: CreateVersionInput!) { createVersion(input: $input) { version { id } userErrors { message } } }',
    { input: { productId: published.productId, version: '1.0.0', changelog: 'First', configSchema: { type: 'object' } } },
    m.people.developer.token,
  );
  const subscribed = await ok<{ subscribe: { subscription: { id: string } } }>(
    graph,
    SUBSCRIBE,
    { input: { editionId: published.editionId, companyId: m.companies.customer } },
    m.people.customerAdmin.token,
  );
  await makeReseller(graph, m);
  const lead = await ok<{ createLead: { lead: { id: string } } }>(
    graph,
    'mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } userErrors { message } } }',
    { input: { companyId: m.companies.reseller, prospectCompanyName: 'Prospect Node', contactEmail: 'buyer@prospect.test' } },
    m.people.resellerAdmin.token,
  );
  const tenancy = await activeCustomer(graph, m, 'node', published.productId);
  const devAdmin = m.people.devAdmin.token;
  const customerAdmin = m.people.customerAdmin.token;
  const invited = await ok<{ inviteUser: { invitation: { id: string } } }>(
    graph,
    'mutation($input: InviteUserInput!) { inviteUser(input: $input) { invitation { id } userErrors { message } } }',
    { input: { companyId: m.companies.developer, email: 'invitee@node.test', roles: [] } },
    devAdmin,
  );
  const key = await ok<{ createApiKey: { apiKey: { id: string } } }>(
    graph,
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } userErrors { message } } }',
    { input: { companyId: m.companies.developer, name: 'node-key', roles: ['USER'] } },
    devAdmin,
  );
  const requestable = await publishedProduct(graph, m, { name: 'Node Requested' });
  const requested = await ok<{ requestPurchase: { purchaseRequest: { id: string } } }>(
    graph,
    'mutation($input: RequestPurchaseInput!) { requestPurchase(input: $input) { purchaseRequest { id } userErrors { message } } }',
    { input: { editionId: requestable.editionId, companyId: m.companies.customer } },
    m.people.customerUser.token,
  );
  const assigned = await ok<{ assignProduct: { assignment: { id: string } } }>(
    graph,
    ASSIGN,
    { input: { subscriptionId: subscribed.subscribe.subscription.id, userId: m.people.customerUser.userId } },
    customerAdmin,
  );
  await ok(graph, RELEASE, { id: version.createVersion.version.id }, m.people.developer.token);
  const installed = await ok<{ installApp: { installation: { id: string } } }>(
    graph,
    INSTALL,
    { input: { endCustomerId: tenancy.customerId, appId: tenancy.appId, versionId: version.createVersion.version.id, configuration: {} } },
    m.people.developer.token,
  );
  const reported = await ok<{ reportActivity: { event: { id: string } } }>(graph, REPORT, { input: { secretKey: tenancy.secretKey, status: 'STARTED' } });
  ids = {
    draftProduct: draft.productId,
    endCustomer: tenancy.customerId,
    app: tenancy.appId,
    keyset: tenancy.keysetId,
    lead: lead.createLead.lead.id,
    subscription: subscribed.subscribe.subscription.id,
    membership: m.people.developer.membershipId,
    invitation: invited.inviteUser.invitation.id,
    apiKey: key.createApiKey.apiKey.id,
    installation: installed.installApp.installation.id,
    activityEvent: reported.reportActivity.event.id,
  };
  const owner = m.people.owner.token;
  const developer = m.people.developer.token;
  readable = [
    { typename: 'Marketplace', id: m.marketplaceId, token: owner, field: 'slug' },
    { typename: 'Company', id: m.companies.developer, token: developer, field: 'name' },
    { typename: 'User', id: m.people.developer.userId, token: developer, field: 'email' },
    { typename: 'Product', id: draft.productId, token: developer, field: 'state' },
    { typename: 'ProductVersion', id: version.createVersion.version.id, token: developer, field: 'version' },
    { typename: 'ProductSubscription', id: ids.subscription, token: m.people.customerAdmin.token, field: 'state' },
    { typename: 'Lead', id: ids.lead, token: owner, field: 'prospectCompanyName' },
    { typename: 'EndCustomer', id: ids.endCustomer, token: developer, field: 'externalId' },
    { typename: 'App', id: ids.app, token: developer, field: 'name' },
    { typename: 'Keyset', id: ids.keyset, token: developer, field: 'publishKey' },
    { typename: 'Membership', id: ids.membership, token: developer, field: 'roles' },
    { typename: 'Invitation', id: ids.invitation, token: devAdmin, field: 'email' },
    { typename: 'ApiKey', id: ids.apiKey, token: devAdmin, field: 'prefix' },
    { typename: 'Edition', id: published.editionId, token: customerAdmin, field: 'name' },
    { typename: 'PurchaseRequest', id: requested.requestPurchase.purchaseRequest.id, token: customerAdmin, field: 'state' },
    { typename: 'ProductAssignment', id: assigned.assignProduct.assignment.id, token: customerAdmin, field: 'active' },
    { typename: 'Installation', id: ids.installation, token: developer, field: 'version' },
    { typename: 'ActivityEvent', id: ids.activityEvent, token: developer, field: 'status' },
  ];
}, 240_000);
afterAll(() => graph?.stop());

describe('X13 object identification', () => {
  it('X13: every entity type of the supergraph implements Node, and the schema has node(id:) and nodes(ids:)', () => {
    const entities = entityTypes();
    expect(entities.length).toBeGreaterThanOrEqual(10);
    const nodes = nodeTypes();
    for (const entity of entities) expect({ entity, implementsNode: nodes.includes(entity) }).toEqual({ entity, implementsNode: true });
    const query = api.getQueryType() as GraphQLObjectType;
    expect(String(query.getFields()['node']?.type)).toBe('Node');
    expect(query.getFields()['node']?.args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual(['id: ID!']);
    expect(String(query.getFields()['nodes']?.type)).toBe('[Node]!');
    expect(query.getFields()['nodes']?.args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual(['ids: [ID!]!']);
  });

  it('X13: every object type a client caches has an id: ID!', () => {
    const missing = Object.values(api.getTypeMap())
      .filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'))
      .filter((t) => !NOT_CACHED_ON_THEIR_OWN.has(t.name) && !/(Connection|Edge|Payload)$/.test(t.name))
      .filter((t) => String(t.getFields()['id']?.type) !== 'ID!')
      .map((t) => t.name);
    expect(missing).toEqual([]);
  });

  it('X13: node(id:) refetches an object of every Node type of every subgraph through the gateway, for a caller allowed to read it', async () => {
    expect(readable.map((r) => r.typename).sort()).toEqual(nodeTypes());
    for (const { typename, id, token, field } of readable) {
      const res = await graph.gql<{ node: Record<string, unknown> | null }>(
        `query($id: ID!) { node(id: $id) { __typename id ... on ${typename} { ${field} } } }`,
        { id },
        { token },
      );
      expect({ typename, errors: res.errors }).toEqual({ typename, errors: undefined });
      expect(res.data?.node).toMatchObject({ __typename: typename, id });
      expect(res.data?.node?.[field]).toEqual(expect.anything());
    }
  });

  it('X13: nodes(ids:) answers each ID in order, null with NOT_FOUND where the caller may not read it, and refuses more than 100', async () => {
    const developer = m.people.developer.token;
    const res = await graph.gql<{ nodes: ({ __typename: string; id: string } | null)[] }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }',
      { ids: [ids.endCustomer, newId(), m.companies.developer, ids.draftProduct, other.companies.developer] },
      { token: developer },
    );
    expect(res.data?.nodes).toEqual([
      { __typename: 'EndCustomer', id: ids.endCustomer },
      null,
      { __typename: 'Company', id: m.companies.developer },
      { __typename: 'Product', id: ids.draftProduct },
      null,
    ]);
    expect(res.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['nodes', 1], 'NOT_FOUND'],
      [['nodes', 4], 'NOT_FOUND'],
    ]);
    const tooMany = await graph.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 101 }, () => newId()) }, { token: developer });
    expect(tooMany.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('X13, X3: another tenant\'s ID, an unknown ID and a malformed ID answer byte-identical NOT_FOUND bodies, for every kind of hostile caller', async () => {
    // Callers outside marketplace m's developer company, and the IDs of that company's own objects.
    const apiKey = await ok<{ createApiKey: { key: string } }>(
      graph,
      'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key userErrors { message } } }',
      { input: { companyId: other.companies.developer, name: 'node-probe', roles: ['DEVELOPER'] } },
      other.people.developer.token,
    );
    const otherCustomer = await activeCustomer(graph, other, 'probe');
    const embed = await mint(graph, other.people.developer.token, otherCustomer.customerId, ['READ']);
    const spanning = await spanningStaff(graph, other, m, 'span@node.test');
    const callers: [string, Record<string, string>][] = [
      ['anonymous', {}],
      ['anonymous on the storefront of m', { 'x-marketplace': m.slug }],
      ['embed token of another marketplace', { authorization: `Bearer ${embed}` }],
      ['API key of another marketplace', { authorization: `ApiKey ${apiKey.createApiKey.key}` }],
      ['staff of another marketplace', { authorization: `Bearer ${other.people.owner.token}` }],
      ['user in two marketplaces', { authorization: `Bearer ${spanning.token}` }],
      ['customer user of the same marketplace', { authorization: `Bearer ${m.people.customerUser.token}` }],
    ];
    const foreign = [
      ids.draftProduct,
      ids.endCustomer,
      ids.app,
      ids.keyset,
      ids.lead,
      ids.membership,
      ids.invitation,
      ids.apiKey,
      ids.installation,
      ids.activityEvent,
      m.companies.developer,
      m.people.developer.userId,
    ];
    const probes = [...foreign, newId(), 'not-an-id', '0'.repeat(500), "' OR 1=1 --"];
    for (const [caller, headers] of callers) {
      const bodies = new Set<string>();
      for (const id of probes) {
        const response = await fetch(graph.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query: NODE_QUERY, variables: { id } }),
        });
        bodies.add(`${response.status} ${await response.text()}`);
      }
      expect({ caller, bodies: [...bodies] }).toEqual({ caller, bodies: [expect.stringContaining('"NOT_FOUND"')] });
      expect([...bodies][0]).toContain('"node":null');
    }
  });

  it('X13: nodes(ids:) answers IDs of all three subgraphs and unknown ones in one request, in the order asked', async () => {
    const developer = m.people.developer.token;
    const many = [ids.endCustomer, ids.app, ids.keyset, ids.draftProduct, m.companies.developer, ...Array.from({ length: 40 }, () => newId())];
    const res = await graph.gql<{ nodes: ({ id: string } | null)[] }>('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: many }, { token: developer });
    expect(res.data?.nodes.filter((n) => n !== null).map((n) => n?.id)).toEqual(many.slice(0, 5));
    expect(res.data?.nodes).toHaveLength(45);
  });
});

describe('X13 ids on cached objects', () => {
  it('X13: setTheme returns the theme under the same id the query returned, so a normalized client cache updates it in place', async () => {
    const token = m.people.devAdmin.token;
    const SET = `mutation($input: SetThemeInput!) { setTheme(input: $input) { theme { id name primaryColor } userErrors { message } } }`;
    const input = { companyId: m.companies.developer, name: 'First', primaryColor: '#112233', accentColor: '#445566' };
    const first = await ok<{ setTheme: { theme: { id: string } } }>(graph, SET, { input }, token);
    const read = await ok<{ company: { theme: { id: string; name: string } } }>(
      graph,
      'query($id: ID!) { company(id: $id) { id theme { id name } } }',
      { id: m.companies.developer },
      token,
    );
    expect(read.company.theme).toEqual({ id: first.setTheme.theme.id, name: 'First' });
    const second = await ok<{ setTheme: { theme: { id: string; name: string; primaryColor: string } } }>(
      graph,
      SET,
      { input: { ...input, name: 'Second', primaryColor: '#aabbcc' } },
      token,
    );
    expect(second.setTheme.theme).toEqual({ id: read.company.theme.id, name: 'Second', primaryColor: '#aabbcc' });
  });

  it('X13: summaries and reports carry stable derived ids that never equal a row ID', async () => {
    const token = m.people.owner.token;
    const data = await ok<{
      partners: { edges: { node: { id: string; company: { id: string } } }[] };
      marketplaceReport: { id: string };
    }>(
      graph,
      'query($m: ID!) { partners(marketplaceId: $m, first: 10) { edges { node { id company { id } } } } marketplaceReport(marketplaceId: $m) { id } }',
      { m: m.marketplaceId },
      token,
    );
    expect(data.partners.edges.length).toBeGreaterThan(0);
    for (const { node } of data.partners.edges) expect(node.id).toBe(`PartnerSummary:${node.company.id}`);
    expect(data.marketplaceReport.id).toBe(`MarketplaceReport:${m.marketplaceId}`);
    const again = await ok<{ marketplaceReport: { id: string } }>(graph, 'query($m: ID!) { marketplaceReport(marketplaceId: $m) { id } }', { m: m.marketplaceId }, token);
    expect(again.marketplaceReport.id).toBe(data.marketplaceReport.id);
  });
});

describe('X13 node(id:) while a subgraph is down', () => {
  let faulty: TestGraph;
  let fm: MarketplaceFixture;
  let customerId: string;

  beforeAll(async () => {
    faulty = await startGraph();
    fm = await marketplaceFixture(faulty, 'nodefault');
    customerId = (await activeCustomer(faulty, fm, 'fault')).customerId;
    await faulty.stopSubgraph('tenancy');
  }, 180_000);
  afterAll(() => faulty?.stop());

  it('X13, X9: objects of the subgraphs that answer still refetch, and an ID only the stopped subgraph could place is an error, not a false NOT_FOUND', async () => {
    const token = fm.people.developer.token;
    const company = await faulty.gql<{ node: { id: string } | null }>(NODE_QUERY, { id: fm.companies.developer }, { token });
    expect(company.errors).toBeUndefined();
    expect(company.data?.node).toMatchObject({ __typename: 'Company', id: fm.companies.developer });
    const customer = await faulty.gql<{ node: unknown }>(NODE_QUERY, { id: customerId }, { token });
    expect(customer.data?.node).toBeNull();
    expect(customer.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
    // An unknown ID looks the same as the customer's: the outage tells nothing about which exists.
    const unknown = await faulty.gql<{ node: unknown }>(NODE_QUERY, { id: newId() }, { token });
    expect(unknown.errors).toEqual(customer.errors);
  });
});
