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
function fieldOf(base: string, error: ErrorObject): string {
  const parts = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const missing = (error.params as { missingProperty?: unknown }).missingProperty;
  if (error.keyword === 'required' && typeof missing === 'string') parts.push(missing);
  const extra = (error.params as { additionalProperty?: unknown }).additionalProperty;
  if (error.keyword === 'additionalProperties' && typeof extra === 'string') parts.push(extra);
  return [base, ...parts].join('.');
}

/**
 * Validates configuration against a version's JSON Schema (T8): one user error per offending
 * field, so that a form can mark each.
 */
export function configurationProblems(base: string, versionId: string, schema: unknown, configuration: unknown): UserError[] {
  const validate = validatorFor(versionId, schema ?? {});
  if (!validate) return [userError('RULE_VIOLATION', 'versionId', "The version's configuration schema is not a valid JSON Schema", 'T8')];
  if (validate(configuration)) return [];
  return (validate.errors ?? []).map((error) => {
    const field = fieldOf(base, error);
    const message =
      error.keyword === 'required'
        ? `${field} is required`
        : error.keyword === 'additionalProperties'
          ? `${field} is not a setting of this version`
          : `${field} ${error.message ?? 'is not valid'}`;
    return userError('INVALID', field, message, 'T8');
  });
}
