import { isForeignKeyViolation, newId } from '@marketgraph/db';
import { fail, failIfAny, notFound, userError, type UserError, type ProductVersionFacts } from '@marketgraph/graphql';
import { Installation, type App, type EndCustomer } from '../entities';
import type { TenancyContext } from '../context';
import { audit, embedActor, mayRead, requirePartner } from './access';
import { visibleApp } from './apps';
import { productVersionFacts } from './catalog';
import { configurationProblems } from './config-schema';
import { CredentialsVault } from './credentials';
import { visibleEndCustomer } from './end-customers';

/** The installation the caller may change: an embed token only its own customer's (T6). */
async function changeableInstallation(ctx: TenancyContext, installationId: string): Promise<Installation> {
  const row = await ctx.scope.select(ctx.db.manager, Installation, 'i').andWhere('i.id = :installationId', { installationId }).getOne();
  const embed = embedActor(ctx);
  if (!row || (embed ? row.endCustomerId !== embed.endCustomerId : !mayRead(ctx, row))) throw notFound('Installation');
  if (!embed) requirePartner(ctx, row.partnerCompanyId);
  return row;
}

/** A RELEASED version of the app's product, or the user error that says why not (T8). */
async function installableVersion(ctx: TenancyContext, app: App, versionId: string): Promise<ProductVersionFacts> {
  if (!app.productId) fail('RULE_VIOLATION', 'appId', `${app.name} is not linked to a product, so there is nothing to install`, 'T8');
  const version = await productVersionFacts(ctx.config, versionId);
  if (!version || version.marketplaceId !== app.marketplaceId || version.productId !== app.productId) {
    fail('NOT_FOUND', 'versionId', `No version ${versionId} of the product behind ${app.name}`, 'T8');
  }
  if (version.state !== 'RELEASED') {
    fail('RULE_VIOLATION', 'versionId', `Version ${version.version} is ${version.state}: only RELEASED versions can be installed`, 'T8');
  }
  return version;
}

type Settings = Record<string, unknown>;

function asObject(field: string, value: unknown, problems: UserError[]): Settings {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.push(userError('INVALID', field, `${field} must be a JSON object`, 'T8'));
    return {};
  }
  return value as Settings;
}

/** Configuration and credentials together must satisfy the version's schema (T8). */
function validate(version: ProductVersionFacts, configuration: unknown, credentials: unknown): void {
  const problems: UserError[] = [];
  const config = asObject('configuration', configuration, problems);
  const secrets = credentials === undefined || credentials === null ? {} : asObject('credentials', credentials, problems);
  failIfAny(problems);
  failIfAny(configurationProblems(version.configSchema, config, secrets));
}

type Sealed = Pick<Installation, 'credentialsCiphertext' | 'credentialsKeyId'>;

function sealCredentials(ctx: TenancyContext, installationId: string, credentials: unknown): Sealed {
  const sealed = CredentialsVault.of(ctx.config).encrypt(JSON.stringify(credentials), installationId);
  return { credentialsCiphertext: sealed.ciphertext, credentialsKeyId: sealed.keyId };
}

/** The stored credentials, decrypted only to validate them against a schema; never returned. */
function storedCredentials(ctx: TenancyContext, installation: Installation): Settings | null {
  if (!installation.credentialsCiphertext || !installation.credentialsKeyId) return null;
  const plain = CredentialsVault.of(ctx.config).decrypt(installation.credentialsCiphertext, installation.credentialsKeyId, installation.id);
  return JSON.parse(plain) as Settings;
}

/**
 * Credentials for a changed installation: the new ones, or the stored ones sealed again when an
 * earlier key sealed them, so that a rotated key is retired as installations are written.
 */
function resealed(ctx: TenancyContext, installation: Installation, replacement: unknown, stored: Settings | null): Sealed | Record<string, never> {
  if (replacement !== undefined && replacement !== null) return sealCredentials(ctx, installation.id, replacement);
  if (stored && installation.credentialsKeyId !== CredentialsVault.of(ctx.config).currentKeyId) return sealCredentials(ctx, installation.id, stored);
  return {};
}

/** Installs a RELEASED version of the product behind one of the customer's apps, with validated configuration (T8). */
export async function installApp(
  ctx: TenancyContext,
  input: { endCustomerId?: string | null; appId: string; versionId: string; configuration: unknown; credentials?: unknown },
): Promise<Installation> {
  const embed = embedActor(ctx);
  const endCustomerId = embed ? embed.endCustomerId : input.endCustomerId;
  if (embed && input.endCustomerId && input.endCustomerId !== embed.endCustomerId) throw notFound('End customer');
  if (!endCustomerId) fail('INVALID', 'endCustomerId', 'endCustomerId is required', 'T8');
  const customer: EndCustomer = await visibleEndCustomer(ctx, endCustomerId);
  if (!embed) requirePartner(ctx, customer.partnerCompanyId);
  const holds = (await ctx.loaders.customerAppsOfCustomer.load(customer.id)).some((ca) => ca.appId === input.appId);
  if (!holds) fail('NOT_FOUND', 'appId', 'The customer holds no such app', 'T8');
  const app = embed ? ((await ctx.loaders.app.load(input.appId)) ?? notFoundApp()) : await visibleApp(ctx, input.appId);
  const version = await installableVersion(ctx, app, input.versionId);
  validate(version, input.configuration, input.credentials);
  const now = new Date();
  const id = newId();
  const installation: Installation = {
    id,
    marketplaceId: customer.marketplaceId,
    partnerCompanyId: customer.partnerCompanyId,
    endCustomerId: customer.id,
    appId: app.id,
    productId: version.productId,
    versionId: version.id,
    version: version.version,
    configuration: JSON.stringify(input.configuration),
    credentialsCiphertext: null,
    credentialsKeyId: null,
    createdAt: now,
    updatedAt: now,
    ...(input.credentials != null ? sealCredentials(ctx, id, input.credentials) : {}),
  };
  await ctx.db.transaction(async (manager) => {
    await manager.insert(Installation, installation).catch((err: unknown) => {
      if (isForeignKeyViolation(err)) fail('NOT_FOUND', 'appId', 'The customer holds no such app', 'T8');
      throw err;
    });
    await audit(ctx, manager, {
      action: 'installation.created',
      targetType: 'Installation',
      targetId: installation.id,
      marketplaceId: installation.marketplaceId,
      companyId: installation.partnerCompanyId,
      details: { endCustomerId: customer.id, appId: app.id, versionId: version.id, credentialsSet: installation.credentialsCiphertext !== null },
    });
  });
  return installation;
}

