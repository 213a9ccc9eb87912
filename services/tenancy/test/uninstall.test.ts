import { AuditEntry } from '@marketgraph/db';
import { marketplaceFixture, ok, spanningStaff, startGraph, type GqlResponse, type MarketplaceFixture, type Person, type TestGraph } from '@marketgraph/testing';
import { CustomerApp, Installation } from '../src/entities';
import {
  ASSIGN_APP,
  INSTALL,
  UNASSIGN_APP,
  activeCustomer,
  codes,
  createApp,
  createCustomer,
  createProduct,
  mint,
  payloadOf,
  productVersion,
  type UserErrorShape,
} from './helpers';

let graph: TestGraph;
let m: MarketplaceFixture;
let other: MarketplaceFixture;
let productId: string;
let versionId: string;
let apiKey: string;
let span: Person;

const UNINSTALL = `mutation($input: UninstallAppInput!) {
  uninstallApp(input: $input) { uninstalledInstallationId endCustomer { id } app { id } userErrors { field code message rule } } }`;

type Uninstalled = { uninstallApp: { uninstalledInstallationId: string | null; endCustomer: { id: string } | null; app: { id: string } | null } };

beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'un');
  other = await marketplaceFixture(graph, 'uo');
  productId = await createProduct(graph, m, 'Uninstall Sync');
  versionId = await productVersion(graph, m, productId, '1.0.0', { type: 'object', properties: { region: { type: 'string' } } });
  const key = await ok<{ createApiKey: { key: string } }>(
    graph,
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key userErrors { message } } }',
    { input: { companyId: m.companies.developer, name: 'portal backend', roles: ['DEVELOPER'] } },
    m.people.developer.token,
  );
  apiKey = key.createApiKey.key;
  // Staff of the other marketplace who is also a user of this one.
  span = await spanningStaff(graph, other, m, 'span@uninstall.test');
});
afterAll(() => graph?.stop());

/**
 * A customer of the developer partner holding an app of the product, installed with credentials;
 * with an enabled keyset assigned when embed tokens are to be minted for it (T5).
 */
async function installed(tag: string, withKeyset = false): Promise<{ customerId: string; appId: string; installationId: string }> {
  const dev = m.people.developer.token;
  let customerId: string;
  let appId: string;
  if (withKeyset) {
    ({ customerId, appId } = await activeCustomer(graph, m, tag, productId));
  } else {
    customerId = await createCustomer(graph, dev, m.companies.developer, `Customer ${tag}`, `cust-${tag}`);
    appId = await createApp(graph, dev, m.companies.developer, `App ${tag}`, productId);
    await ok(graph, ASSIGN_APP, { input: { endCustomerId: customerId, appId } }, dev);
  }
  const data = await ok<{ installApp: { installation: { id: string } } }>(
    graph,
    INSTALL,
    { input: { endCustomerId: customerId, appId, versionId, configuration: { region: 'eu' }, credentials: { token: `secret-${tag}` } } },
    dev,
  );
  return { customerId, appId, installationId: data.installApp.installation.id };
}

async function installationExists(id: string): Promise<boolean> {
  return graph.databases.tenancy.manager.exists(Installation, { where: { id } });
}

