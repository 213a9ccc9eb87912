import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';

/**
 * Trusted documents (persisted operations): the operations a frontend build lists in a manifest.
 *   - off: any operation runs; a manifest is not read.
 *   - allow: any operation runs; a manifest's operations may also be sent by ID alone, and each
 *     operation not in a manifest is logged once, to see what `required` would refuse.
 *   - required: only the manifests' operations run, sent by ID or by their exact text.
 */
export type TrustedDocumentsMode = 'off' | 'allow' | 'required';

export const TRUSTED_DOCUMENTS_MODES: readonly TrustedDocumentsMode[] = ['off', 'allow', 'required'];

export interface TrustedDocuments {
  mode: TrustedDocumentsMode;
  /** The manifest files read (TRUSTED_DOCUMENTS_MANIFEST), absolute. */
  manifests: string[];
  /** Every manifest's operations: the sha256 of the body (hex) to the body. */
  operations: ReadonlyMap<string, string>;
  /** Whether `required` lets introspection through (TRUSTED_DOCUMENTS_INTROSPECTION=on). */
  allowIntrospection: boolean;
}

export const TRUSTED_DOCUMENTS_OFF: TrustedDocuments = { mode: 'off', manifests: [], operations: new Map(), allowIntrospection: false };

/** The manifest format of `@apollo/generate-persisted-query-manifest`. */
export const MANIFEST_FORMAT = 'apollo-persisted-query-manifest';

/** A manifest that cannot be used; the message names the file and the entry. */
export class ManifestError extends Error {}

/** The ID of a document: the sha256 of its exact text, lower-case hex (as APQ and the manifest use). */
export function documentId(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const OPERATION_TYPES = new Set(['query', 'mutation', 'subscription']);

/**
 * Reads and checks manifests (`{ format, version: 1, operations: [{ id, name, type, body }] }`):
 * each ID is the sha256 of its body, each body parses and holds the operation its name and type
 * say. Throws a ManifestError naming the file and the entry at the first fault.
 */
export function loadManifests(files: readonly string[]): Map<string, string> {
  const operations = new Map<string, string>();
  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (err) {
      throw new ManifestError(`${file}: cannot be read (${err instanceof Error ? err.message : String(err)})`);
    }
    let manifest: unknown;
    try {
      manifest = JSON.parse(text);
    } catch (err) {
      throw new ManifestError(`${file}: is not JSON (${err instanceof Error ? err.message : String(err)})`);
    }
    const record = manifest !== null && typeof manifest === 'object' ? (manifest as Record<string, unknown>) : {};
    if (record['format'] !== MANIFEST_FORMAT) throw new ManifestError(`${file}: "format" must be "${MANIFEST_FORMAT}", got ${JSON.stringify(record['format'])}`);
    if (record['version'] !== 1) throw new ManifestError(`${file}: "version" must be 1, got ${JSON.stringify(record['version'])}`);
    const entries = record['operations'];
    if (!Array.isArray(entries)) throw new ManifestError(`${file}: "operations" must be an array`);
    entries.forEach((entry: unknown, index) => {
      const { id, body } = checkEntry(entry, `${file}: operations[${index}]`);
      operations.set(id, body);
    });
  }
  return operations;
}

function checkEntry(entry: unknown, at: string): { id: string; body: string } {
  if (entry === null || typeof entry !== 'object') throw new ManifestError(`${at} must be an object { id, name, type, body }`);
  const { id, name, type, body } = entry as Record<string, unknown>;
  const label = `${at}${typeof name === 'string' ? ` (${name})` : ''}`;
  if (typeof body !== 'string' || body.length === 0) throw new ManifestError(`${label}: "body" must be the operation's text`);
  if (typeof id !== 'string' || !/^[0-9a-f]{64}$/.test(id)) throw new ManifestError(`${label}: "id" must be the sha256 of the body in lower-case hex, got ${JSON.stringify(id)}`);
  const actual = documentId(body);
  if (id !== actual) throw new ManifestError(`${label}: "id" ${id} is not the sha256 of its body (${actual})`);
  if (typeof name !== 'string' || name.length === 0) throw new ManifestError(`${label}: "name" must be the operation's name`);
  if (typeof type !== 'string' || !OPERATION_TYPES.has(type)) throw new ManifestError(`${label}: "type" must be query, mutation or subscription, got ${JSON.stringify(type)}`);
  let document: DocumentNode;
  try {
    document = parse(body);
  } catch (err) {
    throw new ManifestError(`${label}: "body" is not a GraphQL document (${err instanceof Error ? err.message : String(err)})`);
  }
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!operation) throw new ManifestError(`${label}: "body" has no operation named ${name}`);
  if (operation.operation !== type) throw new ManifestError(`${label}: operation ${name} is a ${operation.operation}, not a ${type}`);
  return { id, body };
}