function notFoundApp(): never {
  throw notFound('App');
}

async function saveChange(ctx: TenancyContext, before: Installation, after: Installation, action: string, details: Record<string, unknown>): Promise<Installation> {
  await ctx.db.transaction(async (manager) => {
    const { id, ...changes } = after;
    await manager.update(Installation, { id }, changes);
    await audit(ctx, manager, {
      action,
      targetType: 'Installation',
      targetId: before.id,
      marketplaceId: before.marketplaceId,
      companyId: before.partnerCompanyId,
      details,
    });
  });
  return after;
}

/** Replaces configuration or credentials; the configuration is validated against the installed version (T8). */
export async function configureInstallation(
  ctx: TenancyContext,
  input: { installationId: string; configuration?: unknown; credentials?: unknown },
): Promise<Installation> {
  const current = await changeableInstallation(ctx, input.installationId);
  const configuration: unknown = input.configuration ?? (JSON.parse(current.configuration) as unknown);
  const app = (await ctx.loaders.app.load(current.appId)) ?? notFoundApp();
  const version = await installableVersionOrCurrent(ctx, app, current);
  const stored = storedCredentials(ctx, current);
  validate(version, configuration, input.credentials ?? stored);
  const after: Installation = {
    ...current,
    configuration: JSON.stringify(configuration),
    updatedAt: new Date(),
    ...resealed(ctx, current, input.credentials, stored),
  };
  return saveChange(ctx, current, after, 'installation.configured', {
    configurationChanged: input.configuration != null,
    credentialsChanged: input.credentials != null,
  });
}

/** The installed version's facts; it may have been deprecated since, which does not stop configuring it. */
async function installableVersionOrCurrent(ctx: TenancyContext, app: App, current: Installation): Promise<ProductVersionFacts> {
  const version = await productVersionFacts(ctx.config, current.versionId);
  if (!version || version.productId !== app.productId) fail('NOT_FOUND', 'installationId', 'The installed version is no longer in the catalog', 'T8');
  return version;
}

/** Moves an installation to another RELEASED version; the configuration must satisfy the new version's schema (T8). */
export async function changeInstallationVersion(
  ctx: TenancyContext,
  input: { installationId: string; versionId: string; configuration?: unknown },
): Promise<Installation> {
  const current = await changeableInstallation(ctx, input.installationId);
  const app = (await ctx.loaders.app.load(current.appId)) ?? notFoundApp();
  const version = await installableVersion(ctx, app, input.versionId);
  const configuration: unknown = input.configuration ?? (JSON.parse(current.configuration) as unknown);
  const stored = storedCredentials(ctx, current);
  validate(version, configuration, stored);
  const after: Installation = {
    ...current,
    productId: version.productId,
    versionId: version.id,
    version: version.version,
    configuration: JSON.stringify(configuration),
    updatedAt: new Date(),
    ...resealed(ctx, current, undefined, stored),
  };
  return saveChange(ctx, current, after, 'installation.version_changed', { from: current.versionId, to: version.id });
}

/**
 * Uninstalls: the row goes, and with it the sealed credentials, so nothing of them stays usable;
 * the audit entry written in the same transaction keeps what was installed (T8, X5). The app
 * stays assigned; unassigning it is allowed from then on.
 */
export async function uninstallApp(
  ctx: TenancyContext,
  input: { installationId: string },
): Promise<{ uninstalledInstallationId: string; endCustomer: EndCustomer; app: App }> {
  const current = await changeableInstallation(ctx, input.installationId);
  const [endCustomer, app] = await Promise.all([visibleEndCustomer(ctx, current.endCustomerId), ctx.loaders.app.load(current.appId)]);
  await ctx.db.transaction(async (manager) => {
    const result = await manager.delete(Installation, { id: current.id });
    // Uninstalled by a concurrent request in the meantime.
    if (!result.affected) throw notFound('Installation');
    await audit(ctx, manager, {
      action: 'installation.uninstalled',
      targetType: 'Installation',
      targetId: current.id,
      marketplaceId: current.marketplaceId,
      companyId: current.partnerCompanyId,
      details: {
        endCustomerId: current.endCustomerId,
        appId: current.appId,
        versionId: current.versionId,
        version: current.version,
        credentialsDeleted: current.credentialsCiphertext !== null,
      },
    });
  });
  return { uninstalledInstallationId: current.id, endCustomer, app: app ?? notFoundApp() };
}

export function configurationOf(installation: Installation): unknown {
  return JSON.parse(installation.configuration) as unknown;
}
