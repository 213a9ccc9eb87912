import { marketplaceFixture, ok, startGraph, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { AuditEntry } from '@marketgraph/db';
import { ProductTransition } from '../src/entities';
import {
  APPROVE,
  ARCHIVE,
  CREATE_PRODUCT,
  REJECT,
  SUBMIT,
  UPDATE_PRODUCT,
  codes,
  draftProduct,
  outcome,
  payloadOf,
  publishedProduct,
  staffOf,
  type Staff,
} from './helpers';

let graph: TestGraph;
let m: MarketplaceFixture;
let other: MarketplaceFixture;
let staff: Staff;
beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'prod');
  other = await marketplaceFixture(graph, 'otherprod');
  staff = await staffOf(graph, m);
});
afterAll(() => graph?.stop());

const PRODUCT = `query($id: ID!) { product(id: $id) { id name state tagline history { totalCount } revisions { totalCount } } }`;

describe('C1 products', () => {
  it('C1: a DEVELOPER of the vendor creates a DRAFT; other roles and companies cannot', async () => {
    const input = { vendorCompanyId: m.companies.developer, name: 'Vendor Tool' };
    const created = await graph.gql(CREATE_PRODUCT, { input }, { token: m.people.developer.token });
    expect(payloadOf<{ product: { state: string } }>(created).product.state).toBe('DRAFT');
    // The company admin of the vendor lacks the DEVELOPER role.
    expect(outcome(await graph.gql(CREATE_PRODUCT, { input }, { token: m.people.devAdmin.token }))).toBe('FORBIDDEN');
    // A customer company cannot name another company as vendor; nor can another marketplace.
    expect(outcome(await graph.gql(CREATE_PRODUCT, { input }, { token: m.people.customerAdmin.token }))).toBe('NOT_FOUND');
    expect(outcome(await graph.gql(CREATE_PRODUCT, { input }, { token: other.people.developer.token }))).toBe('NOT_FOUND');
    expect(outcome(await graph.gql(CREATE_PRODUCT, { input: { ...input, name: '  ' } }, { token: m.people.developer.token }))).toBe('INVALID');
  });

  it('C1: a company without DEVELOPER access is no vendor', async () => {
    const input = { vendorCompanyId: m.companies.customer, name: 'Not a vendor' };
    expect(outcome(await graph.gql(CREATE_PRODUCT, { input }, { token: m.people.customerAdmin.token }))).toBe('FORBIDDEN');
  });
});

