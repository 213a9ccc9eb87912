import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphQLSchema } from 'graphql';

interface Declared {
  type: string;
  path: string;
  reason: string;
  withoutDeprecation?: string;
}
interface Verdict {
  problems: string[];
  warnings: string[];
  breaking: { type: string; path: string }[];
}

// The governance script is plain JavaScript, shared with `npm run schema:check` and `npm run schema:release`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const governance = require('../scripts/schema-governance.js') as {
  buildSchema(sdl: string): GraphQLSchema;
  judge(released: GraphQLSchema, current: GraphQLSchema, declared: Declared[], labels?: { declaredFile?: string; release?: string }): Promise<Verdict>;
  readDeclared(file: string): { entries: Declared[]; problems: string[] };
  check(root?: string): Promise<Verdict>;
  release(root?: string, version?: string | null, now?: Date): Promise<{ problems: string[]; version: string | null }>;
};

const RELEASED = governance.buildSchema(`
  type Query {
    company(id: ID!): Company
    companies(first: Int, search: String): [Company!]!
  }
  type Company {
    id: ID!
    name: String!
    endCustomers: [String!]!
    legacyCode: String @deprecated(reason: "Use id.")
    notes: String
  }
  type AuditEvent { id: ID! }
  enum Role { ADMIN MEMBER GUEST }
`);

const FIELD_MADE_NULLABLE = `
  type Query {
    company(id: ID!): Company
    companies(first: Int, search: String): [Company!]!
  }
  type Company {
    id: ID!
    name: String!
    endCustomers: [String!]
    legacyCode: String @deprecated(reason: "Use id.")
    notes: String
  }
  type AuditEvent { id: ID! }
  enum Role { ADMIN MEMBER GUEST }
`;

const nullable: Declared = { type: 'FIELD_TYPE_CHANGED', path: 'Company.endCustomers', reason: 'Authorization may refuse the list; one refusal must not null the company.' };

