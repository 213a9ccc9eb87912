import { userError, type UserError } from '@marketgraph/graphql';
import type { ProductContent } from '../entities';

/** The editable details of a product; fields left out keep their value. */
export interface ContentInput {
  name?: string | null;
  description?: string | null;
  tagline?: string | null;
  logoUrl?: string | null;
  screenshots?: readonly string[] | null;
  categories?: readonly string[] | null;
}

export interface Content extends ProductContent {
  name: string;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && value.length <= 2000;
  } catch {
    return false;
  }
}

export function parseList(json: string): string[] {
  const value = JSON.parse(json) as unknown;
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Applies an edit to content, collecting every bad field at once (C3). */
export function applyContent(base: Content, input: ContentInput, problems: UserError[]): Content {
  const next: Content = { ...base };
  if (input.name != null) {
    const name = input.name.trim();
    if (name.length === 0 || name.length > 200) problems.push(userError('INVALID', 'name', 'name must be 1 to 200 characters'));
    next.name = name;
  }
  if (input.description != null) {
    if (input.description.length > 20_000) problems.push(userError('INVALID', 'description', 'description must be at most 20000 characters'));
    next.description = input.description;
  }
  if (input.tagline != null) {
    const tagline = input.tagline.trim();
    if (tagline.length > 300) problems.push(userError('INVALID', 'tagline', 'tagline must be at most 300 characters'));
    next.tagline = tagline;
  }
  if (input.logoUrl !== undefined) {
    const logo = input.logoUrl?.trim() || null;
    if (logo !== null && !isHttpUrl(logo)) problems.push(userError('INVALID', 'logoUrl', 'logoUrl must be an http(s) URL'));
    next.logoUrl = logo;
  }
  if (input.screenshots != null) {
    if (input.screenshots.length > 20) problems.push(userError('INVALID', 'screenshots', 'at most 20 screenshots'));
    input.screenshots.forEach((url, i) => {
      if (!isHttpUrl(url)) problems.push(userError('INVALID', `screenshots.${i}`, 'a screenshot must be an http(s) URL'));
    });
    next.screenshots = JSON.stringify(input.screenshots);
  }
  if (input.categories != null) {
    const categories = [...new Set(input.categories.map((c) => c.trim()))];
    if (categories.length > 10) problems.push(userError('INVALID', 'categories', 'at most 10 categories'));
    categories.forEach((c, i) => {
      if (c.length === 0 || c.length > 50) problems.push(userError('INVALID', `categories.${i}`, 'a category must be 1 to 50 characters'));
    });
    next.categories = JSON.stringify(categories);
  }
  return next;
}

export function contentOf(row: Content): Content {
  return {
    name: row.name,
    description: row.description,
    tagline: row.tagline,
    logoUrl: row.logoUrl,
    screenshots: row.screenshots,
    categories: row.categories,
  };
}

export const EMPTY_CONTENT: Content = { name: '', description: '', tagline: '', logoUrl: null, screenshots: '[]', categories: '[]' };
