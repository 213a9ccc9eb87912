import { createHash } from 'node:crypto';
import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, gql, type NormalizedCacheObject, type ObservableQuery, type TypePolicies } from '@apollo/client/core';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { relayStylePagination } from '@apollo/client/utilities';
import { marketplaceFixture, ok, startGraph, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { draftProduct, publishedProduct } from '../services/catalog/test/helpers';
import { activeCustomer } from '../services/tenancy/test/helpers';

/**
 * The type policies a frontend writes for this graph: every connection field merges its pages
 * with relayStylePagination, keyed by the arguments that choose the list (not by first/after).
 * Every other object normalizes by its id with no policy at all.
 */
const TYPE_POLICIES: TypePolicies = {
  Query: {
    fields: {
      companies: relayStylePagination(['marketplaceId', 'accessType', 'search', 'orderBy']),
      products: relayStylePagination(['marketplaceId', 'state', 'vendorCompanyId', 'search', 'category', 'orderBy']),
      storefront: relayStylePagination(['marketplaceId', 'search', 'category', 'orderBy']),
    },
  },
  Company: { fields: { members: relayStylePagination(['search']), endCustomers: relayStylePagination(['search', 'orderBy']), apps: relayStylePagination(['search', 'orderBy']) } },
  EndCustomer: { fields: { apps: relayStylePagination(['search']), keysets: relayStylePagination(['search', 'enabled']) } },
};

/** Objects that are parts of their parent, with no identity of their own: Relay's connection plumbing and payloads, and plain values. */
const PART_OF_PARENT = /^(.+Connection|.+Edge|.+Payload|PageInfo|UserError|Money|Viewer)$/;

interface Client {
  client: ApolloClient;
  cache: InMemoryCache;
  /** The operation names sent over HTTP, in order. */
  sent: string[];
}

let graph: TestGraph;
let m: MarketplaceFixture;
let other: MarketplaceFixture;
let extraCompanies: string[];
let drafts: string[];

/** A client as a frontend builds it: one HTTP link to the gateway with the caller's token, a normalized cache. */
function apolloClient(token: string | null, options: { persisted?: boolean } = {}): Client {
  const sent: string[] = [];
  const http = new HttpLink({
    uri: graph.url,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    fetch: async (input, init) => {
      const body = JSON.parse(String(init?.body ?? '{}')) as { operationName?: string; query?: string };
      sent.push(`${body.operationName ?? '?'}${body.query === undefined ? ' (hash only)' : ''}`);
      return fetch(input, init);
    },
  });
  const link = options.persisted
    ? ApolloLink.from([new PersistedQueryLink({ sha256: (query: string) => createHash('sha256').update(query).digest('hex') }), http])
    : http;
  const cache = new InMemoryCache({ typePolicies: TYPE_POLICIES });
  return { client: new ApolloClient({ link, cache }), cache, sent };
}

beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'apollo');
  other = await marketplaceFixture(graph, 'apollo-other');
  extraCompanies = [];
  for (const name of ['Fabrikam', 'Contoso', 'Tailspin']) {
    const created = await ok<{ createCompany: { company: { id: string } } }>(
      graph,
      'mutation($input: CreateCompanyInput!) { createCompany(input: $input) { company { id } userErrors { message } } }',
      { input: { marketplaceId: m.marketplaceId, name, accessTypes: [], firstAdmin: { email: `admin@${name.toLowerCase()}.test` } } },
      m.people.owner.token,
    );
    extraCompanies.push(created.createCompany.company.id);
  }
  drafts = [];
  for (const name of ['Invoice Hub', 'Payroll Bridge', 'Ledger Sync']) drafts.push((await draftProduct(graph, m, { name })).productId);
  await publishedProduct(graph, m, { name: 'Storefront Star' });
  await activeCustomer(graph, m, 'apollo');
}, 240_000);
afterAll(() => graph?.stop());

