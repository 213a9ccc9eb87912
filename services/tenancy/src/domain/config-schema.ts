import { compiledJsonSchema, jsonValueErrors, jsonValueLimit, userError, type JsonSchemaError, type UserError } from '@marketgraph/graphql';

/** `configuration.a.b` for the value at `/a/b`, or for the missing property a required check names. */
function fieldOf(baseOf: (key: string) => string, error: JsonSchemaError): string {
  const parts = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const missing = (error.params as { missingProperty?: unknown }).missingProperty;
  if (error.keyword === 'required' && typeof missing === 'string') parts.push(missing);
  const extra = (error.params as { additionalProperty?: unknown }).additionalProperty;
  if (error.keyword === 'additionalProperties' && typeof extra === 'string') parts.push(extra);
  return [baseOf(parts[0] ?? ''), ...parts].join('.');
}

/**
 * Validates settings against a version's JSON Schema (T8): one user error per offending field,
 * so that a form can mark each. The schema describes plain settings and secrets alike; a
 * top-level key given as a credential is reported under `credentials`, any other under
 * `configuration`. Size, depth and the regular expression engine are bounded as for every
 * tenant-written schema (X11).
 */
export function configurationProblems(
  schema: unknown,
  configuration: Record<string, unknown>,
  credentials: Record<string, unknown>,
): UserError[] {
  const compiled = compiledJsonSchema(schema ?? {});
  if (!compiled) return [userError('RULE_VIOLATION', 'versionId', "The version's configuration schema is not a valid JSON Schema", 'T8')];
  const both = Object.keys(credentials).filter((key) => key in configuration);
  if (both.length > 0) {
    return both.map((key) => userError('INVALID', `credentials.${key}`, `${key} is given both as configuration and as a credential`, 'T8'));
  }
  for (const [field, value] of [['configuration', configuration], ['credentials', credentials]] as const) {
    const limit = jsonValueLimit(compiled, value);
    if (limit) return [userError('INVALID', field, `${field} ${limit}`, 'X11')];
  }
  const settings = { ...configuration, ...credentials };
  const limit = jsonValueLimit(compiled, settings);
  if (limit) return [userError('INVALID', 'configuration', `configuration and credentials together ${limit}`, 'X11')];
  const baseOf = (key: string): string => (key in credentials ? 'credentials' : 'configuration');
  return jsonValueErrors(compiled, settings).map((error) => {
    const field = fieldOf(baseOf, error);
    const message =
      error.keyword === 'required'
        ? `${field} is required`
        : error.keyword === 'additionalProperties'
          ? `${field} is not a setting of this version`
          : `${field} ${error.message ?? 'is not valid'}`;
    return userError('INVALID', field, message, 'T8');
  });
}
