import fc from 'fast-check';
import { resolveSchema, type JsonSchema, type OpenApiDocument, type Route } from './openapi-document.js';

/**
 * fast-check arbitraries of hostile requests for one route of openapi.json: its path parameters,
 * query parameters and JSON body, each either plausible (so the request reaches the handler) or
 * broken in one of the ways an attacker or a buggy client breaks them.
 */

/** A request ready to send: path and query already encoded, body as raw JSON text. */
export interface FuzzRequest {
  readonly url: string;
  /** Raw JSON text, or undefined for no body. */
  readonly body: string | undefined;
}

export interface FuzzIds {
  /**
   * Real ids, so that plausible requests get past "not found": by path parameter or body field
   * name (`clientId`, `teamId`), and by `collection/{id}` for a bare `{id}` (`clients/{id}`).
   */
  readonly [name: string]: string;
}

/** 1 MB and a bit: past the api's JSON body limit. Only in bodies: Node refuses headers over 16 KB itself. */
const HUGE = 'x'.repeat(1_048_600);
/** Long multi-byte text, within the body limit. */
const LONG = 'ẞ'.repeat(20_000);
/**
 * The longest text put in a path or query value (before encoding, ×9 for 'ẞ'): Node itself answers
 * 431 without a body to a request head over 16 KB, before the api sees the request.
 */
const URL_TEXT_MAX = 300;

/** A JSON token that JSON.stringify cannot write: 1e309, -0, 1e-400. Written by `toJsonText`. */
const RAW_TOKEN = '__fuzz_raw_json__';
const raw = (token: string) => `${RAW_TOKEN}${token}${RAW_TOKEN}`;

export function toJsonText(value: unknown): string {
  return JSON.stringify(value).replace(new RegExp(`"${RAW_TOKEN}(.*?)${RAW_TOKEN}"`, 'g'), (_whole, token: string) => token.replaceAll('\\"', '"'));
}

const ODD_STRINGS = [
  '',
  ' ',
  '\uD800',
  'a\uDFFFb',
  '\uDBFF\uD800',
  'a\u0000b',
  '\u0000',
  '\u202Eevil\u202C',
  '\u200F\u200E\u061C',
  '\uFEFFbom',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  'e\u0301\u0301\u0301\u0301\u0301\u0301',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
  'ｆｕｌｌｗｉｄｔｈ',
  'フセイン　アミナ',
  "'; DROP TABLE client; --",
  "' OR '1'='1",
  '\\',
  '%',
  '%00',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  'null',
  'undefined',
  'true',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '-1',
  '0',
  '2147483648',
  '9223372036854775808',
  '99999999999999999999',
  '0x10',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '2026-02-29',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  '275760-09-14',
  '2026-02-30T25:61:61Z',
  '1',
  '__proto__',
  'constructor',
  LONG,
];

const BAD_UUIDS = [
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '------------------------------------',
  'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
  '3f2504e04f8941d39a0c0305e82c3301',
  '3F2504E0-4F89-41D3-9A0C-0305E82C3301',
  '{3f2504e0-4f89-41d3-9a0c-0305e82c3301}',
  '3f2504e0-4f89-41d3-9a0c-0305e82c3301x',
  '3f2504e0-4f89-41d3-9a0c-0305e82c330',
  '3f2504e0-4f89-41d3-9a0c-0305e82c3301\u0000',
  ' 3f2504e0-4f89-41d3-9a0c-0305e82c3301',
];

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** Cursors that decode (base64url) to something close to, but not, a real keyset position. */
const BAD_CURSORS = [
  '!!!',
  '%',
  '====',
  'e30',
  b64('[]'),
  b64('{}'),
  b64('null'),
  b64('"'),
  b64('[1,2]'),
  b64('["x","------------------------------------"]'),
  b64('["x","zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz"]'),
  b64('["\u0000","3f2504e0-4f89-41d3-9a0c-0305e82c3301"]'),
  b64('["\uD800","3f2504e0-4f89-41d3-9a0c-0305e82c3301"]'),
  b64('["2026-02-30","3f2504e0-4f89-41d3-9a0c-0305e82c3301"]'),
  b64('["9999-99-99","3f2504e0-4f89-41d3-9a0c-0305e82c3301"]'),
  b64('["0000-00-00","------------------------------------"]'),
  b64('2026-01-01T00:00:00.000Z|9999999999999999999'),
  b64('2026-01-01T00:00:00.000Z|-1'),
  b64('+275760-09-13T00:00:00.000Z|1'),
  b64('-271821-04-20T00:00:00.000Z|1'),
  b64('0|1'),
  b64('|'),
  b64('2026-01-01T00:00:00.000Z|1|extra'),
  b64(`${'9'.repeat(150)}|1`),
];

