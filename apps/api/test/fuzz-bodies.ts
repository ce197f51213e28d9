// Random request bodies for the endpoint fuzz test (fuzz.api.test.ts), built from the OpenAPI document the
// app publishes: mostly well-shaped bodies with a few fields wrong, plus plain garbage. Deterministic for a
// given fast-check seed.
import fc from 'fast-check';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  nullable?: boolean;
}

/** Strings that have broken real systems: control characters, NUL, SQL, markup, RTL, emoji, lookalike digits. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  "'; DROP TABLE workers; --",
  '<script>alert(1)</script>',
  '${jndi:ldap://x}',
  '../../etc/passwd',
  '\u202Eevil',
  '𠀀𪚥👩‍👩‍👧',
  '１２３４５６',
  '2024-02-30',
  '0000-00-00',
  '9999-12-31',
  '1900-01-01',
  '2024-13-01',
  '1e309',
  'NaN',
  '-0',
  '370902198001011230',
  '11010519491231002X',
  '37',
  '370902001001',
  '999999999999',
  'true',
  'null',
  '\uD800',
  'x'.repeat(10_000),
];

export const EDGE_NUMBERS = [0, -1, 1, 2, 0.5, -0.5, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, -(2 ** 53), 1e308, -1e308, 5e-324, 999999999999];

const nastyString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
);
const edgeNumber = fc.oneof(fc.constantFrom(...EDGE_NUMBERS), fc.double({ noNaN: true }), fc.integer());

/** Any JSON value, including deep nesting and big containers. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 3000 }).map((depth) => nest(depth)) },
  { weight: 1, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 1, arbitrary: edgeNumber },
);

function nest(depth: number): unknown {
  let v: unknown = { a: 1 };
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { x: v };
  return v;
}

/** A value wrong for almost any field: the other JSON types. */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  edgeNumber,
  nastyString,
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
);

function typesOf(s: JsonSchema): string[] {
  if (Array.isArray(s.type)) return s.type;
  if (s.type) return [s.type];
  if (s.properties) return ['object'];
  return [];
}

/**
 * A value shaped like `schema` most of the time: each field is plausible (enum members, in-range numbers,
 * edge strings) with some probability of being the wrong type, and optional fields come and go.
 */
export function shapedLike(schema: JsonSchema | undefined, depth = 0, name = ''): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return wrongType;
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives && alternatives.length > 0) return fc.oneof(...alternatives.map((a) => shapedLike(a, depth + 1, name)));
  if (schema.allOf && schema.allOf.length > 0) return shapedLike(Object.assign({}, ...schema.allOf) as JsonSchema, depth + 1, name);
  const plausible = plausibleFor(schema, depth, name);
  // Mostly plausible, so that whole bodies often pass validation and the odd values reach the database.
  return fc.oneof({ weight: 15, arbitrary: plausible }, { weight: 1, arbitrary: wrongType });
}

/** Values a field of this name usually holds: dates, months, division codes, ids, ID numbers, phones. */
function byName(name: string): fc.Arbitrary<unknown> | null {
  if (/(date|on|from|until|start|end|at)$/i.test(name)) return fc.constantFrom('2026-01-15', '2025-12-31', '2026-11-30', '1990-05-17', '9999-12-31', '2024-02-29', '2026-02-29');
  if (/month$/i.test(name)) return fc.constantFrom('2026-11', '2025-01', '9999-12', '2026-13');
  if (/year$/i.test(name)) return fc.constantFrom(2026, 2025, 0, -1, 9999, 2 ** 31);
  if (/(code|org)$/i.test(name)) return fc.constantFrom('370902001001', '370902001', '370902', '3709', '37', '370902002001', '110105001001', '999999999999');
  if (/ids?$/i.test(name) && !/idNumber/i.test(name)) return fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constantFrom(2 ** 31, -1, 0));
  if (/idNumber/i.test(name)) return fc.constantFrom('370902199005171234', '11010519491231002X', '370902198001011230');
  if (/phone/i.test(name)) return fc.constantFrom('13805381234', '0538-1234567', '1380538123');
  return null;
}

function plausibleFor(schema: JsonSchema, depth: number, name: string): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum && schema.enum.length > 0) return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...schema.enum) }, { weight: 1, arbitrary: nastyString });
  const types = typesOf(schema);
  const type = types.find((t) => t !== 'null') ?? 'string';
  const named = type !== 'object' && type !== 'array' ? byName(name) : null;
  if (named) return fc.oneof({ weight: 3, arbitrary: named }, { weight: 1, arbitrary: type === 'string' ? nastyString : edgeNumber });
  switch (type) {
    case 'object': {
      const props = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const fields: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, v] of Object.entries(props)) fields[k] = shapedLike(v, depth + 1, k);
      // Usually keep required fields; sometimes drop any field, sometimes add unknown ones.
      const keys = Object.keys(fields);
      return fc
        .tuple(
          fc.record(fields, { requiredKeys: keys.filter((k) => required.has(k)) }),
          fc.subarray(keys),
          fc.boolean(),
          fc.dictionary(fc.string({ maxLength: 8 }), wrongType, { maxKeys: 2 }),
        )
        .map(([obj, drop, dropSome, extra]) => {
          const o = { ...(obj as Record<string, unknown>) };
          if (dropSome && drop.length > 0) delete o[drop[0]!];
          return Object.keys(extra).length > 0 && drop.length % 3 === 0 ? { ...extra, ...o } : o;
        });
    }
    case 'array':
      return fc.array(shapedLike(schema.items, depth + 1, name), { maxLength: 4 });
    case 'integer':
      return fc.oneof(
        fc.integer({ min: Math.max(schema.minimum ?? -5, -1e6), max: Math.min(schema.maximum ?? 50, 1e6) }),
        fc.constantFrom(...EDGE_NUMBERS),
      );
    case 'number':
      return fc.oneof(fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true }), fc.constantFrom(...EDGE_NUMBERS));
    case 'boolean':
      return fc.boolean();
    case 'string':
    default: {
      const fitting = fc.string({ unit: 'grapheme', minLength: Math.max(schema.minLength ?? 0, 2), maxLength: Math.max(Math.min(schema.maxLength ?? 20, 60), 2) });
      const matching = schema.pattern ? safeMatching(schema.pattern) : null;
      return fc.oneof(
        { weight: 2, arbitrary: nastyString },
        { weight: 3, arbitrary: matching ?? fitting },
        // Free text with a NUL or odd characters inside an otherwise ordinary value.
        { weight: 1, arbitrary: fitting.map((t) => `${t}\u0000`) },
      );
    }
  }
}

/** Path parameter values: real small ids, nonsense, huge, negative, encoded unicode. */
export const PATH_VALUES = ['1', '2', '3', '5', '0', '-1', '1.5', '1e3', 'abc', '99999999', '99999999999999999999', '%E4%B8%AD', '%00', '370902001001', '37', ' 1', '0x10'];

function safeMatching(pattern: string): fc.Arbitrary<string> | null {
  try {
    return fc.stringMatching(new RegExp(pattern));
  } catch {
    return null;
  }
}
