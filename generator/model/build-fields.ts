/** Params of one API → fields and nested structs, with type diagnostics. */
import type { Diagnostic } from '../diagnostics.js';
import type { ParamSpec } from '../spec/types.js';
import { MODEL_CODES } from './codes.js';
import { isPropertyIdentifier, pascalCase, type NameRegistry } from './names.js';
import { matchScalar } from './scalars.js';
import type { FieldDoc, FieldModel, Side, StructModel, TypeRef } from './types.js';

export interface FieldContext {
  method: string;
  apiPascal: string;
  file: string;
  lines?: ReadonlyMap<string, number> | undefined;
  types: NameRegistry;
  diagnostics: Diagnostic[];
  /** Structs of this API by name, in creation order. */
  structs: Map<string, StructModel>;
  /** `side|docType|shape` → struct name, so identical shapes share one interface. */
  byShape: Map<string, string>;
}

export function buildFields(params: readonly ParamSpec[], side: Side, path: string, ctx: FieldContext): FieldModel[] {
  const out: FieldModel[] = [];
  const seen = new Set<string>();
  for (const param of params) {
    const here = `${path}.${param.name}`;
    const warn = (code: `TOP${number}`, message: string) =>
      ctx.diagnostics.push({ code, severity: 'warning', message, file: ctx.file, line: ctx.lines?.get(here) ?? 0, api: ctx.method, path: here });
    if (param.name === '') {
      warn(MODEL_CODES.badParamName, 'a param without a name is left out');
      continue;
    }
    if (seen.has(param.name)) {
      warn(MODEL_CODES.badParamName, `"${param.name}" appears twice; the second one is left out`);
      continue;
    }
    seen.add(param.name);
    const element = elementType(param, side, param.list ? `${here}[]` : here, ctx, warn);
    out.push({
      name: param.name,
      quoted: !isPropertyIdentifier(param.name),
      type: param.list ? { kind: 'list', of: element } : element,
      required: side === 'request' && param.required === true,
      doc: fieldDoc(param),
    });
  }
  return out;
}

type Warn = (code: `TOP${number}`, message: string) => void;

function elementType(param: ParamSpec, side: Side, path: string, ctx: FieldContext, warn: Warn): TypeRef {
  const type = param.type.trim();
  const children = param.children ?? [];
  const scalar = matchScalar(type);
  if (scalar) {
    if (scalar.approximate) warn(MODEL_CODES.unknownType, `type "${type}" of "${param.name}" is read as ${scalar.top}`);
    if (children.length > 0) warn(MODEL_CODES.scalarWithChildren, `"${param.name}" is ${scalar.top} but lists sub-params; they are ignored`);
    return { kind: 'scalar', top: scalar.top };
  }
  if (children.length > 0) return { kind: 'struct', name: structFor(param, side, path, ctx) };
  if (type === '') warn(MODEL_CODES.missingType, `"${param.name}" has no type; typed as Json`);
  else warn(MODEL_CODES.unknownType, `unknown type "${type}" of "${param.name}" (not a TOP scalar, no sub-params); typed as Json`);
  return { kind: 'scalar', top: 'Json' };
}

function structFor(param: ParamSpec, side: Side, path: string, ctx: FieldContext): string {
  const fields = buildFields(param.children ?? [], side, path, ctx);
  const docType = /^[A-Za-z][A-Za-z0-9_]*$/.test(param.type.trim()) ? param.type.trim() : pascalCase(param.name);
  const key = `${side}|${docType}|${JSON.stringify(fields.map((f) => [f.name, f.type, f.required]))}`;
  const known = ctx.byShape.get(key);
  if (known !== undefined) return known;
  const base = `${ctx.apiPascal}${pascalCase(docType)}${side === 'request' ? 'Input' : ''}`;
  const { name } = ctx.types.claim(base, ctx.method);
  ctx.byShape.set(key, name);
  ctx.structs.set(name, { name, side, docType, fields });
  return name;
}

function fieldDoc(param: ParamSpec): FieldDoc {
  const c = param.constraints ?? {};
  const constraints: string[] = [];
  if (c.maxLength !== undefined) constraints.push(`Max length: ${c.maxLength}`);
  if (c.maxListSize !== undefined) constraints.push(`Max list size: ${c.maxListSize}`);
  if (c.minValue !== undefined) constraints.push(`Min value: ${c.minValue}`);
  if (c.maxValue !== undefined) constraints.push(`Max value: ${c.maxValue}`);
  return {
    description: param.description,
    ...(param.example !== undefined ? { example: param.example } : {}),
    ...(param.default !== undefined ? { defaultValue: param.default } : {}),
    constraints,
  };
}

/** Structs in order of first use: a pre-order walk over request, then response fields. */
export function orderStructs(roots: readonly FieldModel[], structs: ReadonlyMap<string, StructModel>): StructModel[] {
  const out: StructModel[] = [];
  const seen = new Set<string>();
  const visitType = (t: TypeRef): void => {
    if (t.kind === 'list') return visitType(t.of);
    if (t.kind !== 'struct' || seen.has(t.name)) return;
    seen.add(t.name);
    const struct = structs.get(t.name);
    if (!struct) return;
    out.push(struct);
    for (const f of struct.fields) visitType(f.type);
  };
  for (const f of roots) visitType(f.type);
  return out;
}