describe('X13: the schema changes incompatibly only when the change is declared', () => {
  it('X13: the composed API schema has no undeclared breaking change against the last release (npm run schema:check)', async () => {
    const { problems } = await governance.check();
    expect(problems.join('\n\n')).toBe('');
  });

  it('X13: an undeclared breaking change fails, and the message gives the entry to add', async () => {
    const { problems } = await governance.judge(RELEASED, governance.buildSchema(FIELD_MADE_NULLABLE), []);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("Field 'Company.endCustomers' changed type from '[String!]!' to '[String!]'");
    expect(problems[0]).toContain('schema/declared-changes.json');
    expect(problems[0]).toContain('{"type":"FIELD_TYPE_CHANGED","path":"Company.endCustomers","reason":"TODO');
  });

  it('X13: the same change passes once declared with a reason', async () => {
    const verdict = await governance.judge(RELEASED, governance.buildSchema(FIELD_MADE_NULLABLE), [nullable]);
    expect(verdict.problems).toEqual([]);
    expect(verdict.breaking.map((c) => `${c.type} ${c.path}`)).toEqual(['FIELD_TYPE_CHANGED Company.endCustomers']);
  });

  it('X13: a declaration that matches no breaking change fails, so the file stays true', async () => {
    const { problems } = await governance.judge(RELEASED, RELEASED, [nullable]);
    expect(problems).toEqual([expect.stringContaining('declares FIELD_TYPE_CHANGED Company.endCustomers, which is no breaking change')]);
  });

  it('X13: removing a field that the release did not deprecate fails even when declared; a deprecated one may go', async () => {
    const withoutNotes = governance.buildSchema(FIELD_MADE_NULLABLE.replace('notes: String', ''));
    const removal: Declared = { type: 'FIELD_REMOVED', path: 'Company.notes', reason: 'Notes moved to the tenancy subgraph as Company.remarks.' };
    const undeclared = await governance.judge(RELEASED, withoutNotes, [nullable]);
    expect(undeclared.problems[0]).toContain('(it was not deprecated in the release)');
    expect(undeclared.problems[0]).toContain('"withoutDeprecation":"TODO');
    const declared = await governance.judge(RELEASED, withoutNotes, [nullable, removal]);
    expect(declared.problems).toEqual([expect.stringContaining('removals go through deprecation first')]);
    // The explicit, reviewed exception: nobody can depend on it.
    const excepted = await governance.judge(RELEASED, withoutNotes, [nullable, { ...removal, withoutDeprecation: 'The field never resolved to anything but null.' }]);
    expect(excepted.problems).toEqual([]);

    const withoutLegacy = governance.buildSchema(FIELD_MADE_NULLABLE.replace('legacyCode: String @deprecated(reason: "Use id.")', ''));
    const deprecatedRemoval: Declared = { type: 'FIELD_REMOVED', path: 'Company.legacyCode', reason: 'Deprecated in the last release; clients use id.' };
    expect((await governance.judge(RELEASED, withoutLegacy, [nullable])).problems).toHaveLength(1);
    expect((await governance.judge(RELEASED, withoutLegacy, [nullable, deprecatedRemoval])).problems).toEqual([]);
  });

  it('X13: renamed types, removed enum values and arguments made required are each breaking until declared', async () => {
    const current = governance.buildSchema(`
      type Query {
        company(id: ID!): Company
        companies(first: Int, search: String!): [Company!]!
      }
      type Company {
        id: ID!
        name: String!
        endCustomers: [String!]!
        legacyCode: String @deprecated(reason: "Use id.")
        notes: String
      }
      type AuditLogEntry { id: ID! }
      enum Role { ADMIN MEMBER }
    `);
    const { problems, breaking } = await governance.judge(RELEASED, current, []);
    expect(breaking.map((c) => `${c.type} ${c.path}`).sort()).toEqual(['ENUM_VALUE_REMOVED Role.GUEST', 'FIELD_ARGUMENT_TYPE_CHANGED Query.companies.search', 'TYPE_REMOVED AuditEvent']);
    expect(problems[0]).toContain('{"type":"TYPE_REMOVED","path":"AuditEvent"');
  });

  it('X13: additions and dangerous changes pass; dangerous ones are reported as warnings', async () => {
    const current = governance.buildSchema(`
      type Query {
        company(id: ID!): Company
        companies(first: Int, search: String, orderBy: String): [Company!]!
      }
      type Company {
        id: ID!
        name: String!
        endCustomers: [String!]!
        legacyCode: String @deprecated(reason: "Use id.")
        notes: String
        createdAt: String
      }
      type AuditEvent { id: ID! }
      enum Role { ADMIN MEMBER GUEST OWNER }
    `);
    const verdict = await governance.judge(RELEASED, current, []);
    expect(verdict.problems).toEqual([]);
    expect(verdict.warnings).toEqual([expect.stringContaining('FIELD_ARGUMENT_ADDED Query.companies.orderBy'), expect.stringContaining('ENUM_VALUE_ADDED Role.OWNER')]);
  });

  it('X13: the declarations file is checked: a reason is required and a placeholder is not one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'declared-'));
    try {
      const file = path.join(dir, 'declared-changes.json');
      fs.writeFileSync(
        file,
        JSON.stringify({
          changes: [
            { type: 'FIELD_TYPE_CHANGED', path: 'Company.endCustomers', reason: 'TODO: why this break is deliberate' },
            { type: 'FIELD_REMOVED', path: 'Company.notes' },
            nullable,
          ],
        }),
      );
      const { problems } = governance.readDeclared(file);
      expect(problems).toEqual([
        expect.stringContaining('changes[0] needs a "reason"'),
        expect.stringContaining('changes[1] needs a "reason"'),
        expect.stringContaining('changes[2] declares FIELD_TYPE_CHANGED Company.endCustomers a second time'),
      ]);
      fs.writeFileSync(file, '{ "changes": ');
      expect(governance.readDeclared(file).problems).toEqual([expect.stringContaining('is not valid JSON')]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('X13: cutting a release copies the current supergraph, records the version and empties the declarations; it refuses while the check fails', async () => {
    const root = path.resolve(__dirname, '..');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'release-'));
    try {
      fs.mkdirSync(path.join(dir, 'schema', 'released'), { recursive: true });
      const supergraph = fs.readFileSync(path.join(root, 'schema', 'supergraph.graphql'), 'utf8');
      const field = /^(\s+)(\w+): (\w+)!$/m.exec(supergraph.slice(supergraph.indexOf('\ntype ')));
      if (!field) throw new Error('no non-null scalar field in the supergraph to loosen');
      // The current supergraph with one non-null field made nullable: a breaking change.
      const loosened = supergraph.replace(field[0], `${field[1]}${field[2]}: ${field[3]}`);
      fs.writeFileSync(path.join(dir, 'schema', 'released', 'supergraph.graphql'), supergraph);
      fs.writeFileSync(path.join(dir, 'schema', 'supergraph.graphql'), loosened);
      fs.writeFileSync(path.join(dir, 'schema', 'declared-changes.json'), JSON.stringify({ changes: [] }));

      const refused = await governance.release(dir, '2027.1');
      expect(refused.version).toBeNull();
      expect(refused.problems[0]).toContain('FIELD_TYPE_CHANGED');
      expect(fs.readFileSync(path.join(dir, 'schema', 'released', 'supergraph.graphql'), 'utf8')).toBe(supergraph);

      const breaking = await governance.check(dir);
      const [change] = breaking.breaking;
      if (!change) throw new Error('expected one breaking change');
      fs.writeFileSync(path.join(dir, 'schema', 'declared-changes.json'), JSON.stringify({ changes: [{ type: change.type, path: change.path, reason: 'Authorization may refuse it.' }] }));
      const released = await governance.release(dir, '2027.1', new Date('2027-01-15T10:00:00Z'));
      expect(released).toEqual({ problems: [], version: '2027.1' });
      expect(fs.readFileSync(path.join(dir, 'schema', 'released', 'supergraph.graphql'), 'utf8')).toBe(loosened);
      expect(JSON.parse(fs.readFileSync(path.join(dir, 'schema', 'declared-changes.json'), 'utf8'))).toEqual({ changes: [] });
      expect(JSON.parse(fs.readFileSync(path.join(dir, 'schema', 'released', 'release.json'), 'utf8'))).toMatchObject({ version: '2027.1', releasedAt: '2027-01-15T10:00:00.000Z' });
      expect((await governance.check(dir)).problems).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
