/**
 * Prints ts-morph statement structures as TypeScript text in the shape the pinned prettier gives it, so that the
 * package needs no prettier pass: formatting 24 MB of modules cost 28 s of a 43 s generate. It prints only the
 * structure kinds and members the emitter builds, and throws on any other, so nothing is silently dropped.
 * It breaks lines where TOP's catalog needs it (import and export lists, parameters, lists in schemas); a module with a
 * code line still wider than the print width (a 130-character param name, say) is not in known shape, and
 * `needsPrettier` sends it through prettier. Prettier stays the judge: `test/emit/printer.test.ts`, the emitter fuzz
 * and `scripts/verify-format.ts` require every printed file to be a fixed point of prettier with `.prettierrc.json`.
 */
import type {
  ClassDeclarationStructure,
  ExportDeclarationStructure,
  FunctionDeclarationStructure,
  ImportDeclarationStructure,
  InterfaceDeclarationStructure,
  JSDocStructure,
  OptionalKind,
  ParameterDeclarationStructure,
  PropertySignatureStructure,
  StatementStructures,
  TypeAliasDeclarationStructure,
  VariableStatementStructure,
  WriterFunction,
} from 'ts-morph';
import { Kind } from './structure-kind.js';

/** prettier's `printWidth`, from `.prettierrc.json`. */
export const PRINT_WIDTH = 120;
const INDENT = '  ';

