import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { userError, type UserError } from '@marketgraph/graphql';

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);

/** Compiled validators by version: a released version's schema does not change. */
const compiled = new Map<string, ValidateFunction | null>();

function validatorFor(versionId: string, schema: unknown): ValidateFunction | null {
  const key = `${versionId}:${JSON.stringify(schema)}`;
  if (!compiled.has(key)) {
    let validate: ValidateFunction | null;
    try {
      validate = ajv.compile(schema as object);
    } catch {
      validate = null;
    }
    compiled.set(key, validate);
  }
  return compiled.get(key) ?? null;
}

/** `configuration.a.b` for the value at `/a/b`, or for the missing property a required check names. */
function fieldOf(baseOf: (key: string) => string, error: ErrorObject): string {
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
 * `configuration`.
 */
export function configurationProblems(
  versionId: string,
  schema: unknown,
  configuration: Record<string, unknown>,
  credentials: Record<string, unknown>,
): UserError[] {
  const validate = validatorFor(versionId, schema ?? {});
  if (!validate) return [userError('RULE_VIOLATION', 'versionId', "The version's configuration schema is not a valid JSON Schema", 'T8')];
  const both = Object.keys(credentials).filter((key) => key in configuration);
  if (both.length > 0) {
    return both.map((key) => userError('INVALID', `credentials.${key}`, `${key} is given both as configuration and as a credential`, 'T8'));
  }
  if (validate({ ...configuration, ...credentials })) return [];
  const baseOf = (key: string): string => (key in credentials ? 'credentials' : 'configuration');
  return (validate.errors ?? []).map((error) => {
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