describe('C2 publication workflow', () => {
  it('C2: who may move a product through each transition', async () => {
    const { productId } = await draftProduct(graph, m);
    const { developer, devAdmin, customerAdmin, owner } = m.people;
    // submit: the vendor's DEVELOPER only.
    expect(outcome(await graph.gql(SUBMIT, { id: productId }, { token: devAdmin.token }))).toBe('FORBIDDEN');
    expect(outcome(await graph.gql(SUBMIT, { id: productId }, { token: owner.token }))).toBe('FORBIDDEN');
    expect(outcome(await graph.gql(SUBMIT, { id: productId }, { token: customerAdmin.token }))).toBe('NOT_FOUND');
    expect(outcome(await graph.gql(SUBMIT, { id: productId }, { token: developer.token }))).toBe('OK');
    // approve / reject: MARKETPLACE_MANAGER or PRODUCT_SUPPORT.
    for (const token of [developer.token, devAdmin.token, staff.salesSupport.token, staff.reports.token]) {
      expect(outcome(await graph.gql(APPROVE, { id: productId }, { token }))).toBe('FORBIDDEN');
      expect(outcome(await graph.gql(REJECT, { id: productId, reason: 'no' }, { token }))).toBe('FORBIDDEN');
    }
    expect(outcome(await graph.gql(APPROVE, { id: productId }, { token: customerAdmin.token }))).toBe('NOT_FOUND');
    expect(outcome(await graph.gql(APPROVE, { id: productId }, { token: other.people.owner.token }))).toBe('NOT_FOUND');
    expect(outcome(await graph.gql(REJECT, { id: productId, reason: 'Needs screenshots' }, { token: staff.productSupport.token }))).toBe('OK');
    await ok(graph, SUBMIT, { id: productId }, developer.token);
    expect(outcome(await graph.gql(APPROVE, { id: productId }, { token: staff.productSupport.token }))).toBe('OK');
    // archive: the vendor (DEVELOPER or COMPANY_ADMIN) or a MARKETPLACE_MANAGER.
    expect(outcome(await graph.gql(ARCHIVE, { id: productId }, { token: staff.productSupport.token }))).toBe('FORBIDDEN');
    expect(outcome(await graph.gql(ARCHIVE, { id: productId }, { token: customerAdmin.token }))).toBe('NOT_FOUND');
    expect(outcome(await graph.gql(ARCHIVE, { id: productId }, { token: devAdmin.token }))).toBe('OK');
    const second = await publishedProduct(graph, m);
    expect(outcome(await graph.gql(ARCHIVE, { id: second.productId }, { token: owner.token }))).toBe('OK');
  });

  it('C2: an illegal transition is refused with a message naming the current state', async () => {
    const { productId } = await draftProduct(graph, m);
    const approve = payloadOf(await graph.gql(APPROVE, { id: productId }, { token: m.people.owner.token }));
    expect(approve.userErrors).toEqual([expect.objectContaining({ code: 'ILLEGAL_TRANSITION', rule: 'C2', message: expect.stringContaining('DRAFT') })]);
    const archive = payloadOf(await graph.gql(ARCHIVE, { id: productId }, { token: m.people.developer.token }));
    expect(archive.userErrors[0]).toMatchObject({ code: 'ILLEGAL_TRANSITION', message: expect.stringContaining('Product is DRAFT') });
    await ok(graph, SUBMIT, { id: productId }, m.people.developer.token);
    const again = payloadOf(await graph.gql(SUBMIT, { id: productId }, { token: m.people.developer.token }));
    expect(again.userErrors[0]).toMatchObject({ code: 'ILLEGAL_TRANSITION', message: expect.stringContaining('IN_REVIEW') });
    // Nothing was half-written: the refused moves left no history.
    const rows = await graph.databases.catalog.manager.find(ProductTransition, { where: { productId } });
    expect(rows.map((r) => r.toState).sort()).toEqual(['DRAFT', 'IN_REVIEW']);
  });

  it('C2: a rejection needs a reason, which is kept with the draft', async () => {
    const { productId } = await draftProduct(graph, m);
    await ok(graph, SUBMIT, { id: productId }, m.people.developer.token);
    const blank = payloadOf(await graph.gql(REJECT, { id: productId, reason: '   ' }, { token: m.people.owner.token }));
    expect(blank.userErrors[0]).toMatchObject({ code: 'INVALID', field: 'reason' });
    const rejected = payloadOf<{ product: { state: string; rejectionReason: string } }>(
      await graph.gql(REJECT, { id: productId, reason: 'Pricing is unclear' }, { token: m.people.owner.token }),
    );
    expect(rejected.product).toMatchObject({ state: 'DRAFT', rejectionReason: 'Pricing is unclear' });
    const transitions = await graph.databases.catalog.manager.find(ProductTransition, { where: { productId }, order: { id: 'ASC' } });
    expect(transitions.at(-1)).toMatchObject({ fromState: 'IN_REVIEW', toState: 'DRAFT', reason: 'Pricing is unclear', actorId: m.people.owner.userId });
    // X5: every transition is audited in its transaction.
    const audits = await graph.databases.catalog.manager.find(AuditEntry, { where: { targetId: productId } });
    expect(audits.map((a) => a.action).sort()).toEqual(['product.created', 'product.rejected', 'product.submitted']);
  });

  it('C2: a reviewer cannot review a product of its own company', async () => {
    // The owner company sells too once it has DEVELOPER access.
    await ok(
      graph,
      'mutation($c: ID!) { setCompanyAccess(input: { companyId: $c, accessTypes: [DEVELOPER] }) { company { id } userErrors { message } } }',
      { c: m.companies.owner },
      m.people.owner.token,
    );
    await ok(
      graph,
      `mutation($m: ID!) { grantRoles(input: { membershipId: $m, roles: [DEVELOPER] }) { membership { id } userErrors { message } } }`,
      { m: m.people.owner.membershipId },
      m.operatorToken,
    );
    const created = await ok<{ createProduct: { product: { id: string } } }>(
      graph,
      CREATE_PRODUCT,
      { input: { vendorCompanyId: m.companies.owner, name: 'House Brand' } },
      m.people.owner.token,
    );
    const productId = created.createProduct.product.id;
    await ok(
      graph,
      'mutation($input: CreateEditionInput!) { createEdition(input: $input) { edition { id } userErrors { message } } }',
      { input: { productId, name: 'Basic', priceMinor: 0, currency: 'USD', billingPeriod: 'ONE_TIME' } },
      m.people.owner.token,
    );
    await ok(graph, SUBMIT, { id: productId }, m.people.owner.token);
    for (const reviewer of [m.people.owner, staff.productSupport]) {
      const res = payloadOf(await graph.gql(APPROVE, { id: productId }, { token: reviewer.token }));
      expect(res.userErrors[0]).toMatchObject({ code: 'RULE_VIOLATION', rule: 'C2' });
    }
    const product = await graph.gql<{ product: { state: string } }>(PRODUCT, { id: productId }, { token: m.people.owner.token });
    expect(product.data?.product.state).toBe('IN_REVIEW');
  });

  it('C2: two reviewers deciding at once: exactly one moves the product (X7)', async () => {
    const { productId } = await draftProduct(graph, m);
    await ok(graph, SUBMIT, { id: productId }, m.people.developer.token);
    const [a, b] = await Promise.all([
      graph.gql(APPROVE, { id: productId }, { token: m.people.owner.token }),
      graph.gql(REJECT, { id: productId, reason: 'Too late' }, { token: staff.productSupport.token }),
    ]);
    expect([outcome(a), outcome(b)].sort()).toEqual(['ILLEGAL_TRANSITION', 'OK']);
    const rows = await graph.databases.catalog.manager.find(ProductTransition, { where: { productId } });
    expect(rows).toHaveLength(3);
  });

  it('C6: a product is submitted only with at least one edition', async () => {
    const created = await ok<{ createProduct: { product: { id: string } } }>(
      graph,
      CREATE_PRODUCT,
      { input: { vendorCompanyId: m.companies.developer, name: 'No Price Yet' } },
      m.people.developer.token,
    );
    const res = payloadOf(await graph.gql(SUBMIT, { id: created.createProduct.product.id }, { token: m.people.developer.token }));
    expect(res.userErrors[0]).toMatchObject({ code: 'RULE_VIOLATION', rule: 'C6' });
  });
});

