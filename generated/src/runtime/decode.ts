/**
 * Response decoding: lossless JSON or XML → error detection → root unwrapping → schema-driven coercion
 * (list wrappers unwrapped, `Number` → `Int64` per INT64_MODE, Boolean text → boolean, text scalars kept as text).
 */
import { INT64_MODE, type Int64, type Int64Mode } from './int64.js';
import { parseJsonLossless } from './json.js';
import { parseXml, type XmlElement } from './xml.js';
import { isListSchema, isObjectSchema, type FieldSchema, type ObjectSchema, type TopScalar } from './schema.js';
import { TopError, TopTransportError, type TopErrorFields } from './errors.js';

/** `taobao.trades.sold.get` → `trades_sold_get_response` (one leading `taobao.` dropped, dots → `_`). */
export function responseRootKey(method: string): string {
  return `${method.replace(/^taobao\./, '').replace(/\./g, '_')}_response`;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A `Number` value (JSON number, numeric string or bigint) as `Int64` in the given mode; other values kept. */
export function toInt64(value: unknown, mode: Int64Mode = INT64_MODE): Int64 | unknown {
  let text: string;
  if (typeof value === 'number') {
    // The common case, without the detour through text: a safe integer is its own exact decimal.
    if (Number.isSafeInteger(value))
      return mode === 'string' ? String(value) : mode === 'bigint' ? BigInt(value) : value;
    text = Number.isInteger(value) ? BigInt(value).toString() : String(value);
  } else if (typeof value === 'bigint') text = value.toString();
  else if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) text = value.trim();
  else return value;
  if (mode === 'string') return text;
  if (mode === 'number') return Number(text);
  return /^-?\d+$/.test(text) ? BigInt(text) : Number(text);
}

/** Turns a list-typed field value into an array: plain arrays, `{item: [...]}` wrappers, `{}`, single items. */
function unwrapList(value: unknown, item: FieldSchema): unknown[] {
  if (Array.isArray(value)) return value;
  if (value === null || value === undefined || value === '') return [];
  if (!isPlainObject(value)) return [value];
  const keys = Object.keys(value);
  if (keys.length === 0) return [];
  const arrays = keys.filter((k) => Array.isArray(value[k]));
  if (arrays.length === 1) return value[arrays[0]!] as unknown[];
  if (keys.length === 1) {
    const only = value[keys[0]!];
    // `{item: {...}}` / `{string: "a"}`: a wrapper holding a single item, unless the key is a field of the item.
    const isField = isObjectSchema(item) && Object.hasOwn(item, keys[0]!);
    if (!isField && (isPlainObject(only) || !isObjectSchema(item))) return [only];
  }
  return [value];
}

/**
 * The schema of field `key`, own keys only: a response field named `constructor` or `__proto__` is not Object's.
 * A field schema is a string or a plain object/array; what Object.prototype lends is a function, or itself for
 * `__proto__`, so the cheap test covers every inherited name but that one.
 */
function fieldSchema(schema: ObjectSchema, key: string): FieldSchema | undefined {
  const field = schema[key];
  if (field === undefined || typeof field === 'function') return undefined;
  return key === '__proto__' && !Object.hasOwn(schema, key) ? undefined : field;
}

/** Sets an own property, also one named `__proto__` (plain assignment would set the prototype instead). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

/**
 * Coerces a decoded JSON value by its field schema (unknown fields and schema-less values are kept as they are).
 * It owns `value`, a tree fresh from the parser: objects and arrays are coerced in place, not copied, which
 * halves the cost of decoding a large response.
 */
export function decodeValue(value: unknown, schema: FieldSchema | undefined, mode: Int64Mode = INT64_MODE): unknown {
  if (schema === undefined || value === null || value === undefined) return value;
  if (typeof schema === 'string') return decodeScalar(value, schema, mode);
  if (isListSchema(schema)) {
    const item = schema[0];
    const list = unwrapList(value, item);
    for (let i = 0; i < list.length; i++) list[i] = decodeValue(list[i], item, mode);
    return list;
  }
  if (!isPlainObject(value)) return value;
  // A parsed object's keys are all its own (JSON.parse makes plain objects; Object.prototype has no enumerable keys).
  for (const key in value) {
    const field = fieldSchema(schema, key);
    if (field === undefined) continue;
    const before = value[key];
    const after = decodeValue(before, field, mode);
    if (after !== before) setOwn(value, key, after);
  }
  return value;
}

