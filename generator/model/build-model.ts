/** Specs → model: sorted APIs with every name decided, and the model's diagnostics. Pure. */
import type { Diagnostic } from '../diagnostics.js';
import type { EmitOptions } from '../emit/options.js';
import type { ApiSpec } from '../spec/types.js';
import { buildFields, orderStructs, type FieldContext } from './build-fields.js';
import { MODEL_CODES } from './codes.js';
import { camelCase, categorySlug, modulePathOf, NameRegistry, PACKAGE_NAMES, pascalCase, responseRootOf } from './names.js';
import type { ApiModel, CategoryModel, Model, StructModel } from './types.js';

export interface SpecSource {
  spec: ApiSpec;
  /** The spec file, relative to the project root (`specs/exchange/tmall.exchange.message.add.yaml`). */
  file: string;
  /** Param path → YAML line, from `readSpec`, to point diagnostics at lines. */
  lines?: ReadonlyMap<string, number>;
}

export interface BuildModelResult {
  model: Model;
  diagnostics: Diagnostic[];
}

type Names = Pick<ApiModel, 'functionName' | 'operationName' | 'requestType' | 'responseType' | 'modulePath'>;

export function buildModel(specs: readonly SpecSource[], options: Pick<EmitOptions, 'include'> = {}): BuildModelResult {
  const diagnostics: Diagnostic[] = [];
  const sources = uniqueSorted(specs.filter((s) => isIncluded(s.spec, options)), diagnostics);
  const types = new NameRegistry(PACKAGE_NAMES);
  const values = new NameRegistry(PACKAGE_NAMES);
  const files = new NameRegistry([], true);
  // API-level names first, for all APIs, so a struct name never pushes an API's own names aside.
  const names = sources.map((s) => claimApiNames(s, types, values, files, diagnostics));
  const apis = sources.map((s, i) => buildApi(s, names[i] as Names, types, diagnostics));
  return { model: { apis, categories: groupCategories(apis, sources) }, diagnostics };
}

function isIncluded(spec: ApiSpec, options: Pick<EmitOptions, 'include'>): boolean {
  const include = options.include;
  if (!include || (!include.apis && !include.categories)) return true;
  return (include.apis?.includes(spec.api) ?? false) || (include.categories?.includes(categorySlug(spec.category?.pkg)) ?? false);
}

function uniqueSorted(specs: readonly SpecSource[], diagnostics: Diagnostic[]): SpecSource[] {
  const sorted = [...specs].sort((a, b) => compare(a.spec.api, b.spec.api) || compare(a.file, b.file));
  const out: SpecSource[] = [];
  for (const s of sorted) {
    const previous = out[out.length - 1];
    if (previous && previous.spec.api === s.spec.api) {
      diagnostics.push({ code: MODEL_CODES.duplicateApi, severity: 'error', message: `method "${s.spec.api}" is also defined in ${previous.file}; this spec is skipped`, file: s.file, line: 1, api: s.spec.api });
      continue;
    }
    out.push(s);
  }
  return out;
}

function claimApiNames(s: SpecSource, types: NameRegistry, values: NameRegistry, files: NameRegistry, diagnostics: Diagnostic[]): Names {
  const method = s.spec.api;
  const pascal = pascalCase(method);
  const take = (registry: NameRegistry, wanted: string, what: string): string => {
    const { name, clashWith } = registry.claim(wanted, method);
    if (clashWith !== undefined) {
      diagnostics.push({ code: MODEL_CODES.nameCollision, severity: 'error', message: `${what} "${wanted}" of "${method}" is already taken by "${clashWith}"; using "${name}"`, file: s.file, line: 1, api: method });
    }
    return name;
  };
  return {
    functionName: take(values, camelCase(method), 'function name'),
    operationName: take(values, `${camelCase(method)}Operation`, 'operation name'),
    requestType: take(types, `${pascal}Request`, 'type name'),
    responseType: take(types, `${pascal}Response`, 'type name'),
    modulePath: take(files, modulePathOf(method), 'file name'),
  };
}

function buildApi(s: SpecSource, names: Names, types: NameRegistry, diagnostics: Diagnostic[]): ApiModel {
  const { spec } = s;
  const ctx: FieldContext = { method: spec.api, apiPascal: pascalCase(spec.api), file: s.file, lines: s.lines, types, diagnostics, structs: new Map<string, StructModel>(), byShape: new Map() };
  const request = buildFields(spec.request, 'request', 'request', ctx);
  const response = buildFields(spec.response, 'response', 'response', ctx);
  return {
    method: spec.api,
    title: spec.title,
    description: spec.description,
    specFile: s.file,
    ...names,
    responseRoot: responseRootOf(spec.api),
    category: categorySlug(spec.category?.pkg),
    request,
    response,
    structs: orderStructs([...request, ...response], ctx.structs),
  };
}

function groupCategories(apis: readonly ApiModel[], sources: readonly SpecSource[]): CategoryModel[] {
  const byPkg = new Map<string, CategoryModel>();
  apis.forEach((api, i) => {
    const entry = byPkg.get(api.category) ?? { pkg: api.category, name: sources[i]?.spec.category?.name ?? '', methods: [] };
    entry.methods.push(api.method);
    byPkg.set(api.category, entry);
  });
  return [...byPkg.values()].sort((a, b) => compare(a.pkg, b.pkg));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