describe('C3 revisions', () => {
  it('C3: editing a published product creates a pending revision; buyers see the published content until it is approved', async () => {
    const { productId } = await publishedProduct(graph, m, { name: 'Revised App' });
    const edit = payloadOf<{ product: { tagline: string }; revision: { id: string; state: string; tagline: string } }>(
      await graph.gql(UPDATE_PRODUCT, { input: { productId, tagline: 'Now with AI', categories: ['Sales'] } }, { token: m.people.developer.token }),
    );
    expect(edit.userErrors).toEqual([]);
    expect(edit.revision).toMatchObject({ state: 'PENDING', tagline: 'Now with AI' });
    // A second edit amends the one pending revision.
    const amended = payloadOf<{ revision: { id: string; tagline: string } }>(
      await graph.gql(UPDATE_PRODUCT, { input: { productId, tagline: 'Now with more AI' } }, { token: m.people.developer.token }),
    );
    expect(amended.revision).toMatchObject({ id: edit.revision.id, tagline: 'Now with more AI' });
    const buyerView = await graph.gql<{ product: { tagline: string; revisions: { totalCount: number } } }>(PRODUCT, { id: productId }, { token: m.people.customerAdmin.token });
    // Revisions are the vendor's and the reviewers' (C4): to a buyer the field is refused, the product still shown.
    expect(buyerView.data?.product).toMatchObject({ tagline: '', revisions: null });
    expect(buyerView.errors?.map((e) => [e.path?.join('.'), e.extensions?.['code']]).sort()).toEqual([
      ['product.history', 'NOT_FOUND'],
      ['product.revisions', 'NOT_FOUND'],
    ]);

    const approveRevision = 'mutation($id: ID!) { approveRevision(revisionId: $id) { revision { state reviewer { id } } userErrors { code message rule } } }';
    expect(outcome(await graph.gql(approveRevision, { id: edit.revision.id }, { token: m.people.developer.token }))).toBe('FORBIDDEN');
    const approved = await ok<{ approveRevision: { revision: { state: string } } }>(graph, approveRevision, { id: edit.revision.id }, staff.productSupport.token);
    expect(approved.approveRevision.revision.state).toBe('APPROVED');
    const after = await graph.gql<{ product: { tagline: string; state: string } }>(PRODUCT, { id: productId }, { token: m.people.customerAdmin.token });
    expect(after.data?.product).toMatchObject({ tagline: 'Now with more AI', state: 'PUBLISHED' });
    const twice = payloadOf(await graph.gql(approveRevision, { id: edit.revision.id }, { token: m.people.owner.token }));
    expect(twice.userErrors[0]).toMatchObject({ code: 'ILLEGAL_TRANSITION', message: expect.stringContaining('APPROVED') });
  });

  it('C3: a rejected revision leaves the published content, with its reason', async () => {
    const { productId } = await publishedProduct(graph, m);
    const edit = payloadOf<{ revision: { id: string } }>(
      await graph.gql(UPDATE_PRODUCT, { input: { productId, name: 'Best App Ever!!!' } }, { token: m.people.developer.token }),
    );
    const rejected = await ok<{ rejectRevision: { revision: { state: string; reason: string } } }>(
      graph,
      'mutation($id: ID!) { rejectRevision(revisionId: $id, reason: "Superlatives") { revision { state reason } userErrors { message } } }',
      { id: edit.revision.id },
      m.people.owner.token,
    );
    expect(rejected.rejectRevision.revision).toEqual({ state: 'REJECTED', reason: 'Superlatives' });
    const product = await graph.gql<{ product: { name: string } }>(PRODUCT, { id: productId }, { token: m.people.customerUser.token });
    expect(product.data?.product.name).not.toBe('Best App Ever!!!');
  });

  it('C3: PRODUCT_SUPPORT edits any product directly; the vendor edits a draft directly but not one in review', async () => {
    const { productId } = await publishedProduct(graph, m);
    const direct = payloadOf<{ product: { tagline: string }; revision: null }>(
      await graph.gql(UPDATE_PRODUCT, { input: { productId, tagline: 'Fixed typo' } }, { token: staff.productSupport.token }),
    );
    expect(direct).toMatchObject({ product: { tagline: 'Fixed typo' }, revision: null, userErrors: [] });
    expect(outcome(await graph.gql(UPDATE_PRODUCT, { input: { productId, tagline: 'x' } }, { token: m.people.owner.token }))).toBe('FORBIDDEN');

    const draft = await draftProduct(graph, m);
    const drafted = payloadOf<{ product: { tagline: string }; revision: null }>(
      await graph.gql(UPDATE_PRODUCT, { input: { productId: draft.productId, tagline: 'Draft tagline' } }, { token: m.people.developer.token }),
    );
    expect(drafted).toMatchObject({ product: { tagline: 'Draft tagline' }, revision: null });
    await ok(graph, SUBMIT, { id: draft.productId }, m.people.developer.token);
    const inReview = payloadOf(await graph.gql(UPDATE_PRODUCT, { input: { productId: draft.productId, tagline: 'y' } }, { token: m.people.developer.token }));
    expect(inReview.userErrors[0]).toMatchObject({ code: 'ILLEGAL_TRANSITION', message: expect.stringContaining('IN_REVIEW') });
    const invalid = payloadOf(
      await graph.gql(UPDATE_PRODUCT, { input: { productId, logoUrl: 'javascript:alert(1)', screenshots: ['nope'] } }, { token: staff.productSupport.token }),
    );
    expect(invalid.userErrors.map((e) => e.field).sort()).toEqual(['logoUrl', 'screenshots.0']);
  });
});

