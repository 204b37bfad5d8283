/** Small printers for TS text fragments: keys, string literals, types and schema literals. */
import { assertNever } from './assert-never.js';
import { scalarImports, scalarTs } from '../model/scalars.js';
import type { FieldModel, Side, TypeRef } from '../model/types.js';

/** A single-quoted TS string literal, safe for any text. */
export function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}'`;
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

/** Schema literal of a field list, with nested structs inlined: `{ content: 'String', fields: ['String'] }`. */
export function schemaText(fields: readonly FieldModel[], structs: ReadonlyMap<string, readonly FieldModel[]>, indent = ''): string {
  if (fields.length === 0) return '{}';
  const inner = `${indent}  `;
  const lines = fields.map((f) => `${inner}${literalKey(f)}: ${schemaOf(f.type, structs, inner)},`);
  return `{\n${lines.join('\n')}\n${indent}}`;
}

function schemaOf(type: TypeRef, structs: ReadonlyMap<string, readonly FieldModel[]>, indent: string): string {
  switch (type.kind) {
    case 'scalar':
      return quote(type.top);
    case 'struct':
      return schemaText(structs.get(type.name) ?? [], structs, indent);
    case 'list':
      return `[${schemaOf(type.of, structs, indent)}]`;
    default:
      return assertNever(type);
  }
}
