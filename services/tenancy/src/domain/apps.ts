import { isForeignKeyViolation, newId } from '@marketgraph/db';
import { fail, failIfAny, notFound, userError, type UserError } from '@marketgraph/graphql';
import { App, CustomerApp, Installation, KeysetAssignment, type EndCustomer } from '../entities';
import type { TenancyContext } from '../context';
import { audit, keyOf, mayRead, requirePartner } from './access';
import { productFacts } from './catalog';
import { visibleEndCustomer } from './end-customers';

export async function visibleApp(ctx: TenancyContext, id: string): Promise<App> {
  const app = await ctx.loaders.app.load(id);
  if (!app || !mayRead(ctx, app)) throw notFound('App');
  return app;
}

/** A partner's app, optionally linked to one of the partner's own catalog products (T3). */
export async function createApp(ctx: TenancyContext, input: { partnerCompanyId: string; name: string; productId?: string | null }): Promise<App> {
  const problems: UserError[] = [];
  const name = input.name.trim();
  if (name.length === 0 || name.length > 200) problems.push(userError('INVALID', 'name', 'name must be 1 to 200 characters'));
  failIfAny(problems);
  const partner = requirePartner(ctx, input.partnerCompanyId);
  if (input.productId) {
    const product = await productFacts(ctx.config, input.productId);
    if (!product || product.marketplaceId !== partner.marketplaceId) fail('NOT_FOUND', 'productId', 'Product not found');
    if (product.vendorCompanyId !== partner.companyId) {
      fail('RULE_VIOLATION', 'productId', 'An app links only to a product of its own partner', 'T3');
    }
  }
  const app: App = {
    id: newId(),
    marketplaceId: partner.marketplaceId,
    partnerCompanyId: partner.companyId,
    name,
    nameKey: keyOf(name),
    productId: input.productId ?? null,
    createdAt: new Date(),
  };
  await ctx.db.transaction(async (manager) => {
    await manager.insert(App, app);
    await audit(ctx, manager, {
      action: 'app.created',
      targetType: 'App',
      targetId: app.id,
      marketplaceId: app.marketplaceId,
      companyId: app.partnerCompanyId,
      details: { name, productId: app.productId },
    });
  });
  return app;
}

async function customerAndApp(ctx: TenancyContext, input: { endCustomerId: string; appId: string }): Promise<{ customer: EndCustomer; app: App }> {
  const [customer, app] = await Promise.all([visibleEndCustomer(ctx, input.endCustomerId), visibleApp(ctx, input.appId)]);
  requirePartner(ctx, app.partnerCompanyId);
  if (customer.partnerCompanyId !== app.partnerCompanyId) fail('NOT_FOUND', 'endCustomerId', 'End customer not found');
  return { customer, app };
}

/** Gives a customer an app; a customer holds many apps, an app serves many customers. */
export async function assignApp(ctx: TenancyContext, input: { endCustomerId: string; appId: string }): Promise<{ endCustomer: EndCustomer; app: App }> {
  const { customer, app } = await customerAndApp(ctx, input);
  await ctx.db.transaction(async (manager) => {
    const row: CustomerApp = {
      id: newId(),
      marketplaceId: app.marketplaceId,
      partnerCompanyId: app.partnerCompanyId,
      endCustomerId: customer.id,
      appId: app.id,
      createdAt: new Date(),
    };
    await manager.insert(CustomerApp, row);
    await audit(ctx, manager, {
      action: 'app.assigned',
      targetType: 'EndCustomer',
      targetId: customer.id,
      marketplaceId: app.marketplaceId,
      companyId: app.partnerCompanyId,
      details: { appId: app.id },
    });
  });
  return { endCustomer: customer, app };
}

function installedRefusal(customer: EndCustomer, app: App): never {
  fail('RULE_VIOLATION', 'appId', `${customer.name} has installed ${app.name}: uninstall it first (uninstallApp), then unassign the app`, 'T8');
}

/**
 * Takes an app from a customer. Keysets and installations of the pair hold a foreign key to
 * it, so the database refuses while they remain; the checks here only give the message.
 */
export async function unassignApp(ctx: TenancyContext, input: { endCustomerId: string; appId: string }): Promise<{ endCustomer: EndCustomer; app: App }> {
  const { customer, app } = await customerAndApp(ctx, input);
  await ctx.db.transaction(async (manager) => {
    const pair = { endCustomerId: customer.id, appId: app.id };
    if (await manager.exists(KeysetAssignment, { where: pair })) {
      fail('RULE_VIOLATION', 'appId', `Unassign the keysets of ${app.name} from ${customer.name} first`, 'T4');
    }
    if (await manager.exists(Installation, { where: pair })) installedRefusal(customer, app);
    const result = await manager.delete(CustomerApp, pair).catch((err: unknown) => {
      // An install or keyset assignment committed since the checks above: the foreign key holds.
      if (isForeignKeyViolation(err)) {
        fail('RULE_VIOLATION', 'appId', `${app.name} is still installed for or has keysets assigned to ${customer.name}: uninstall it and unassign its keysets first`, 'T8');
      }
      throw err;
    });
    if (!result.affected) fail('NOT_FOUND', 'appId', `${customer.name} does not hold ${app.name}`);
    await audit(ctx, manager, {
      action: 'app.unassigned',
      targetType: 'EndCustomer',
      targetId: customer.id,
      marketplaceId: app.marketplaceId,
      companyId: app.partnerCompanyId,
      details: { appId: app.id },
    });
  });
  return { endCustomer: customer, app };
}