describe('C4 visibility', () => {
  it('C4: drafts and review history are seen by the vendor and reviewers only; published products by every member', async () => {
    const { productId } = await draftProduct(graph, m);
    const seen = async (token: string) => (await graph.gql<{ product: { id: string } | null }>(PRODUCT, { id: productId }, { token })).data?.product?.id ?? null;
    expect(await seen(m.people.developer.token)).toBe(productId);
    expect(await seen(m.people.devAdmin.token)).toBe(productId);
    expect(await seen(m.people.owner.token)).toBe(productId);
    expect(await seen(staff.productSupport.token)).toBe(productId);
    expect(await seen(m.people.customerAdmin.token)).toBeNull();
    expect(await seen(staff.salesSupport.token)).toBeNull();
    const list = await graph.gql<{ products: { edges: { node: { id: string } }[] } }>('{ products(first: 100) { edges { node { id } } } }', {}, { token: m.people.customerAdmin.token });
    expect(list.data?.products.edges.map((e) => e.node.id)).not.toContain(productId);

    await ok(graph, SUBMIT, { id: productId }, m.people.developer.token);
    await ok(graph, APPROVE, { id: productId }, m.people.owner.token);
    const asBuyer = await graph.gql<{ product: { id: string; history: { totalCount: number } } }>(PRODUCT, { id: productId }, { token: m.people.customerUser.token });
    expect(asBuyer.data?.product).toMatchObject({ id: productId, history: null });
    expect(asBuyer.errors?.map((e) => [e.path?.join('.'), e.extensions?.['code']]).sort()).toEqual([
      ['product.history', 'NOT_FOUND'],
      ['product.revisions', 'NOT_FOUND'],
    ]);
    const asVendor = await graph.gql<{ product: { history: { totalCount: number } } }>(PRODUCT, { id: productId }, { token: m.people.developer.token });
    expect(asVendor.data?.product.history.totalCount).toBe(3);
    // I1: another marketplace sees nothing of it.
    expect(await seen(other.people.customerAdmin.token)).toBeNull();
  });

  it('C4: the anonymous storefront lists only PUBLISHED products of the named marketplace', async () => {
    const published = await publishedProduct(graph, m, { name: 'Storefront Visible' });
    const draft = await draftProduct(graph, m, { name: 'Storefront Hidden' });
    const foreign = await publishedProduct(graph, other, { name: 'Other Market App' });
    const query = '{ storefront(first: 100) { totalCount edges { node { id name state vendor { id } } } } }';
    const res = await graph.gql<{ storefront: { edges: { node: { id: string; state: string } }[] } }>(query, {}, { headers: { 'x-marketplace': m.slug } });
    expect(res.errors).toBeUndefined();
    const ids = res.data?.storefront.edges.map((e) => e.node.id) ?? [];
    expect(ids).toContain(published.productId);
    expect(ids).not.toContain(draft.productId);
    expect(ids).not.toContain(foreign.productId);
    expect(res.data?.storefront.edges.every((e) => e.node.state === 'PUBLISHED')).toBe(true);
    // The anonymous caller reads a published product by ID, never a draft or another marketplace's.
    const one = async (id: string) =>
      (await graph.gql<{ product: { id: string } | null }>('query($id: ID!) { product(id: $id) { id } }', { id }, { headers: { 'x-marketplace': m.slug } })).data?.product ?? null;
    expect(await one(published.productId)).toEqual({ id: published.productId });
    expect(await one(draft.productId)).toBeNull();
    expect(await one(foreign.productId)).toBeNull();
    // Without a marketplace there is no storefront; other fields stay closed to anonymous callers.
    const nowhere = await graph.gql(query, {});
    expect(codes(nowhere)).toContain('BAD_USER_INPUT');
    const products = await graph.gql('{ products { totalCount } }', {}, { headers: { 'x-marketplace': m.slug } });
    expect(codes(products)).toEqual(['UNAUTHENTICATED']);
    const search = await graph.gql<{ storefront: { edges: { node: { id: string } }[] } }>(
      '{ storefront(search: "visible") { edges { node { id } } } }',
      {},
      { headers: { 'x-marketplace': m.slug } },
    );
    expect(search.data?.storefront.edges.map((e) => e.node.id)).toEqual([published.productId]);
  });
});
