import { Validator } from '@cfworker/json-schema';
import documents from '../../../src/core/wording/documents.json';
import formulations from '../../../src/core/wording/formulations.json';
import laws from '../../../src/core/wording/laws.json';
import sessions from '../../../src/core/wording/sessions.json';

/** The shapes of the wording data files: what an office editing them by hand must keep to. */
const DATE = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' };
const SOURCE = {
  type: 'object',
  required: ['title'],
  additionalProperties: false,
  properties: { title: { type: 'string', minLength: 4 }, url: { type: 'string', pattern: '^https?://' }, number: { type: 'string', minLength: 4 } },
};
const LOCALIZED = { type: 'object', required: ['zh-CN', 'en-US'], additionalProperties: false, properties: { 'zh-CN': { type: 'string' }, 'en-US': { type: 'string' } } };
const TEXT = { type: 'string', minLength: 1 };

const SCHEMAS = {
  formulations: {
    type: 'object',
    required: ['about', 'outdated', 'fixed'],
    additionalProperties: false,
    properties: {
      about: TEXT,
      outdated: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'pattern', 'expected', 'until', 'why', 'source'],
          additionalProperties: false,
          properties: { id: TEXT, pattern: TEXT, expected: TEXT, replaces: { type: 'boolean' }, until: DATE, scope: { enum: ['plans'] }, unless: TEXT, why: LOCALIZED, source: SOURCE },
        },
      },
      fixed: {
        type: 'array',
        items: {
          type: 'object',
          required: ['expected', 'source'],
          additionalProperties: false,
          oneOf: [{ required: ['wrong'] }, { required: ['pattern'] }],
          properties: { wrong: { type: 'array', minItems: 1, items: TEXT }, pattern: TEXT, expected: TEXT, source: SOURCE },
        },
      },
    },
  },
  sessions: {
    type: 'object',
    required: ['about', 'sessions'],
    additionalProperties: false,
    properties: {
      about: TEXT,
      sessions: {
        type: 'array',
        items: {
          type: 'object',
          required: ['congress', 'plenary', 'held', 'source'],
          additionalProperties: false,
          properties: { congress: { type: 'integer', minimum: 1 }, plenary: { type: 'integer', minimum: 0, maximum: 9 }, held: DATE, source: SOURCE },
        },
      },
    },
  },
  documents: {
    type: 'object',
    required: ['about', 'documents'],
    additionalProperties: false,
    properties: {
      about: TEXT,
      documents: {
        type: 'array',
        items: {
          type: 'object',
          required: ['title', 'issuedBy', 'source'],
          additionalProperties: false,
          properties: {
            title: TEXT,
            aliases: { type: 'array', items: TEXT },
            period: { type: 'array', items: { type: 'integer', minimum: 1949 }, minItems: 2, maxItems: 2 },
            issuedBy: TEXT,
            issued: DATE,
            source: SOURCE,
          },
        },
      },
    },
  },
  laws: {
    type: 'object',
    required: ['source', 'laws'],
    additionalProperties: false,
    properties: {
      source: { type: 'object', required: ['title', 'url', 'commit', 'date', 'licence'] },
      laws: {
        type: 'array',
        minItems: 500,
        items: {
          type: 'object',
          required: ['title', 'level', 'adopted', 'versions'],
          additionalProperties: false,
          properties: { title: { type: 'string', pattern: '^\\S+$' }, level: { enum: ['法律', '行政法规'] }, adopted: DATE, versions: { type: 'array', items: DATE } },
        },
      },
    },
  },
} as const;

const FILES = { formulations, sessions, documents, laws } as const;

describe('the wording data files', () => {
  test.each(Object.keys(FILES) as Array<keyof typeof FILES>)('%s.json has the documented shape, every entry with its source', (name) => {
    const result = new Validator(SCHEMAS[name] as object, '2020-12', false).validate(FILES[name]);
    expect(result.errors.map((e) => `${e.instanceLocation}: ${e.error}`)).toEqual([]);
  });

  test('patterns compile, and dates are real days in order', () => {
    for (const entry of [...formulations.outdated, ...formulations.fixed]) {
      if ('pattern' in entry && entry.pattern) expect(() => new RegExp(entry.pattern)).not.toThrow();
      if ('unless' in entry && entry.unless) expect(() => new RegExp(entry.unless)).not.toThrow();
    }
    const days = [...sessions.sessions.map((s) => s.held), ...laws.laws.flatMap((l) => [l.adopted, ...l.versions])];
    for (const day of days.filter((d) => d.length === 10)) expect(new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10)).toBe(day);
    for (const law of laws.laws) expect([law.adopted, ...law.versions]).toEqual([law.adopted, ...law.versions].sort());
    for (const doc of documents.documents) if (doc.period) expect(doc.period[0]).toBeLessThanOrEqual(doc.period[1] as number);
  });

  test('one entry a law, a session, a document edition', () => {
    const unique = (keys: string[]) => expect(new Set(keys).size).toBe(keys.length);
    unique(laws.laws.map((l) => l.title));
    unique(sessions.sessions.map((s) => `${s.congress}-${s.plenary}`));
    unique(documents.documents.map((d) => `${d.title}${d.period?.join('—') ?? ''}`));
    unique(formulations.outdated.map((o) => o.id));
  });

  test('the law list names its source, its date and how it was made', () => {
    expect(laws.source).toMatchObject({ url: 'https://github.com/LawRefBook/Laws', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(laws.laws.find((l) => l.title === '中华人民共和国行政复议法')).toMatchObject({ level: '法律', adopted: '1999-04-29', versions: expect.arrayContaining(['2023-09-01']) });
  });
});