/** Percent-encodings a URL parser may choke on: lone `%`, invalid hex, overlong and surrogate UTF-8. */
const RAW_URL_PIECES = ['%', '%zz', '%C0%80', '%ED%A0%80', '%FF%FE', '%E0%A4%A', '%2e%2e%2f', '%00', 'a%20b'];

const RAW_NUMBERS = ['1e309', '-1e309', '-0', '1e-400', '123456789012345678901234567890', '0.5', '-1', '2147483648', '9007199254740993'];

/** Nested objects or arrays, as JSON text: deeper than any recursive walk on the server should go. */
function deeplyNested(depth: number, asArray: boolean): string {
  return raw(asArray ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
}

/** Any 16-bit code units, lone surrogates and NUL included. */
const codeUnitString = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 24 });

export const oddString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ODD_STRINGS) },
  { weight: 2, arbitrary: codeUnitString },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 24 }) },
  { weight: 1, arbitrary: fc.constantFrom(...BAD_UUIDS) },
  { weight: 1, arbitrary: fc.constantFrom(...BAD_CURSORS) },
);

/** A value of the wrong kind for any field: other types, null, huge, odd, nested, raw numbers. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: oddString },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, [], {}, [null], { '': null }, ['a', 1, null]) },
  { weight: 1, arbitrary: fc.constantFrom(...RAW_NUMBERS).map(raw) },
  { weight: 1, arbitrary: fc.constant(HUGE) },
  { weight: 1, arbitrary: fc.constantFrom(deeplyNested(60, false), deeplyNested(60, true), deeplyNested(5000, false), deeplyNested(5000, true)) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(JSON.parse('{"__proto__":{"role":"admin"}}'), { constructor: { prototype: { role: 'admin' } } }) },
  { weight: 1, arbitrary: fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 6 }), fc.anything({ maxDepth: 1 }), { maxKeys: 4 }) },
);

/** Real dates and times at the edges of what JavaScript and PostgreSQL can hold. */
const EDGE_DATES = ['0001-01-01', '9999-12-31', '2026-02-28', '2028-02-29'];
const EDGE_DATE_TIMES = ['-271821-04-20T00:00:00.000Z', '+275760-09-13T00:00:00.000Z', '0000-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z', '2026-03-08T02:30:00-05:00'];

const localDate = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const dateTime = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());