function decodeScalar(value: unknown, scalar: TopScalar, mode: Int64Mode): unknown {
  switch (scalar) {
    case 'Number':
      return toInt64(value, mode);
    case 'byte':
      return typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
    case 'Boolean':
      return value === 'true' ? true : value === 'false' ? false : value;
    case 'String':
    case 'Price':
    case 'Date':
    case 'Field List':
      return typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean'
        ? String(value)
        : value;
    default:
      return value;
  }
}

/** Converts an XML element to a value guided by the schema; leaves are text, coerced by `decodeValue`. */
export function xmlToValue(el: XmlElement, schema: FieldSchema | undefined, mode: Int64Mode = INT64_MODE): unknown {
  if (schema !== undefined && isListSchema(schema)) return el.children.map((c) => xmlToValue(c, schema[0], mode));
  if (el.children.length === 0) {
    if (schema !== undefined && isObjectSchema(schema)) return {};
    return decodeValue(el.text, schema, mode);
  }
  const obj = schema !== undefined && isObjectSchema(schema) ? schema : undefined;
  // Repeated elements collect into one array, however often they repeat.
  const groups = new Map<string, unknown[]>();
  for (const child of el.children) {
    const value = xmlToValue(child, obj ? fieldSchema(obj, child.name) : undefined, mode);
    const group = groups.get(child.name);
    if (group) group.push(value);
    else groups.set(child.name, [value]);
  }
  const out: Record<string, unknown> = {};
  for (const [name, values] of groups) setOwn(out, name, values.length === 1 ? values[0] : values);
  return out;
}

/** Reads an `error_response` object into TopErrorFields. */
export function errorFields(raw: unknown): TopErrorFields {
  const r = isPlainObject(raw) ? raw : {};
  const text = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : String(v));
  const f: TopErrorFields = { code: Number(r.code ?? 0), msg: text(r.msg) ?? '' };
  const sub = text(r.sub_code);
  const subMsg = text(r.sub_msg);
  const rid = text(r.request_id);
  if (sub !== undefined) f.sub_code = sub;
  if (subMsg !== undefined) f.sub_msg = subMsg;
  if (rid !== undefined) f.request_id = rid;
  return f;
}

export interface DecodeOptions {
  method: string;
  responseRoot?: string;
  schema?: ObjectSchema;
  /** The request was sent with simplify=true (JSON only: the root object is the response). */
  simplify?: boolean;
  mode?: Int64Mode;
}

/**
 * Decodes a response body (JSON, or XML when it starts with `<`). Returns the response object; throws `TopError`
 * for an `error_response` and `TopTransportError` (kind `malformed`) for an unreadable body.
 */
export function decodeResponse(body: string, options: DecodeOptions): unknown {
  const { method, schema, mode = INT64_MODE } = options;
  const trimmed = body.trimStart();
  if (trimmed.startsWith('<')) {
    let root: XmlElement;
    try {
      root = parseXml(trimmed);
    } catch (e) {
      throw new TopTransportError('malformed', `unreadable XML body: ${(e as Error).message}`, method, { cause: e });
    }
    if (root.name === 'error_response') throw new TopError(errorFields(xmlToValue(root, undefined, mode)), method);
    return xmlToValue(root, schema ?? {}, mode);
  }
  let parsed: unknown;
  try {
    parsed = parseJsonLossless(trimmed);
  } catch (e) {
    throw new TopTransportError('malformed', `unreadable JSON body: ${(e as Error).message}`, method, { cause: e });
  }
  if (!isPlainObject(parsed)) throw new TopTransportError('malformed', 'response is not a JSON object', method);
  if (parsed.error_response !== undefined) throw new TopError(errorFields(parsed.error_response), method);
  let value: unknown = parsed;
  if (!options.simplify) {
    const key = options.responseRoot ?? responseRootKey(method);
    if (key in parsed) value = parsed[key];
    else {
      const others = Object.keys(parsed).filter((k) => k !== 'error_response');
      if (others.length === 1) value = parsed[others[0]!];
    }
  }
  return schema ? decodeValue(value, schema, mode) : decodeUntyped(value, mode);
}

/**
 * Without a schema (`client.execute`), every JSON number is read as a TOP `Number` or `Price`: integers become
 * `Int64` in the configured mode, other numbers their decimal text, so the values match the API map's types.
 * Like `decodeValue`, it coerces the parser's fresh tree in place.
 */
export function decodeUntyped(value: unknown, mode: Int64Mode = INT64_MODE): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? toInt64(value, mode) : String(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = decodeUntyped(value[i], mode);
    return value;
  }
  if (isPlainObject(value)) {
    for (const key in value) {
      const before = value[key];
      const after = decodeUntyped(before, mode);
      if (after !== before) setOwn(value, key, after);
    }
  }
  return value;
}