/** What one GraphQL request over HTTP carries that trusted documents look at. */
export interface GraphQLRequestParts {
  query?: unknown;
  extensions?: unknown;
  operationName?: unknown;
}

export interface Refusal {
  status: number;
  code: string;
  message: string;
}

/** The request to run: `query` set from the manifest when it came by ID, the persisted-query extension gone once resolved. */
export type Verdict = { refused: Refusal } | { request: GraphQLRequestParts };

/** Codes as the GraphOS Router answers them, which Apollo Client and other clients already know. */
export const TRUSTED_DOCUMENT_CODES = {
  /** An ID that no manifest lists (`required`). HTTP 404. */
  notInList: 'PERSISTED_QUERY_NOT_IN_LIST',
  /** An operation text that no manifest lists (`required`), registration attempts included. HTTP 403. */
  notInSafelist: 'QUERY_NOT_IN_SAFELIST',
} as const;

function persistedHash(extensions: unknown): string | undefined {
  if (extensions === null || typeof extensions !== 'object') return undefined;
  const persisted = (extensions as Record<string, unknown>)['persistedQuery'];
  if (persisted === null || typeof persisted !== 'object') return undefined;
  const hash = (persisted as Record<string, unknown>)['sha256Hash'];
  return typeof hash === 'string' ? hash : undefined;
}

function withoutPersistedQuery(request: GraphQLRequestParts, query: string): GraphQLRequestParts {
  const extensions = request.extensions !== null && typeof request.extensions === 'object' ? { ...(request.extensions as Record<string, unknown>) } : undefined;
  if (extensions) delete extensions['persistedQuery'];
  const rest: GraphQLRequestParts = { ...request, query };
  if (extensions && Object.keys(extensions).length > 0) rest.extensions = extensions;
  else delete rest.extensions;
  return rest;
}

/** Whether every operation of the text selects only `__schema`, `__type` or `__typename` at its root. */
export function isIntrospectionOnly(text: string): boolean {
  let document: DocumentNode;
  try {
    document = parse(text);
  } catch {
    return false;
  }
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return (
    operations.length > 0 &&
    operations.every((operation) => operation.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__')))
  );
}

/** How many unlisted operations `allow` remembers having logged, so that each is logged once. */
const LOGGED_LIMIT = 10_000;

/**
 * Judges each request against the trusted documents, before authentication: resolves a
 * manifest ID to its text, refuses what `required` does not list, logs what `allow` would refuse.
 * An ID that is not listed goes on to automatic persisted queries (APQ) unless `required`.
 */
export function trustedDocumentsGate(config: TrustedDocuments, log: (message: string) => void): (request: GraphQLRequestParts) => Verdict {
  const logged = new Set<string>();
  const logUnlisted = (id: string, name: unknown): void => {
    if (logged.has(id) || logged.size >= LOGGED_LIMIT) return;
    logged.add(id);
    log(`operation ${typeof name === 'string' ? name : 'without a name'} (${id}) is in no trusted documents manifest; TRUSTED_DOCUMENTS=required would refuse it`);
  };
  return (request) => {
    if (config.mode === 'off') return { request };
    const hash = persistedHash(request.extensions);
    const text = typeof request.query === 'string' && request.query.length > 0 ? request.query : undefined;
    const required = config.mode === 'required';
    if (text === undefined) {
      if (hash === undefined) return { request };
      const listed = config.operations.get(hash);
      if (listed !== undefined) return { request: withoutPersistedQuery(request, listed) };
      if (!required) return { request };
      return { refused: { status: 404, code: TRUSTED_DOCUMENT_CODES.notInList, message: `Persisted query ${hash} is not in the trusted documents manifest` } };
    }
    const id = documentId(text);
    if (hash !== undefined && hash !== id) {
      return { refused: { status: 400, code: 'BAD_REQUEST', message: 'The persistedQuery sha256Hash is not the sha256 of the query' } };
    }
    if (config.operations.has(id)) return { request: withoutPersistedQuery(request, text) };
    if (!required) {
      logUnlisted(id, request.operationName);
      return { request };
    }
    if (config.allowIntrospection && isIntrospectionOnly(text)) return { request: withoutPersistedQuery(request, text) };
    const message =
      hash !== undefined
        ? 'Registering persisted queries is refused: only the operations of the trusted documents manifest run (TRUSTED_DOCUMENTS=required)'
        : 'The operation is not in the trusted documents manifest (TRUSTED_DOCUMENTS=required): send the ID or the exact text of a listed operation';
    return { refused: { status: 403, code: TRUSTED_DOCUMENT_CODES.notInSafelist, message } };
  };
}
