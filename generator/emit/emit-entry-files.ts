/** Package-level modules: `api-map.ts`, `client.ts`, `index.ts` and the per-category barrels. */
import type { ExportDeclarationStructure, ExportSpecifierStructure, StatementStructures } from 'ts-morph';
import type { ApiSummary, EntryModel } from '../model/types.js';
import { propertyKey } from './print-code.js';
import { fits } from './printer.js';
import { Kind } from './structure-kind.js';

/** Runtime values and types every entry point re-exports, sorted. */
const RUNTIME_VALUES = ['TopError'];
const RUNTIME_TYPES = ['CallOptions', 'DateInput', 'Int64', 'Int64Input', 'TopClientOptions', 'TopFile'];

export function apiMapStatements(model: EntryModel): StatementStructures[] {
  const imports: StatementStructures[] = model.apis.map((api) => ({
    kind: Kind.ImportDeclaration,
    isTypeOnly: true,
    moduleSpecifier: `./${api.modulePath}.js`,
    namedImports: [api.requestType, api.responseType],
  }));
  return [
    ...imports,
    {
      // A type alias, not an interface: only aliases get the implicit index signature `ApiMapShape` (a Record) asks for.
      kind: Kind.TypeAlias,
      name: 'TopApiMap',
      isExported: true,
      docs: ['Every TOP method of this package with its request and response types; types `TopClient.execute`.'],
      type: `{\n${model.apis.map(apiMapMember).join('\n')}\n}`,
    },
  ];
}

/** `'a.b': { request: A; response: B };` on one line when it fits, else its members one per line. */
function apiMapMember(api: ApiSummary): string {
  const flat = `  ${propertyKey(api.method)}: { request: ${api.requestType}; response: ${api.responseType} };`;
  if (fits(flat)) return flat;
  return `  ${propertyKey(api.method)}: {\n    request: ${api.requestType};\n    response: ${api.responseType};\n  };`;
}

export function clientStatements(): StatementStructures[] {
  return [
    { kind: Kind.ImportDeclaration, moduleSpecifier: './runtime/index.js', namedImports: [{ kind: Kind.ImportSpecifier, name: 'TopClient', alias: 'BaseTopClient' }] },
    { kind: Kind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './api-map.js', namedImports: ['TopApiMap'] },
    {
      kind: Kind.Class,
      name: 'TopClient',
      isExported: true,
      extends: 'BaseTopClient<TopApiMap>',
      docs: ["The TOP client of this package: `client.execute('tmall.exchange.message.add', request)` is typed by `TopApiMap`."],
    },
  ];
}

export function indexStatements(model: EntryModel): StatementStructures[] {
  return [
    exportFrom('./api-map.js', [], ['TopApiMap']),
    exportFrom('./client.js', ['TopClient'], []),
    exportFrom('./runtime/index.js', RUNTIME_VALUES, RUNTIME_TYPES),
    ...model.apis.map((api) => apiExports(api, './')),
  ];
}

export function categoryStatements(model: EntryModel, pkg: string): StatementStructures[] {
  return model.apis.filter((api) => api.category === pkg).map((api) => apiExports(api, '../'));
}

function apiExports(api: ApiSummary, prefix: string): ExportDeclarationStructure {
  return exportFrom(`${prefix}${api.modulePath}.js`, [api.functionName, api.operationName], [api.requestType, api.responseType, ...api.structs.map((s) => s.name)]);
}

function exportFrom(moduleSpecifier: string, values: readonly string[], types: readonly string[]): ExportDeclarationStructure {
  const namedExports: ExportSpecifierStructure[] = [
    ...values.map((name) => ({ kind: Kind.ExportSpecifier, name })),
    ...types.map((name) => ({ kind: Kind.ExportSpecifier, name, isTypeOnly: true })),
  ].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const allTypes = values.length === 0;
  return {
    kind: Kind.ExportDeclaration,
    moduleSpecifier,
    isTypeOnly: allTypes,
    namedExports: allTypes ? namedExports.map(({ name }) => ({ kind: Kind.ExportSpecifier, name })) : namedExports,
  };
}
