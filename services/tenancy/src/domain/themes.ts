import { grantIn } from '@marketgraph/authz';
import { newId } from '@marketgraph/db';
import { failIfAny, userError, type UserError } from '@marketgraph/graphql';
import { Theme } from '../entities';
import type { TenancyContext } from '../context';
import { audit, requirePartner } from './access';

const COLOUR = /^#[0-9a-fA-F]{6}$/;

function validLogoUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:' && value.length <= 500;
  } catch {
    return false;
  }
}

/**
 * Sets a partner's white-label theme (T7). Set by the marketplace owner company, it is the
 * marketplace's theme, which embed views of partners without their own receive.
 */
export async function setTheme(
  ctx: TenancyContext,
  input: { companyId: string; name: string; logoUrl?: string | null; primaryColor: string; accentColor: string },
): Promise<Theme> {
  const problems: UserError[] = [];
  const name = input.name.trim();
  if (name.length === 0 || name.length > 100) problems.push(userError('INVALID', 'name', 'name must be 1 to 100 characters'));
  if (input.logoUrl && !validLogoUrl(input.logoUrl)) problems.push(userError('INVALID', 'logoUrl', 'logoUrl must be an https URL of at most 500 characters'));
  for (const field of ['primaryColor', 'accentColor'] as const) {
    if (!COLOUR.test(input[field])) problems.push(userError('INVALID', field, `${field} must be a colour as #rrggbb`));
  }
  failIfAny(problems);
  const partner = requirePartner(ctx, input.companyId);
  const marketplaceDefault = grantIn(ctx.actor, input.companyId)?.accessTypes.includes('MARKETPLACE') ?? false;
  const values = {
    name,
    logoUrl: input.logoUrl || null,
    primaryColor: input.primaryColor.toLowerCase(),
    accentColor: input.accentColor.toLowerCase(),
    marketplaceDefault,
    updatedAt: new Date(),
  };
  return ctx.db.transaction(async (manager) => {
    const existing = await manager.findOne(Theme, { where: { companyId: partner.companyId } });
    let theme: Theme;
    if (existing) {
      await manager.update(Theme, { id: existing.id }, values);
      theme = { ...existing, ...values };
    } else {
      theme = { id: newId(), marketplaceId: partner.marketplaceId, companyId: partner.companyId, ...values };
      await manager.insert(Theme, theme);
    }
    await audit(ctx, manager, {
      action: 'theme.set',
      targetType: 'Theme',
      targetId: theme.id,
      marketplaceId: theme.marketplaceId,
      companyId: theme.companyId,
      details: { name, marketplaceDefault },
    });
    return theme;
  });
}

/** The theme an embed view of a partner's customer receives: the partner's, else the marketplace's (T7). */
export async function themeForPartner(ctx: TenancyContext, partnerCompanyId: string, marketplaceId: string): Promise<Theme | null> {
  return (await ctx.loaders.themeOfCompany.load(partnerCompanyId)) ?? (await ctx.loaders.marketplaceTheme.load(marketplaceId));
}
