/** Small printers for TS text fragments: keys, string literals, types and schema literals, in the printer's (prettier's) shape. */
import { assertNever } from './assert-never.js';
import { fits, stringLiteral } from './printer.js';
import { isPropertyIdentifier } from '../model/names.js';
import { scalarImports, scalarTs } from '../model/scalars.js';
import type { FieldModel, Side, TypeRef } from '../model/types.js';

/** A TS string literal, safe for any text, quoted as prettier quotes it. */
export function quote(text: string): string {
  return stringLiteral(text);
}

/** A property key for any text: bare when it is an identifier, else quoted. */
export function propertyKey(name: string): string {
  return isPropertyIdentifier(name) ? name : quote(name);
}

/** Property key of an interface member. */
export function interfaceKey(field: FieldModel): string {
  return field.quoted ? quote(field.name) : field.name;
}

/** Property key in an object literal; `__proto__` must be computed or it would set the prototype. */
export function literalKey(field: FieldModel): string {
  if (field.name === '__proto__') return `['__proto__']`;
  return interfaceKey(field);
}

export function typeText(type: TypeRef, side: Side): string {
  switch (type.kind) {
    case 'scalar':
      return scalarTs(type.top, side);
    case 'struct':
      return type.name;
    case 'list': {
      const inner = typeText(type.of, side);
      return inner.includes(' ') ? `(${inner})[]` : `${inner}[]`;
    }
    default:
      return assertNever(type);
  }
}

/** Runtime type names a field list refers to. */
export function runtimeTypesOf(fields: readonly FieldModel[], side: Side, into: Set<string>): void {
  for (const f of fields) {
    let t: TypeRef = f.type;
    while (t.kind === 'list') t = t.of;
    if (t.kind === 'scalar') for (const name of scalarImports(t.top, side)) into.add(name);
  }
}

/**
 * Schema literal of a field list, nested structs inlined, at `indent` (its column in the file): objects always
 * expanded one key per line, which prettier keeps; a list on its key's line when that fits, else broken.
 */
export function schemaText(fields: readonly FieldModel[], structs: ReadonlyMap<string, readonly FieldModel[]>, indent = ''): string {
  if (fields.length === 0) return '{}';
  const inner = `${indent}  `;
  const lines = fields.map((f) => property(`${inner}${literalKey(f)}:`, f.type, structs, inner));
  return `{\n${lines.join('\n')}\n${indent}}`;
}

/** `key: value,` at `indent`: a list on the key's line when it fits, else broken (see `valueText`). */
function property(head: string, type: TypeRef, structs: ReadonlyMap<string, readonly FieldModel[]>, indent: string): string {
  return `${head} ${valueText(type, structs, indent, `${head} `)},`;
}

/** A schema value after `before` on a line of `indent`, followed by a comma. */
function valueText(type: TypeRef, structs: ReadonlyMap<string, readonly FieldModel[]>, indent: string, before: string): string {
  switch (type.kind) {
    case 'scalar':
      return quote(type.top);
    case 'struct':
      return schemaText(structs.get(type.name) ?? [], structs, indent);
    case 'list': {
      const flat = flatList(type, structs);
      if (flat !== undefined && fits(`${before}${flat},`)) return flat;
      const inner = `${indent}  `;
      return `[\n${inner}${valueText(type.of, structs, inner, inner)},\n${indent}]`;
    }
    default:
      return assertNever(type);
  }
}

/** A value on one line (a scalar, `{}`, a list of such); undefined when it holds a struct with fields, which always breaks. */
function flatList(type: TypeRef, structs: ReadonlyMap<string, readonly FieldModel[]>): string | undefined {
  switch (type.kind) {
    case 'scalar':
      return quote(type.top);
    case 'struct':
      return (structs.get(type.name) ?? []).length === 0 ? '{}' : undefined;
    case 'list': {
      const inner = flatList(type.of, structs);
      return inner === undefined ? undefined : `[${inner}]`;
    }
    default:
      return assertNever(type);
  }
}