const COMPANIES = gql`
  query Companies($marketplaceId: ID!, $first: Int, $after: String) {
    companies(marketplaceId: $marketplaceId, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

interface CompaniesData {
  companies: { totalCount: number; edges: { cursor: string; node: { id: string; name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const MEMBERS = gql`
  query Members($id: ID!, $after: String) {
    company(id: $id) {
      id
      name
      members(first: 1, after: $after) {
        edges {
          node {
            id
            roles
            user {
              id
              email
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;

interface MembersData {
  company: { id: string; members: { edges: { node: { id: string; user: { email: string } } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
}

const VENDOR_PRODUCTS = gql`
  query VendorProducts($vendorCompanyId: ID!) {
    products(vendorCompanyId: $vendorCompanyId, first: 10) {
      edges {
        node {
          id
          name
          tagline
          state
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

interface Watched<TData> {
  query: ObservableQuery<TData>;
  /** The query's data once it is no longer loading, as a component renders it after its last emission. */
  settled(): Promise<TData>;
  stop(): void;
}

/** Watches a query as a component does, once its first complete result arrived. */
async function watch<TData>(client: ApolloClient, options: ApolloClient.WatchQueryOptions<TData>): Promise<Watched<TData>> {
  const query = client.watchQuery<TData>(options);
  const waiting: (() => void)[] = [];
  let failure: unknown;
  const subscription = query.subscribe({
    next: (result) => {
      if (result.error) failure = result.error;
      waiting.splice(0).forEach((check) => check());
    },
    error: (err: unknown) => {
      failure = err;
      waiting.splice(0).forEach((check) => check());
    },
  });
  const settled = (): Promise<TData> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        const current = query.getCurrentResult();
        if (failure !== undefined) reject(failure instanceof Error ? failure : new Error(String(failure)));
        else if (!current.loading && current.dataState === 'complete') resolve(current.data as TData);
        else waiting.push(check);
      };
      check();
    });
  await settled();
  return { query, settled, stop: () => subscription.unsubscribe() };
}

/** Every object found inline in the cache, with where it was found: a normalized cache has only parts of their parent there. */
function inlineObjects(extracted: NormalizedCacheObject): { typename: string; at: string }[] {
  const found: { typename: string; at: string }[] = [];
  const walk = (value: unknown, at: string): void => {
    if (Array.isArray(value)) return value.forEach((item, i) => walk(item, `${at}[${i}]`));
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record['__typename'] === 'string') found.push({ typename: record['__typename'], at });
    for (const [key, child] of Object.entries(record)) walk(child, `${at}.${key}`);
  };
  for (const [key, record] of Object.entries(extracted)) {
    for (const [field, value] of Object.entries(record ?? {})) walk(value, `${key}.${field}`);
  }
  return found;
}

/** References in the cache that lead nowhere. */
function danglingRefs(extracted: NormalizedCacheObject): string[] {
  const dangling: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return;
    const ref = (value as { __ref?: unknown }).__ref;
    if (typeof ref === 'string' && !(ref in extracted)) dangling.push(ref);
    Object.values(value).forEach(walk);
  };
  walk(extracted);
  return dangling;
}

describe('X13: Apollo Client with a normalized cache and relayStylePagination', () => {
  it('X13: pages through companies with fetchMore; relayStylePagination merges the edges in order, each a reference to its normalized company', async () => {
    const { client, cache, sent } = apolloClient(m.people.owner.token);
    const all = await ok<CompaniesData>(graph, 'query($m: ID!) { companies(marketplaceId: $m, first: 100) { totalCount edges { node { id name } } } }', { m: m.marketplaceId }, m.people.owner.token);
    expect(all.companies.totalCount).toBe(7);

    const watched = await watch<CompaniesData>(client, { query: COMPANIES, variables: { marketplaceId: m.marketplaceId, first: 3 } });
    try {
      let page = await watched.settled();
      expect(page.companies.edges).toHaveLength(3);
      while (page.companies.pageInfo.hasNextPage) {
        await watched.query.fetchMore({ variables: { after: page.companies.pageInfo.endCursor } });
        page = await watched.settled();
      }
      expect(page.companies.edges.map((e) => ({ id: e.node.id, name: e.node.name }))).toEqual(all.companies.edges.map((e) => e.node));
      expect(page.companies.pageInfo.hasNextPage).toBe(false);
      expect(page.companies.totalCount).toBe(7);
      // One request per page: three, three and one.
      expect(sent).toEqual(['Companies', 'Companies', 'Companies']);
    } finally {
      watched.stop();
    }

    // The merged list holds references; each company is stored once, under its id.
    const extracted = cache.extract();
    // One stored list for every page, keyed by the marketplace alone.
    const lists = Object.entries(extracted['ROOT_QUERY'] as Record<string, { edges: { node: { __ref: string } }[] }>).filter(([field]) => field.startsWith('companies'));
    expect(lists.map(([field]) => field)).toEqual([`companies:{"marketplaceId":"${m.marketplaceId}"}`]);
    expect(lists[0]?.[1].edges.map((e) => e.node.__ref)).toEqual(all.companies.edges.map((e) => `Company:${e.node.id}`));
    for (const id of extraCompanies) expect(extracted[`Company:${id}`]).toMatchObject({ __typename: 'Company', id });
  });

  it('X13: pages backward with last/before from the end of a list sorted by name; relayStylePagination prepends each page, and each ordering is its own list', async () => {
    const { client, cache, sent } = apolloClient(m.people.owner.token);
    const byName = { field: 'NAME', direction: 'ASC' };
    const all = await ok<CompaniesData>(graph, 'query($m: ID!, $o: CompanyOrder) { companies(marketplaceId: $m, first: 100, orderBy: $o) { totalCount edges { node { id name } } } }', { m: m.marketplaceId, o: byName }, m.people.owner.token);
    const BACKWARD = gql`
      query CompaniesBack($marketplaceId: ID!, $orderBy: CompanyOrder, $before: String) {
        companies(marketplaceId: $marketplaceId, orderBy: $orderBy, last: 3, before: $before) {
          edges {
            cursor
            node {
              id
              name
            }
          }
          pageInfo {
            hasPreviousPage
            startCursor
          }
        }
      }
    `;
    type Back = { companies: { edges: { node: { id: string; name: string } }[]; pageInfo: { hasPreviousPage: boolean; startCursor: string | null } } };
    const watched = await watch<Back>(client, { query: BACKWARD, variables: { marketplaceId: m.marketplaceId, orderBy: byName } });
    try {
      let page = await watched.settled();
      expect(page.companies.edges.map((e) => e.node.id)).toEqual(all.companies.edges.slice(-3).map((e) => e.node.id));
      while (page.companies.pageInfo.hasPreviousPage) {
        await watched.query.fetchMore({ variables: { before: page.companies.pageInfo.startCursor } });
        page = await watched.settled();
      }
      expect(page.companies.edges.map((e) => ({ id: e.node.id, name: e.node.name }))).toEqual(all.companies.edges.map((e) => e.node));
      expect(sent).toEqual(['CompaniesBack', 'CompaniesBack', 'CompaniesBack']);
    } finally {
      watched.stop();
    }
    // The creation-ordered list of another query stays apart from the list sorted by name.
    await client.query({ query: COMPANIES, variables: { marketplaceId: m.marketplaceId, first: 2 } });
    const lists = Object.keys(cache.extract()['ROOT_QUERY'] ?? {}).filter((field) => field.startsWith('companies')).sort();
    expect(lists).toEqual([`companies:{"marketplaceId":"${m.marketplaceId}"}`, `companies:{"marketplaceId":"${m.marketplaceId}","orderBy":{"direction":"ASC","field":"NAME"}}`].sort());
  });

  it('X13: pages through a nested connection (a company\'s members) with fetchMore, and another marketplace\'s list stays apart and refused', async () => {
    const { client, cache } = apolloClient(m.people.devAdmin.token);
    const watched = await watch<MembersData>(client, { query: MEMBERS, variables: { id: m.companies.developer } });
    try {
      let data = await watched.settled();
      expect(data.company.members.edges).toHaveLength(1);
      while (data.company.members.pageInfo.hasNextPage) {
        await watched.query.fetchMore({ variables: { after: data.company.members.pageInfo.endCursor } });
        data = await watched.settled();
      }
      expect(data.company.members.edges.map((e) => e.node.user.email).sort()).toEqual([m.people.devAdmin.email, m.people.developer.email].sort());
      const company = cache.extract()[`Company:${m.companies.developer}`] as Record<string, { edges: { node: { __ref: string } }[] }>;
      const members = Object.entries(company).filter(([field]) => field.startsWith('members'));
      expect(members.map(([field]) => field)).toEqual(['members:{}']);
      expect(members[0]?.[1].edges.map((e) => e.node.__ref)).toEqual(data.company.members.edges.map((e) => `Membership:${e.node.id}`));
    } finally {
      watched.stop();
    }

    // Hostile: staff of another marketplace pages nothing of this one, and caches nothing of it.
    const stranger = apolloClient(other.people.owner.token);
    const refused = await stranger.client.query<CompaniesData>({ query: COMPANIES, variables: { marketplaceId: m.marketplaceId, first: 3 }, errorPolicy: 'all' });
    expect(CombinedGraphQLErrors.is(refused.error)).toBe(true);
    expect((refused.error as CombinedGraphQLErrors).errors.map((e) => e.extensions?.['code'])).toEqual(['NOT_FOUND']);
    const foreign = await stranger.client.query<MembersData>({ query: MEMBERS, variables: { id: m.companies.developer }, errorPolicy: 'all' });
    expect(foreign.data?.company ?? null).toBeNull();
    expect((foreign.error as CombinedGraphQLErrors).errors.map((e) => e.extensions?.['code'])).toEqual(['NOT_FOUND']);
    expect(Object.keys(stranger.cache.extract()).filter((key) => key.startsWith('Company:'))).toEqual([]);
  });

  it('X13: a mutation\'s payload updates the normalized object in the cache, so every list showing it changes without a refetch', async () => {
    const { client, cache, sent } = apolloClient(m.people.owner.token);
    const watched = await watch<CompaniesData>(client, { query: COMPANIES, variables: { marketplaceId: m.marketplaceId, first: 100 } });
    try {
      const target = m.companies.customer;
      const renamed = await client.mutate<{ renameCompany: { company: { id: string; name: string }; userErrors: unknown[] } }>({
        mutation: gql`
          mutation Rename($input: RenameCompanyInput!) {
            renameCompany(input: $input) {
              company {
                id
                name
              }
              userErrors {
                field
                code
                message
              }
            }
          }
        `,
        variables: { input: { companyId: target, name: 'Northwind Renamed' } },
      });
      expect(renamed.data?.renameCompany.userErrors).toEqual([]);
      expect(cache.readFragment<{ name: string }>({ id: cache.identify({ __typename: 'Company', id: target }), fragment: gql`fragment Name on Company { name }` })?.name).toBe(
        'Northwind Renamed',
      );
      const list = (await watched.settled()).companies.edges.map((e) => e.node);
      expect(list.find((c) => c.id === target)?.name).toBe('Northwind Renamed');
      // The list was read once and the mutation sent once: no refetch.
      expect(sent).toEqual(['Companies', 'Rename']);
    } finally {
      watched.stop();
    }

    // The vendor's developer edits a draft: the product list it shows follows from the payload.
    const vendor = apolloClient(m.people.developer.token);
    const products = await watch<{ products: { edges: { node: { id: string; name: string; tagline: string } }[] } }>(vendor.client, {
      query: VENDOR_PRODUCTS,
      variables: { vendorCompanyId: m.companies.developer },
    });
    try {
      const productId = drafts[0] as string;
      const updated = await vendor.client.mutate<{ updateProduct: { product: { id: string; name: string; tagline: string }; userErrors: unknown[] } }>({
        mutation: gql`
          mutation UpdateProduct($input: UpdateProductInput!) {
            updateProduct(input: $input) {
              product {
                id
                name
                tagline
              }
              userErrors {
                field
                code
                message
              }
            }
          }
        `,
        variables: { input: { productId, name: 'Invoice Hub 2', tagline: 'Invoices, reconciled' } },
      });
      expect(updated.data?.updateProduct.userErrors).toEqual([]);
      const shown = (await products.settled()).products.edges.map((e) => e.node).find((p) => p.id === productId);
      expect(shown).toMatchObject({ name: 'Invoice Hub 2', tagline: 'Invoices, reconciled' });
      expect(vendor.sent).toEqual(['VendorProducts', 'UpdateProduct']);
    } finally {
      products.stop();
    }
  });

  it('X13: setTheme\'s payload updates the cached theme in place: the partner\'s company shows the new theme without a refetch', async () => {
    const partner = apolloClient(m.people.devAdmin.token);
    const setTheme = (name: string, primaryColor: string) =>
      partner.client.mutate<{ setTheme: { theme: { id: string; name: string; primaryColor: string }; userErrors: unknown[] } }>({
        mutation: gql`
          mutation SetTheme($input: SetThemeInput!) {
            setTheme(input: $input) {
              theme {
                id
                name
                primaryColor
              }
              userErrors {
                field
                code
                message
              }
            }
          }
        `,
        variables: { input: { companyId: m.companies.developer, name, primaryColor, accentColor: '#abcdef' } },
      });
    const first = await setTheme('Apollo Blue', '#1d4ed8');
    expect(first.data?.setTheme.userErrors).toEqual([]);
    const watched = await watch<{ company: { id: string; theme: { id: string; name: string; primaryColor: string } | null } }>(partner.client, {
      query: gql`
        query PartnerTheme($id: ID!) {
          company(id: $id) {
            id
            theme {
              id
              name
              primaryColor
            }
          }
        }
      `,
      variables: { id: m.companies.developer },
    });
    try {
      const themeId = first.data?.setTheme.theme.id as string;
      expect((await watched.settled()).company.theme).toEqual({ __typename: 'Theme', id: themeId, name: 'Apollo Blue', primaryColor: '#1d4ed8' });
      const second = await setTheme('Apollo Green', '#15803d');
      expect(second.data?.setTheme.theme.id).toBe(themeId);
      expect((await watched.settled()).company.theme).toEqual({ __typename: 'Theme', id: themeId, name: 'Apollo Green', primaryColor: '#15803d' });
      expect(partner.cache.extract()[`Theme:${themeId}`]).toMatchObject({ name: 'Apollo Green', primaryColor: '#15803d' });
      expect(partner.sent).toEqual(['SetTheme', 'PartnerTheme', 'SetTheme']);
    } finally {
      watched.stop();
    }
  });

  it('X13: every object the dashboard queries return has an id and is normalized: the cache holds only connections, edges, payloads and values inline, and no reference dangles', async () => {
    const { client, cache } = apolloClient(m.people.owner.token);
    await client.query({
      query: gql`
        query Dashboard($marketplaceId: ID!, $companyId: ID!) {
          viewer {
            kind
            user {
              id
              email
              memberships {
                id
                roles
                company {
                  id
                  name
                }
              }
            }
            memberships {
              id
              permissions
              company {
                id
                name
                isOwner
                marketplace {
                  id
                  name
                  slug
                  ownerCompany {
                    id
                  }
                }
              }
            }
          }
          marketplace(id: $marketplaceId) {
            id
            name
          }
          companies(marketplaceId: $marketplaceId, first: 20) {
            edges {
              node {
                id
                name
                accessTypes
                members(first: 5) {
                  edges {
                    node {
                      id
                      roles
                      user {
                        id
                        email
                        name
                      }
                      company {
                        id
                      }
                    }
                  }
                  pageInfo {
                    hasNextPage
                    endCursor
                  }
                }
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
          company(id: $companyId) {
            id
            endCustomers(first: 10) {
              edges {
                node {
                  id
                  name
                  externalId
                  apps(first: 10) {
                    edges {
                      node {
                        id
                        name
                        partner {
                          id
                        }
                      }
                    }
                  }
                  keysets(first: 10) {
                    edges {
                      node {
                        id
                        name
                        enabled
                        app {
                          id
                        }
                      }
                    }
                  }
                }
              }
            }
          }
          products(marketplaceId: $marketplaceId, first: 10) {
            edges {
              node {
                id
                name
                state
                vendor {
                  id
                  name
                }
                editions(first: 5) {
                  edges {
                    node {
                      id
                      name
                      price {
                        amountMinor
                        currency
                      }
                      product {
                        id
                      }
                    }
                  }
                }
              }
            }
          }
        }
      `,
      variables: { marketplaceId: m.marketplaceId, companyId: m.companies.developer },
    });
    const extracted = cache.extract();
    const inline = inlineObjects(extracted);
    expect(inline.filter((o) => !PART_OF_PARENT.test(o.typename))).toEqual([]);
    expect(danglingRefs(extracted)).toEqual([]);
    // What was normalized: each entity once, under Type:id, with its id.
    const entities = Object.entries(extracted).filter(([key]) => key !== 'ROOT_QUERY');
    for (const [key, record] of entities) expect(key).toBe(`${String(record?.['__typename'])}:${String(record?.['id'])}`);
    const types = new Set(entities.map(([, record]) => String(record?.['__typename'])));
    expect([...types].sort()).toEqual(['App', 'Company', 'Edition', 'EndCustomer', 'Keyset', 'Marketplace', 'Membership', 'Product', 'User']);
  });

  it('X13: automatic persisted queries: Apollo Client sends the hash alone, the gateway asks once for the document, and the hash alone suffices after', async () => {
    const first = apolloClient(null, { persisted: true });
    const storefront = gql`
      query Storefront {
        storefront(first: 10) {
          edges {
            node {
              id
              name
            }
          }
        }
      }
    `;
    const context = { headers: { 'x-marketplace': m.slug } };
    const found = await first.client.query<{ storefront: { edges: { node: { name: string } }[] } }>({ query: storefront, context });
    expect(found.data?.storefront.edges.map((e) => e.node.name)).toEqual(['Storefront Star']);
    expect(first.sent).toEqual(['Storefront (hash only)', 'Storefront']);

    const second = apolloClient(null, { persisted: true });
    await second.client.query({ query: storefront, context });
    expect(second.sent).toEqual(['Storefront (hash only)']);
  });
});