/** A value the schema allows (as far as the document says), so that a request gets past validation. */
export function plausibleValue(document: OpenApiDocument, schema: JsonSchema, ids: FuzzIds, name = '', depth = 0): fc.Arbitrary<unknown> {
  const s = resolveSchema(document, schema.allOf?.length === 1 && !schema.type ? schema.allOf[0] : schema);
  const known = ids[name];
  const withNull = (arbitrary: fc.Arbitrary<unknown>) => (s.nullable ? fc.oneof({ weight: 4, arbitrary }, { weight: 1, arbitrary: fc.constant(null) }) : arbitrary);
  if (known !== undefined) return withNull(fc.oneof({ weight: 3, arbitrary: fc.constant(known) }, { weight: 1, arbitrary: fc.uuid() }));
  if (s.enum && s.enum.length > 0) return withNull(fc.constantFrom(...s.enum));
  if (s.oneOf || s.anyOf) return withNull(fc.oneof(...(s.oneOf ?? s.anyOf ?? []).map((option) => plausibleValue(document, option, ids, name, depth + 1))));
  const example = (s as { example?: unknown }).example;
  switch (s.type) {
    case 'string': {
      if (name === 'cursor') return fc.constantFrom(...BAD_CURSORS);
      if (s.format === 'uuid') return withNull(fc.oneof({ weight: 3, arbitrary: fc.uuid() }, { weight: 1, arbitrary: fc.constantFrom(...BAD_UUIDS) }));
      if (s.format === 'date') return withNull(fc.oneof({ weight: 3, arbitrary: localDate }, { weight: 1, arbitrary: fc.constantFrom(...EDGE_DATES) }));
      if (s.format === 'date-time') return withNull(fc.oneof({ weight: 3, arbitrary: dateTime }, { weight: 1, arbitrary: fc.constantFrom(...EDGE_DATE_TIMES) }));
      if (/email/i.test(name) || s.format === 'email') return withNull(fc.constantFrom('caseworker@test.yorisoi.org', 'nobody@example.org'));
      const text = fc.oneof(
        fc.constantFrom('Agreed with the bureau in writing', 'Osaka', 'a long test passphrase 2026'),
        fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 40) }),
      );
      return withNull(typeof example === 'string' ? fc.oneof(fc.constant(example), text) : text);
    }
    case 'number':
    case 'integer':
      return withNull(
        name === 'version'
          ? fc.integer({ min: 1, max: 3 })
          : fc.integer({ min: Math.max(s.minimum ?? -5, -1_000_000), max: Math.min(s.maximum ?? 400, 1_000_000) }),
      );
    case 'boolean':
      return withNull(fc.boolean());
    case 'array': {
      if (depth > 4 || !s.items) return fc.constant([]);
      const items = plausibleValue(document, s.items, ids, name, depth + 1);
      return withNull(Array.isArray(example) ? fc.oneof(fc.constant(example), fc.array(items, { maxLength: 4 })) : fc.array(items, { maxLength: 4 }));
    }
    default: {
      if (depth > 4) return fc.constant({});
      if (!s.properties || Object.keys(s.properties).length === 0) {
        // A free-form object in the document: in this api, the dates of a procedure step by field.
        const dates = fc.dictionary(fc.constantFrom('filedOn', 'decidedOn', 'noticeReceivedOn', 'investigationStartedOn', 'on'), localDate, { maxKeys: 3 });
        return withNull(example && typeof example === 'object' ? fc.oneof(fc.constant(example), dates) : dates);
      }
      const required = new Set(s.required ?? []);
      const fields = Object.fromEntries(
        Object.entries(s.properties).map(([key, property]) => [key, plausibleValue(document, property, ids, key, depth + 1)]),
      );
      return withNull(fc.record(fields, { requiredKeys: Object.keys(fields).filter((key) => required.has(key)) }));
    }
  }
}

type Mutation = { kind: 'replace'; at: number; value: unknown } | { kind: 'delete'; at: number } | { kind: 'extra'; key: string; value: unknown };

/** Every path to a value inside a JSON value: [], ['reason'], ['consents', 0, 'kind'] … */
function pathsIn(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (value !== null && typeof value === 'object' && prefix.length < 6) {
    for (const [key, inner] of Object.entries(value)) pathsIn(inner, [...prefix, Array.isArray(value) ? Number(key) : key], out);
  }
  return out;
}

function applyMutation(value: unknown, mutation: Mutation): unknown {
  const copy: unknown = structuredClone(value);
  if (mutation.kind === 'extra') {
    if (copy !== null && typeof copy === 'object' && !Array.isArray(copy)) {
      Object.defineProperty(copy, mutation.key, { value: mutation.value, enumerable: true, writable: true, configurable: true });
      return copy;
    }
    return { [mutation.key]: mutation.value };
  }
  const paths = pathsIn(copy);
  const path = paths[mutation.at % paths.length];
  if (path.length === 0) return mutation.kind === 'replace' ? mutation.value : undefined;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else {
    parent[last] = mutation.value;
  }
  return copy;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('extra' as const), key: fc.constantFrom('isAdmin', '__proto__', 'role', 'teamId', 'id', ''), value: hostileValue }) },
);

