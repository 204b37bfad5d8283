/** Package-level modules: `api-map.ts`, `client.ts`, `index.ts` and the per-category barrels. */
import { StructureKind } from 'ts-morph';
import type { ExportDeclarationStructure, ExportSpecifierStructure, StatementStructures } from 'ts-morph';
import type { ApiModel, Model } from '../model/types.js';
import { quote } from './print-code.js';

/** Runtime values and types every entry point re-exports, sorted. */
const RUNTIME_VALUES = ['TopError'];
const RUNTIME_TYPES = ['CallOptions', 'DateInput', 'Int64', 'Int64Input', 'TopClientOptions', 'TopFile'];

export function apiMapStatements(model: Model): StatementStructures[] {
  const imports: StatementStructures[] = model.apis.map((api) => ({
    kind: StructureKind.ImportDeclaration,
    isTypeOnly: true,
    moduleSpecifier: `./${api.modulePath}.js`,
    namedImports: [api.requestType, api.responseType],
  }));
  return [
    ...imports,
    {
      // A type alias, not an interface: only aliases get the implicit index signature `ApiMapShape` (a Record) asks for.
      kind: StructureKind.TypeAlias,
      name: 'TopApiMap',
      isExported: true,
      docs: ['Every TOP method of this package with its request and response types; types `TopClient.execute`.'],
      type: `{\n${model.apis.map((api) => `  ${quote(api.method)}: { request: ${api.requestType}; response: ${api.responseType} };`).join('\n')}\n}`,
    },
  ];
}

export function clientStatements(): StatementStructures[] {
  return [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './runtime/index.js', namedImports: [{ kind: StructureKind.ImportSpecifier, name: 'TopClient', alias: 'BaseTopClient' }] },
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './api-map.js', namedImports: ['TopApiMap'] },
    {
      kind: StructureKind.Class,
      name: 'TopClient',
      isExported: true,
      extends: 'BaseTopClient<TopApiMap>',
      docs: ["The TOP client of this package: `client.execute('tmall.exchange.message.add', request)` is typed by `TopApiMap`."],
    },
  ];
}

export function indexStatements(model: Model): StatementStructures[] {
  return [
    exportFrom('./api-map.js', [], ['TopApiMap']),
    exportFrom('./client.js', ['TopClient'], []),
    exportFrom('./runtime/index.js', RUNTIME_VALUES, RUNTIME_TYPES),
    ...model.apis.map((api) => apiExports(api, './')),
  ];
}

export function categoryStatements(model: Model, pkg: string): StatementStructures[] {
  return model.apis.filter((api) => api.category === pkg).map((api) => apiExports(api, '../'));
}

function apiExports(api: ApiModel, prefix: string): ExportDeclarationStructure {
  return exportFrom(`${prefix}${api.modulePath}.js`, [api.functionName, api.operationName], [api.requestType, api.responseType, ...api.structs.map((s) => s.name)]);
}

function exportFrom(moduleSpecifier: string, values: readonly string[], types: readonly string[]): ExportDeclarationStructure {
  const namedExports: ExportSpecifierStructure[] = [
    ...values.map((name) => ({ kind: StructureKind.ExportSpecifier as const, name })),
    ...types.map((name) => ({ kind: StructureKind.ExportSpecifier as const, name, isTypeOnly: true })),
  ].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const allTypes = values.length === 0;
  return {
    kind: StructureKind.ExportDeclaration,
    moduleSpecifier,
    isTypeOnly: allTypes,
    namedExports: allTypes ? namedExports.map(({ name }) => ({ kind: StructureKind.ExportSpecifier, name })) : namedExports,
  };
}