/** A module's text: statements separated by a blank line, but runs of imports and of exports kept together. */
export function printStatements(statements: readonly StatementStructures[]): string {
  const out: string[] = [];
  let previous: StatementStructures['kind'] | undefined;
  for (const statement of statements) {
    const text = printStatement(statement);
    const sameRun = previous === statement.kind && (statement.kind === Kind.ImportDeclaration || statement.kind === Kind.ExportDeclaration);
    if (previous !== undefined && !sameRun) out.push('');
    out.push(text);
    previous = statement.kind;
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

function printStatement(s: StatementStructures): string {
  switch (s.kind) {
    case Kind.ImportDeclaration:
      return printImport(s);
    case Kind.ExportDeclaration:
      return printExport(s);
    case Kind.Interface:
      return printInterface(s);
    case Kind.TypeAlias:
      return printTypeAlias(s);
    case Kind.VariableStatement:
      return printVariableStatement(s);
    case Kind.Function:
      return printFunction(s);
    case Kind.Class:
      return printClass(s);
    default:
      throw new Error(`printer: structure kind ${s.kind} is not supported`);
  }
}

function printImport(s: ImportDeclarationStructure): string {
  only(s, 'import', ['kind', 'isTypeOnly', 'moduleSpecifier', 'namedImports']);
  const names = listOf(s.namedImports, 'import').map((n) => (typeof n === 'string' ? n : specifier(n, 'import')));
  return moduleList(`import ${s.isTypeOnly ? 'type ' : ''}`, names, ` from ${stringLiteral(s.moduleSpecifier)};`);
}

function printExport(s: ExportDeclarationStructure): string {
  only(s, 'export', ['kind', 'isTypeOnly', 'moduleSpecifier', 'namedExports']);
  if (s.moduleSpecifier === undefined) throw new Error('printer: an export without a module specifier is not supported');
  const names = listOf(s.namedExports, 'export').map((n) => (typeof n === 'string' ? n : specifier(n, 'export')));
  return moduleList(`export ${s.isTypeOnly ? 'type ' : ''}`, names, ` from ${stringLiteral(s.moduleSpecifier)};`);
}

function specifier(n: { name: string; alias?: string | undefined; isTypeOnly?: boolean | undefined }, what: string): string {
  only(n, `${what} specifier`, ['kind', 'name', 'alias', 'isTypeOnly']);
  return `${n.isTypeOnly ? 'type ' : ''}${n.name}${n.alias ? ` as ${n.alias}` : ''}`;
}

/** `import { a, b } from 'm';` on one line when it fits or names one binding; else one binding per line. */
function moduleList(head: string, names: readonly string[], tail: string): string {
  if (names.length === 0) return `${head}{}${tail}`;
  const flat = `${head}{ ${names.join(', ')} }${tail}`;
  if (names.length === 1 || fits(flat)) return flat;
  return `${head}{\n${names.map((n) => `${INDENT}${n},`).join('\n')}\n}${tail}`;
}

function printInterface(s: InterfaceDeclarationStructure): string {
  only(s, 'interface', ['kind', 'name', 'isExported', 'docs', 'properties']);
  const head = `${docs(s.docs, '')}${s.isExported ? 'export ' : ''}interface ${s.name} {`;
  const members = (s.properties ?? []).map((p) => printPropertySignature(p));
  return members.length === 0 ? `${head}}` : `${head}\n${members.join('\n')}\n}`;
}

function printPropertySignature(p: OptionalKind<PropertySignatureStructure>): string {
  only(p, 'property signature', ['kind', 'name', 'type', 'hasQuestionToken', 'docs']);
  if (typeof p.type !== 'string') throw new Error(`printer: property ${p.name} needs its type as text`);
  return `${docs(p.docs, INDENT)}${INDENT}${p.name}${p.hasQuestionToken ? '?' : ''}: ${p.type};`;
}

/** `type X = <text>;`, the text already in printed shape (the emitter writes type literals expanded). */
function printTypeAlias(s: TypeAliasDeclarationStructure): string {
  only(s, 'type alias', ['kind', 'name', 'isExported', 'docs', 'type']);
  if (typeof s.type !== 'string') throw new Error(`printer: type alias ${s.name} needs its type as text`);
  return `${docs(s.docs, '')}${s.isExported ? 'export ' : ''}type ${s.name} = ${s.type};`;
}

/** `const x = <initializer>;`, one declaration; the initializer already in printed shape. */
function printVariableStatement(s: VariableStatementStructure): string {
  only(s, 'variable statement', ['kind', 'isExported', 'declarationKind', 'docs', 'declarations']);
  const [declaration, ...more] = s.declarations;
  if (declaration === undefined || more.length > 0) throw new Error('printer: a variable statement needs exactly one declaration');
  only(declaration, 'variable declaration', ['kind', 'name', 'initializer']);
  if (typeof declaration.initializer !== 'string') throw new Error(`printer: ${declaration.name} needs its initializer as text`);
  return `${docs(s.docs, '')}${s.isExported ? 'export ' : ''}${s.declarationKind ?? 'let'} ${declaration.name} = ${declaration.initializer};`;
}

/** Parameters on the signature line when it fits, else one per line with a trailing comma (as prettier breaks them). */
function printFunction(s: FunctionDeclarationStructure): string {
  only(s, 'function', ['kind', 'name', 'isExported', 'docs', 'parameters', 'returnType', 'statements']);
  if (s.name === undefined) throw new Error('printer: a function needs a name');
  const params = (s.parameters ?? []).map(printParameter);
  const returns = s.returnType === undefined ? '' : `: ${textOf(s.returnType, 'return type')}`;
  const head = `${s.isExported ? 'export ' : ''}function ${s.name}(`;
  const flat = `${head}${params.join(', ')})${returns} {`;
  const signature = params.length === 0 || fits(flat) ? flat : `${head}\n${params.map((p) => `${INDENT}${p},`).join('\n')}\n)${returns} {`;
  const body = listOf(s.statements, 'statement').map((b) => {
    if (typeof b !== 'string') throw new Error(`printer: statements of ${s.name} must be given as text`);
    return indentBlock(b, INDENT);
  });
  return `${docs(s.docs, '')}${signature}${body.length === 0 ? '}' : `\n${body.join('\n')}\n}`}`;
}

function printParameter(p: OptionalKind<ParameterDeclarationStructure>): string {
  only(p, 'parameter', ['kind', 'name', 'type', 'hasQuestionToken', 'initializer']);
  const type = p.type === undefined ? '' : `: ${textOf(p.type, 'parameter type')}`;
  const init = p.initializer === undefined ? '' : ` = ${textOf(p.initializer, 'initializer')}`;
  return `${p.name}${p.hasQuestionToken ? '?' : ''}${type}${init}`;
}

function printClass(s: ClassDeclarationStructure): string {
  only(s, 'class', ['kind', 'name', 'isExported', 'docs', 'extends']);
  const extendsText = s.extends === undefined ? '' : ` extends ${textOf(s.extends, 'extends')}`;
  return `${docs(s.docs, '')}${s.isExported ? 'export ' : ''}class ${s.name ?? ''}${extendsText} {}`;
}

/** JSDoc blocks: `/** one line *\/`, or one ` * ` line per text line (blank ones as ` *`), as prettier re-indents them. */
function docs(list: readonly (string | OptionalKind<JSDocStructure>)[] | undefined, indent: string): string {
  if (list === undefined) return '';
  return list
    .map((doc) => {
      if (typeof doc !== 'string') throw new Error('printer: JSDoc structures are not supported, give the text');
      const lines = doc.split('\n').map((l) => l.trimEnd());
      if (lines.length === 1) return `${indent}/** ${lines[0]?.trim() ?? ''} */\n`;
      return `${indent}/**\n${lines.map((l) => (l === '' ? `${indent} *` : `${indent} * ${l}`)).join('\n')}\n${indent} */\n`;
    })
    .join('');
}

/** True when a printed module has a code line (not a comment line) wider than the print width. */
export function needsPrettier(text: string): boolean {
  for (const line of text.split('\n')) {
    // A line of at most half the width fits even if every character is wide.
    if (line.length <= PRINT_WIDTH / 2 || (line.length <= PRINT_WIDTH && !WIDE.test(line))) continue;
    const code = line.trimStart();
    if (code.startsWith('*') || code.startsWith('/*') || code.startsWith('//')) continue;
    if (!fits(line)) return true;
  }
  return false;
}

/** Indents every non-empty line of a block. */
export function indentBlock(text: string, indent: string): string {
  return text
    .split('\n')
    .map((l) => (l === '' ? l : `${indent}${l}`))
    .join('\n');
}

/** True when a line of code is within the print width; full-width characters count two columns, as prettier counts them. */
export function fits(line: string): boolean {
  return line.length <= PRINT_WIDTH && width(line) <= PRINT_WIDTH;
}

export function width(text: string): number {
  let n = 0;
  for (const ch of text) n += WIDE.test(ch) ? 2 : 1;
  return n;
}

/** East Asian wide and full-width ranges (the ones prettier's string width counts as two columns). */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;

/**
 * A string literal as prettier writes it with `singleQuote`: single quotes unless the text holds more single than
 * double quotes; backslashes, the chosen quote, line breaks and U+2028/9 escaped.
 */
export function stringLiteral(text: string): string {
  const singles = (text.match(/'/g) ?? []).length;
  const doubles = (text.match(/"/g) ?? []).length;
  const q = singles > doubles ? '"' : "'";
  const body = text
    .replace(/\\/g, '\\\\')
    .replace(q === "'" ? /'/g : /"/g, `\\${q}`)
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `${q}${body}${q}`;
}

function textOf(value: string | WriterFunction, what: string): string {
  if (typeof value !== 'string') throw new Error(`printer: a writer function as ${what} is not supported, give the text`);
  return value;
}

function listOf<T>(value: readonly T[] | T | WriterFunction | undefined, what: string): T[] {
  if (value === undefined) return [];
  if (typeof value === 'function') throw new Error(`printer: a writer function as ${what} list is not supported`);
  return Array.isArray(value) ? [...(value as readonly T[])] : [value as T];
}

/** Throws when a structure sets a member this printer does not print (it would be lost otherwise). */
function only(structure: object, what: string, allowed: readonly string[]): void {
  for (const key in structure) {
    if (allowed.includes(key)) continue;
    const value: unknown = (structure as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (value === false) continue;
    throw new Error(`printer: ${what} member "${key}" is not supported`);
  }
}