/** A JSON body: plausible, plausible with one or two fields broken or missing, or wholly wrong. */
export function bodyArbitrary(document: OpenApiDocument, route: Route, ids: FuzzIds): fc.Arbitrary<string | undefined> {
  const schema = route.operation.requestBody?.content?.['application/json']?.schema;
  if (!schema) return fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: hostileValue.map(toJsonText) });
  const plausible = plausibleValue(document, schema, ids);
  return fc.oneof(
    { weight: 2, arbitrary: plausible.map(toJsonText) },
    {
      weight: 8,
      arbitrary: fc
        .tuple(plausible, fc.array(mutation, { minLength: 1, maxLength: 2 }))
        .map(([value, mutations]) => mutations.reduce<unknown>((current, m) => applyMutation(current, m), value))
        .map((value) => (value === undefined ? undefined : toJsonText(value))),
    },
    { weight: 2, arbitrary: hostileValue.map(toJsonText) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

/** Percent-encodes every byte but the unreserved ones; a lone surrogate goes out as U+FFFD, as a browser sends it. */
export function encodeUrlPart(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) => (/[A-Za-z0-9\-._~]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
}

/** An encoded URL piece: a plausible value, an odd one, or a raw broken percent-encoding. */
function urlValue(plausible: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  const asText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value) ?? '');
  return fc.oneof(
    { weight: 3, arbitrary: plausible.map((v) => encodeUrlPart(asText(v).slice(0, URL_TEXT_MAX))) },
    { weight: 4, arbitrary: oddString.map((text) => encodeUrlPart(text.slice(0, URL_TEXT_MAX))) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_URL_PIECES) },
  );
}

function pathArbitrary(document: OpenApiDocument, route: Route, ids: FuzzIds): fc.Arbitrary<string> {
  const segments = route.path.split('/');
  return fc.tuple(
    ...segments.map((segment, i) => {
      const name = /^\{([^}]+)\}$/.exec(segment)?.[1];
      if (name === undefined) return fc.constant(segment);
      const parameter = route.operation.parameters?.find((p) => p.in === 'path' && p.name === name);
      const known = ids[name === 'id' ? `${segments[i - 1]}/{id}` : name];
      const plausible = known !== undefined ? fc.oneof({ weight: 3, arbitrary: fc.constant(known) }, { weight: 1, arbitrary: fc.uuid() }) : plausibleValue(document, parameter?.schema ?? { type: 'string' }, ids, name);
      return fc.oneof({ weight: 2, arbitrary: plausible.map((v) => encodeUrlPart(String(v))) }, { weight: 2, arbitrary: urlValue(fc.uuid()) });
    }),
  ).map((parts) => parts.join('/'));
}

/** A query value is one item: an array parameter repeats its key (`stage=P1_FILED&stage=P2_EXAMINATION`). */
const firstItem = (value: unknown): unknown => (Array.isArray(value) ? ((value as unknown[])[0] ?? '') : value);

function queryArbitrary(document: OpenApiDocument, route: Route, ids: FuzzIds): fc.Arbitrary<string> {
  const parameters = (route.operation.parameters ?? []).filter((p) => p.in === 'query');
  const pairs = parameters.map((p) => {
    const plausible = plausibleValue(document, p.schema ?? { type: 'string' }, ids, p.name);
    const key = encodeUrlPart(p.name);
    return fc.oneof(
      { weight: 3, arbitrary: fc.constant<string[]>([]) },
      { weight: 3, arbitrary: urlValue(plausible.map(firstItem)).map((v) => [`${key}=${v}`]) },
      { weight: 1, arbitrary: fc.array(urlValue(plausible.map(firstItem)), { minLength: 2, maxLength: 3 }).map((vs) => vs.map((v) => `${key}=${v}`)) },
      { weight: 1, arbitrary: fc.constantFrom([`${key}[a]=1`], [`${key}[]=1&${key}[]=2`], [`${key}[__proto__][x]=1`], [key], [`${key}=`]) },
    );
  });
  const extra = fc.oneof(
    { weight: 5, arbitrary: fc.constant<string[]>([]) },
    { weight: 1, arbitrary: fc.constantFrom(['unknownFilter=1'], ['__proto__[admin]=1'], ['%=%'], ['&&&']) },
  );
  return fc.tuple(fc.tuple(...pairs), extra).map(([chosen, more]) => [...chosen.flat(), ...more].join('&'));
}

/** One hostile request for the route. */
export function requestArbitrary(document: OpenApiDocument, route: Route, ids: FuzzIds): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({ path: pathArbitrary(document, route, ids), query: queryArbitrary(document, route, ids), body: bodyArbitrary(document, route, ids) })
    .map(({ path, query, body }) => ({ url: query ? `${path}?${query}` : path, body }));
}
