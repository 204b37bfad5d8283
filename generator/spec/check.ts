/**
 * TOP rules over one spec (pure): types, names, duplicates, constraints that do not fit the param.
 * Every diagnostic names the file, the YAML line (from `readSpec`'s `lines`, 0 when unknown) and the param path.
 */
import type { Diagnostic, Severity } from '../diagnostics.js';
import { SPEC_CODES } from './codes.js';
import type { ApiSpec, ParamSpec } from './types.js';

export { SPEC_CODES } from './codes.js';

/** The scalar types a TOP doc uses; everything else must be an object type with sub-params. */
export const SCALAR_TYPES = ['String', 'Number', 'Boolean', 'Date', 'Price', 'byte[]', 'byte', 'Field List', 'Json'] as const;
const SCALARS = new Set<string>(SCALAR_TYPES);

export function isScalarType(type: string): boolean {
  return SCALARS.has(type);
}

/** An object type name as the doc's Java classes give them: `RefundMessage`, `Topinfomap`, `AdSlot_V2`. */
export function isObjectTypeName(type: string): boolean {
  return /^[A-Z][A-Za-z0-9_]*$/.test(type) && !SCALARS.has(type);
}

export interface CheckContext {
  file: string;
  /** Param path → YAML line, from `readSpec`. */
  lines?: ReadonlyMap<string, number>;
}

/** A param path without list markers, for looking up lines of paths written either way. */
function bare(path: string): string {
  return path.replace(/\[\]/g, '');
}

export function paramLine(lines: ReadonlyMap<string, number> | undefined, path: string): number {
  if (!lines) return 0;
  const exact = lines.get(path);
  if (exact !== undefined) return exact;
  const want = bare(path);
  for (const [k, v] of lines) if (bare(k) === want) return v;
  return 0;
}

const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Characters a wire key can carry and a quoted TS property can hold without escaping. */
const USABLE_NAME = /^[A-Za-z0-9_.$-]+$/;

export function checkSpec(spec: ApiSpec, ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const push = (code: `TOP${number}`, severity: Severity, message: string, path?: string) => {
    out.push({ code, severity, message, file: ctx.file, line: path ? paramLine(ctx.lines, path) : ctx.lines ? (ctx.lines.get('api') ?? 1) : 0, api: spec.api, ...(path ? { path } : {}) });
  };
  checkApiName(spec.api, (code, severity, message) => push(code, severity, message));
  const walk = (params: readonly ParamSpec[], section: 'request' | 'response', path: string) => {
    const seen = new Set<string>();
    for (const p of params) {
      const here = `${path}.${p.name}`;
      if (p.name === '') push(SPEC_CODES.emptyName, 'error', 'a param has an empty name', here);
      else if (!USABLE_NAME.test(p.name) || !/[A-Za-z]/.test(p.name)) push(SPEC_CODES.unusableName, 'error', `param name ${JSON.stringify(p.name)} has characters no wire key or property name can carry`, here);
      else if (!PLAIN_NAME.test(p.name)) push(SPEC_CODES.oddName, 'warning', `param name "${p.name}" is not a plain identifier and must be quoted in code`, here);
      if (p.name !== '' && seen.has(p.name)) push(SPEC_CODES.duplicateName, 'error', `"${p.name}" appears more than once at this level`, here);
      seen.add(p.name);
      const hasChildren = (p.children?.length ?? 0) > 0;
      if (p.type.trim() === '') push(SPEC_CODES.missingType, 'error', `"${p.name}" has no type`, here);
      else if (isScalarType(p.type)) {
        if (hasChildren) push(SPEC_CODES.scalarWithChildren, 'error', `"${p.name}" is a ${p.type} but has ${p.children!.length} sub-params`, here);
      } else if (isObjectTypeName(p.type)) {
        if (!hasChildren) push(SPEC_CODES.objectWithoutChildren, 'warning', `"${p.name}" has object type ${p.type} but no sub-params`, here);
      } else push(SPEC_CODES.unknownType, 'error', `"${p.name}" has type ${JSON.stringify(p.type)}, which is neither a scalar type nor an object type name`, here);
      const c = p.constraints;
      if (c?.maxListSize !== undefined && !p.list) push(SPEC_CODES.listConstraintOnScalar, 'warning', `"${p.name}" has maxListSize ${c.maxListSize} but is not a list`, here);
      if (c?.maxLength !== undefined && p.type !== 'String' && p.type !== 'Field List') push(SPEC_CODES.maxLengthOnNonString, 'warning', `"${p.name}" has maxLength ${c.maxLength} but is a ${p.type || 'param without type'}, not a String`, here);
      if (c?.minValue !== undefined && c.maxValue !== undefined && c.minValue > c.maxValue) push(SPEC_CODES.emptyRange, 'warning', `"${p.name}" has minValue ${c.minValue} above maxValue ${c.maxValue}`, here);
      if (section === 'response' && p.required !== undefined) push(SPEC_CODES.requiredInResponse, 'warning', `response param "${p.name}" says required: ${p.required}, which only request params can`, here);
      if (p.children) walk(p.children, section, p.list ? `${here}[]` : here);
    }
  };
  walk(spec.request, 'request', 'request');
  walk(spec.response, 'response', 'response');
  return out;
}

function checkApiName(api: string, push: (code: `TOP${number}`, severity: Severity, message: string) => void): void {
  const segments = api.split('.');
  if (api === '' || segments.length < 2 || segments.some((s) => s === '' || /[\s\u0000-\u001f\u007f-\u00a0\u2028\u2029]/.test(s))) {
    push(SPEC_CODES.badApiName, 'error', `API name ${JSON.stringify(api)} is not dot-separated segments like taobao.trade.get`);
    return;
  }
  const odd = segments.filter((s) => !/^[a-z0-9_]+$/.test(s));
  if (odd.length > 0) push(SPEC_CODES.oddApiName, 'warning', `API name "${api}" has segments that are not lowercase letters, digits and _: ${odd.join(', ')}`);
}
