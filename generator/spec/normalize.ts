/**
 * Type-name normalisation: another spelling of a scalar (`long`, `BigDecimal`, `Map`) is read as the TOP scalar, and a
 * misspelled scalar type (`Stirng`, `Numer`, `string`, `Boolen`) is corrected when the correction is unique; both
 * only when the param has no sub-params (a name with sub-params is an object type);
 * each correction is a warning naming the original, an ambiguous misspelling is an error.
 */
import type { Diagnostic } from '../diagnostics.js';
import { paramLine, SCALAR_TYPES } from './check.js';
import { SPEC_CODES } from './codes.js';
import type { ApiSpec, ParamSpec } from './types.js';

export interface NormalizeOptions {
  file?: string;
  lines?: ReadonlyMap<string, number>;
}

export interface NormalizeResult {
  spec: ApiSpec;
  diagnostics: Diagnostic[];
}

/**
 * Other spellings of TOP scalars some docs leak (Java's, mostly): the one table of TOP's type aliases; the model sees
 * only the normalised names. Leaves only: a name that lists sub-params is an object type, whatever it is called
 * (`Integer` over 26 fields is a doc slip for an object, not a number).
 */
const ALIASES: Record<string, string> = {
  long: 'Number',
  integer: 'Number',
  int: 'Number',
  short: 'Number',
  // Decimals travel as plain decimal text, which is what `Price` means on the wire (never as a float).
  double: 'Price',
  float: 'Price',
  bigdecimal: 'Price',
  bool: 'Boolean',
  datetime: 'Date',
  json: 'Json',
  // A map is an object of keys the doc does not list: JSON text or an object, which is what `Json` carries.
  map: 'Json',
  fieldlist: 'Field List',
};

/** What a type name should be, `undefined` when it is fine or unknown, or the candidates when ambiguous. */
export function suggestScalarType(type: string): { type: string } | { ambiguous: string[] } | undefined {
  if ((SCALAR_TYPES as readonly string[]).includes(type) || type.trim() === '') return undefined;
  const folded = type.toLowerCase().replace(/[\s_]+/g, '');
  // Own keys only: `constructor`, `toString`… must not find Object.prototype's members.
  const alias = Object.hasOwn(ALIASES, folded) ? ALIASES[folded] : undefined;
  if (alias) return { type: alias };
  const exact = SCALAR_TYPES.filter((s) => s.toLowerCase().replace(/\s+/g, '') === folded);
  if (exact.length === 1) return { type: exact[0]! };
  if (type.length > 40) return undefined;
  let best = Infinity;
  let found: string[] = [];
  for (const s of SCALAR_TYPES) {
    const target = s.toLowerCase().replace(/\s+/g, '');
    const limit = target.length <= 4 ? 1 : 2;
    const d = osaDistance(folded, target);
    if (d > limit) continue;
    if (d < best) {
      best = d;
      found = [s];
    } else if (d === best) found.push(s);
  }
  if (found.length === 1) return { type: found[0]! };
  if (found.length > 1) return { ambiguous: found };
  return undefined;
}

export function normalizeTypes(spec: ApiSpec, opts: NormalizeOptions = {}): NormalizeResult {
  const diagnostics: Diagnostic[] = [];
  const file = opts.file ?? '';
  const fix = (params: readonly ParamSpec[], path: string): ParamSpec[] =>
    params.map((p) => {
      const here = `${path}.${p.name}`;
      let next = p;
      if (!p.children || p.children.length === 0) {
        const s = suggestScalarType(p.type);
        const at = { file, line: paramLine(opts.lines, here), api: spec.api, path: here };
        if (s && 'type' in s) {
          diagnostics.push({ code: SPEC_CODES.typeCorrected, severity: 'warning', message: `type ${JSON.stringify(p.type)} of "${p.name}" read as ${s.type}`, ...at });
          next = { ...p, type: s.type };
        } else if (s) {
          diagnostics.push({ code: SPEC_CODES.ambiguousType, severity: 'error', message: `type ${JSON.stringify(p.type)} of "${p.name}" could be ${s.ambiguous.join(' or ')}`, ...at });
        }
      }
      if (p.children) next = { ...next, children: fix(p.children, p.list ? `${here}[]` : here) };
      return next;
    });
  const out: ApiSpec = { ...spec, request: fix(spec.request, 'request'), response: fix(spec.response, 'response') };
  return { spec: out, diagnostics };
}

/** Optimal string alignment distance: Levenshtein plus adjacent transpositions (`Stirng` is 1 from `String`). */
export function osaDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Math.abs(a.length - b.length);
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