describe('uninstalling an app', () => {
  it('T8: the partner uninstalls, then unassigns; the credentials are gone and the audit keeps what was installed (X5)', async () => {
    const dev = m.people.developer.token;
    const { customerId, appId, installationId } = await installed('partner');
    const res = await ok<Uninstalled>(graph, UNINSTALL, { input: { installationId } }, dev);
    expect(res.uninstallApp).toMatchObject({ uninstalledInstallationId: installationId, endCustomer: { id: customerId }, app: { id: appId } });
    expect(await installationExists(installationId)).toBe(false);
    const entries = await graph.databases.tenancy.manager.find(AuditEntry, { where: { targetId: installationId, action: 'installation.uninstalled' } });
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0]!.details ?? '{}')).toMatchObject({ endCustomerId: customerId, appId, versionId, credentialsDeleted: true });
    expect(JSON.stringify(entries[0])).not.toContain('secret-partner');
    // The app is still assigned until the partner takes it away, which now succeeds.
    expect(await graph.databases.tenancy.manager.exists(CustomerApp, { where: { endCustomerId: customerId, appId } })).toBe(true);
    const unassigned = await graph.gql(UNASSIGN_APP, { input: { endCustomerId: customerId, appId } }, { token: dev });
    expect(payloadOf(unassigned.data).userErrors).toEqual([]);
    expect(await graph.databases.tenancy.manager.exists(CustomerApp, { where: { endCustomerId: customerId, appId } })).toBe(false);
    // A second uninstall finds nothing.
    const again = await graph.gql(UNINSTALL, { input: { installationId } }, { token: dev });
    expect(codes(again)).toEqual(['NOT_FOUND']);
  });

  it('T8: an API key of the partner uninstalls, and the customer may install again', async () => {
    const { customerId, appId, installationId } = await installed('apikey');
    const res = await graph.gql<Uninstalled>(UNINSTALL, { input: { installationId } }, { headers: { authorization: `ApiKey ${apiKey}` } });
    expect(payloadOf(res.data).userErrors).toEqual([]);
    expect(await installationExists(installationId)).toBe(false);
    const reinstall = await graph.gql(INSTALL, { input: { endCustomerId: customerId, appId, versionId, configuration: {} } }, { token: m.people.developer.token });
    expect(payloadOf(reinstall.data).userErrors).toEqual([]);
  });

  it('T8: unassigning an installed app is refused with the rule and what to do first', async () => {
    const { customerId, appId, installationId } = await installed('refused');
    const res = await graph.gql(UNASSIGN_APP, { input: { endCustomerId: customerId, appId } }, { token: m.people.devAdmin.token });
    const errors: UserErrorShape[] = payloadOf(res.data).userErrors;
    expect(errors).toMatchObject([{ field: 'appId', code: 'RULE_VIOLATION', rule: 'T8' }]);
    expect(errors[0]!.message).toMatch(/uninstall it first \(uninstallApp\)/);
    expect(await installationExists(installationId)).toBe(true);
    expect(await graph.databases.tenancy.manager.exists(CustomerApp, { where: { endCustomerId: customerId, appId } })).toBe(true);
  });

  it('X7: the database itself refuses to delete an assignment an installation holds', async () => {
    const { customerId, appId, installationId } = await installed('schema');
    await expect(graph.databases.tenancy.manager.delete(CustomerApp, { endCustomerId: customerId, appId })).rejects.toThrow(/foreign key/i);
    expect(await installationExists(installationId)).toBe(true);
  });

  it('T4: keysets assigned to the customer still hold the app after uninstall', async () => {
    const setup = await activeCustomer(graph, m, 'keysets', productId);
    const dev = m.people.developer.token;
    const inst = await ok<{ installApp: { installation: { id: string } } }>(
      graph,
      INSTALL,
      { input: { endCustomerId: setup.customerId, appId: setup.appId, versionId, configuration: {} } },
      dev,
    );
    await ok(graph, UNINSTALL, { input: { installationId: inst.installApp.installation.id } }, dev);
    const res = await graph.gql(UNASSIGN_APP, { input: { endCustomerId: setup.customerId, appId: setup.appId } }, { token: dev });
    expect(payloadOf(res.data).userErrors).toMatchObject([{ field: 'appId', code: 'RULE_VIOLATION', rule: 'T4' }]);
  });

  it("T6: an embed token with CONFIGURE uninstalls its own customer's installation; READ cannot; another customer's token finds nothing", async () => {
    const dev = m.people.developer.token;
    const mine = await installed('embed-mine', true);
    const theirs = await installed('embed-theirs', true);
    const readOnly = await mint(graph, dev, mine.customerId, ['READ']);
    const refused = await graph.gql(UNINSTALL, { input: { installationId: mine.installationId } }, { token: readOnly });
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    const theirToken = await mint(graph, dev, theirs.customerId, ['READ', 'CONFIGURE']);
    const across = await graph.gql(UNINSTALL, { input: { installationId: mine.installationId } }, { token: theirToken });
    expect(codes(across)).toEqual(['NOT_FOUND']);
    expect(across.data?.['uninstallApp'] ?? null).toBeNull();
    expect(await installationExists(mine.installationId)).toBe(true);

    const configure = await mint(graph, dev, mine.customerId, ['READ', 'CONFIGURE']);
    const res = await ok<Uninstalled>(graph, UNINSTALL, { input: { installationId: mine.installationId } }, configure);
    expect(res.uninstallApp).toMatchObject({ uninstalledInstallationId: mine.installationId, endCustomer: { id: mine.customerId }, app: { id: mine.appId } });
    expect(await installationExists(mine.installationId)).toBe(false);
    const entry = await graph.databases.tenancy.manager.findOneByOrFail(AuditEntry, { targetId: mine.installationId, action: 'installation.uninstalled' });
    expect(entry.actorKind).toMatch(/end_?customer/i);
    // Unassigning stays the partner's: the token has no way to it.
    const unassign = await graph.gql(UNASSIGN_APP, { input: { endCustomerId: mine.customerId, appId: mine.appId } }, { token: configure });
    expect(codes(unassign)).toEqual(['FORBIDDEN']);
  });

  it('X1: another partner, staff of another marketplace, a user spanning both, people of this marketplace without partner roles and anonymous are refused', async () => {
    const { installationId } = await installed('outsiders');
    const attempts: [string, GqlResponse][] = [];
    const callers: [string, string | undefined][] = [
      ['other marketplace developer admin', other.people.devAdmin.token],
      ['other marketplace manager', other.people.owner.token],
      ['staff of the other marketplace who is a user here', span.token],
      ['customer company admin', m.people.customerAdmin.token],
      ['reseller admin', m.people.resellerAdmin.token],
      ['anonymous', undefined],
    ];
    for (const [who, token] of callers) attempts.push([who, await graph.gql(UNINSTALL, { input: { installationId } }, { token })]);
    for (const [who, res] of attempts) {
      expect([who, res.data?.['uninstallApp'] ?? null]).toEqual([who, null]);
      expect([who, codes(res).every((c) => c === 'NOT_FOUND' || c === 'FORBIDDEN' || c === 'UNAUTHENTICATED')]).toEqual([who, true]);
    }
    expect(codes(attempts[0]![1])).toEqual(['NOT_FOUND']);
    expect(codes(attempts[5]![1])).toEqual(['UNAUTHENTICATED']);
    expect(await installationExists(installationId)).toBe(true);
  });

  it("X1: the payload's customer and app are refused to an embed token that cannot read them", async () => {
    // The partner's own selection through a payload: fine. A token of another customer never gets a payload at all.
    const mine = await installed('nested-mine', true);
    const theirs = await installed('nested-theirs', true);
    const theirToken = await mint(graph, m.people.developer.token, theirs.customerId, ['READ', 'CONFIGURE']);
    const WALK = `mutation($input: UninstallAppInput!) { uninstallApp(input: $input) {
      uninstalledInstallationId endCustomer { name externalId installations { totalCount } } app { name endCustomers { totalCount } keysets { totalCount } } userErrors { message } } }`;
    const res = await graph.gql(WALK, { input: { installationId: mine.installationId } }, { token: theirToken });
    expect(codes(res)).toContain('NOT_FOUND');
    expect(JSON.stringify(res.data)).not.toContain('nested-mine');
    // Its own uninstall: its customer and app are readable, the partner's view of the app (who else holds it, its keysets) is not.
    const own = await graph.gql<Uninstalled>(WALK, { input: { installationId: theirs.installationId } }, { token: theirToken });
    expect(own.data?.uninstallApp.uninstalledInstallationId).toBe(theirs.installationId);
    expect(own.data?.uninstallApp.endCustomer).toMatchObject({ name: 'Customer nested-theirs' });
    // The app it still holds is shown; only the refused fields beneath it are null, each with its error (X13).
    expect(own.data?.uninstallApp.app).toEqual({ name: 'App nested-theirs', endCustomers: null, keysets: null });
    expect(own.errors?.map((e) => [e.path?.join('.'), e.extensions?.code]).sort()).toEqual([
      ['uninstallApp.app.endCustomers', 'FORBIDDEN'],
      ['uninstallApp.app.keysets', 'FORBIDDEN'],
    ]);
    expect(await installationExists(theirs.installationId)).toBe(false);
  });

  it('X7: uninstall+install racing unassign+assign, several times the pool size, never leaves an installation without its assignment', async () => {
    const dev = m.people.developer.token;
    const customers = await Promise.all(Array.from({ length: 12 }, (_, i) => installed(`race-${i}`)));
    type Outcome = { op: string; res: GqlResponse };
    const outcomes: Outcome[] = [];
    // Each chain runs three rounds, and goes on (up to twenty) until some unassign has won its window between an
    // uninstall and the next install, so the race the test is about has surely happened.
    let unassignWon = false;
    const goOn = (round: number) => round < 3 || (!unassignWon && round < 20);
    const run = async (op: string, query: string, input: Record<string, unknown>): Promise<GqlResponse> => {
      const res = await graph.gql(query, { input }, { token: dev });
      outcomes.push({ op, res });
      if (op === 'unassign' && !res.errors?.length && payloadOf(res.data).userErrors.length === 0) unassignWon = true;
      return res;
    };
    await Promise.all(
      customers.flatMap((c) => [
        // Chain one: uninstall whatever is installed, install again.
        (async () => {
          let current: string | null = c.installationId;
          for (let round = 0; goOn(round); round++) {
            if (current) await run('uninstall', UNINSTALL, { installationId: current });
            const again = await run('install', INSTALL, { endCustomerId: c.customerId, appId: c.appId, versionId, configuration: {} });
            const data = again.data?.['installApp'] as { installation: { id: string } | null } | undefined;
            current = data?.installation?.id ?? (await graph.databases.tenancy.manager.findOneBy(Installation, { endCustomerId: c.customerId }))?.id ?? null;
          }
        })(),
        // Chain two: take the app away and give it back.
        (async () => {
          for (let round = 0; goOn(round); round++) {
            await run('unassign', UNASSIGN_APP, { endCustomerId: c.customerId, appId: c.appId });
            await run('assign', ASSIGN_APP, { endCustomerId: c.customerId, appId: c.appId });
          }
        })(),
      ]),
    );
    // Nothing failed with an internal error: every refusal is a user error or NOT_FOUND.
    for (const { op, res } of outcomes) {
      expect([op, codes(res).filter((c) => c !== 'NOT_FOUND')]).toEqual([op, []]);
      expect([op, res.status]).toEqual([op, 200]);
    }
    const manager = graph.databases.tenancy.manager;
    const ids = customers.map((c) => c.customerId);
    const orphans = await manager
      .createQueryBuilder(Installation, 'i')
      .leftJoin(CustomerApp, 'ca', 'ca.endCustomerId = i.endCustomerId AND ca.appId = i.appId')
      .where('i.endCustomerId IN (:...ids)', { ids })
      .andWhere('ca.id IS NULL')
      .getCount();
    expect(orphans).toBe(0);
    // Every uninstall and unassign that said it succeeded left exactly one audit entry (X5).
    const succeeded = (op: string) =>
      outcomes.filter((o) => o.op === op && !o.res.errors?.length && payloadOf(o.res.data).userErrors.length === 0).length;
    const uninstalledEntries = await manager
      .createQueryBuilder(AuditEntry, 'a')
      .where("a.action = 'installation.uninstalled'")
      .andWhere('a.companyId = :company', { company: m.companies.developer })
      .andWhere('a.details LIKE :race', { race: '%' })
      .getMany();
    const raceUninstalls = uninstalledEntries.filter((a) => ids.some((id) => (a.details ?? '').includes(id)));
    expect(raceUninstalls).toHaveLength(succeeded('uninstall'));
    expect(succeeded('uninstall')).toBeGreaterThan(0);
    expect(succeeded('unassign')).toBeGreaterThan(0);
  });
});
