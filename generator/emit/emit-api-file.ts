/** One API → `src/apis/<method>.ts`: request, response and nested interfaces, static schemas, the function. */
import type { FunctionDeclarationStructure, InterfaceDeclarationStructure, PropertySignatureStructure, StatementStructures, VariableStatementStructure } from 'ts-morph';
import type { VariableDeclarationKind } from 'ts-morph';
import type { ApiModel, FieldModel, Side } from '../model/types.js';
import { docLines, escapeDocLine, fieldDocText } from './escape-doc.js';
import { interfaceKey, quote, runtimeTypesOf, schemaText, typeText } from './print-code.js';
import { Kind } from './structure-kind.js';

/** ts-morph's `VariableDeclarationKind.Const`, whose value is its text. */
const CONST = 'const' as VariableDeclarationKind.Const;

/** Module-local names of the static schemas; upper snake case never clashes with generated camel/Pascal names. */
const REQUEST_SCHEMA = 'REQUEST_SCHEMA';
const RESPONSE_SCHEMA = 'RESPONSE_SCHEMA';

export function apiStatements(api: ApiModel): StatementStructures[] {
  const structFields = new Map(api.structs.map((s) => [s.name, s.fields] as const));
  const runtime = new Set(['CallOptions', 'ObjectSchema', 'TopClient']);
  runtimeTypesOf(api.request, 'request', runtime);
  runtimeTypesOf(api.response, 'response', runtime);
  for (const s of api.structs) runtimeTypesOf(s.fields, s.side, runtime);
  return [
    { kind: Kind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: '../runtime/index.js', namedImports: [...runtime].sort() },
    iface(api.requestType, [`Request params of \`${safeMethod(api.method)}\` (${escapeDocLine(api.title)}).`], api.request, 'request'),
    iface(api.responseType, [`Response of \`${safeMethod(api.method)}\`: TOP returns only requested, non-null fields, so all are optional.`], api.response, 'response', true),
    ...api.structs.map((s) => iface(s.name, [`\`${escapeDocLine(s.docType)}\` of \`${safeMethod(api.method)}\`.`], s.fields, s.side)),
    schemaConst(REQUEST_SCHEMA, schemaText(api.request, structFields)),
    schemaConst(RESPONSE_SCHEMA, schemaText(api.response, structFields)),
    operationConst(api),
    apiFunction(api),
  ];
}

function iface(name: string, docs: string[], fields: readonly FieldModel[], side: Side, withRequestId = false): InterfaceDeclarationStructure {
  const properties: PropertySignatureStructure[] = fields.map((f) => {
    const doc = fieldDocText(f.doc);
    return {
      kind: Kind.PropertySignature,
      name: interfaceKey(f),
      type: typeText(f.type, side),
      hasQuestionToken: !f.required,
      ...(doc !== undefined ? { docs: [doc] } : {}),
    };
  });
  if (withRequestId && !fields.some((f) => f.name === 'request_id')) {
    properties.push({ kind: Kind.PropertySignature, name: 'request_id', type: 'string', hasQuestionToken: true, docs: ['Id of the gateway request, for support tickets.'] });
  }
  return { kind: Kind.Interface, name, isExported: true, docs: [docs.join('\n')], properties };
}

function schemaConst(name: string, literal: string): VariableStatementStructure {
  return {
    kind: Kind.VariableStatement,
    declarationKind: CONST,
    declarations: [{ kind: Kind.VariableDeclaration, name, initializer: `${literal} as const satisfies ObjectSchema` }],
  };
}

/** The call's static description, for tools and custom clients: `client.call({ ...op, params }, options)`. */
function operationConst(api: ApiModel): VariableStatementStructure {
  const fields = [`method: ${quote(api.method)}`, `responseRoot: ${quote(api.responseRoot)}`, `request: ${REQUEST_SCHEMA}`, `response: ${RESPONSE_SCHEMA}`];
  return {
    kind: Kind.VariableStatement,
    isExported: true,
    declarationKind: CONST,
    docs: [`Static description of \`${safeMethod(api.method)}\`: method, response root, request and response schemas.`],
    declarations: [{ kind: Kind.VariableDeclaration, name: api.operationName, initializer: `${expandedObject(fields, '')} as const` }],
  };
}

function apiFunction(api: ApiModel): FunctionDeclarationStructure {
  const noParams = !api.request.some((f) => f.required);
  const lines = [`${escapeDocLine(api.title || api.method)} — calls TOP method \`${safeMethod(api.method)}\`.`];
  const description = docLines(api.description);
  if (description.length > 0 && description.join('\n') !== escapeDocLine(api.title)) lines.push('', ...description);
  lines.push(
    '',
    '@param client - The client that signs and sends the call.',
    '@param request - The API params.',
    '@param options - Per-call options such as `session`, `timeoutMs` and `retries`.',
    '@throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.',
  );
  const call = [
    `method: ${quote(api.method)}`,
    `responseRoot: ${quote(api.responseRoot)}`,
    'params: request',
    `request: ${REQUEST_SCHEMA}`,
    `response: ${RESPONSE_SCHEMA}`,
  ];
  return {
    kind: Kind.Function,
    isExported: true,
    name: api.functionName,
    docs: [lines.join('\n')],
    parameters: [
      { kind: Kind.Parameter, name: 'client', type: 'TopClient' },
      { kind: Kind.Parameter, name: 'request', type: api.requestType, ...(noParams ? { initializer: '{}' } : {}) },
      { kind: Kind.Parameter, name: 'options', type: 'CallOptions', hasQuestionToken: true },
    ],
    returnType: `Promise<${api.responseType}>`,
    statements: [`return client.call<${api.responseType}>(\n  ${expandedObject(call, '  ')},\n  options,\n);`],
  };
}

/** An object literal with one entry per line at `indent`; prettier keeps an object expanded when it is written so. */
function expandedObject(entries: readonly string[], indent: string): string {
  return `{\n${entries.map((e) => `${indent}  ${e},`).join('\n')}\n${indent}}`;
}

/** The method as shown inside backticks in docs; anything odd is dropped. */
function safeMethod(method: string): string {
  return method.replace(/[^A-Za-z0-9._-]/g, '');
}
