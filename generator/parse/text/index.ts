/**
 * Front-end for doc pages copied as text (select all, copy, paste): see `pages/seeds/*.txt`.
 * Regions: `sections.ts`; tables: `param-table.ts`; cells: `cells.ts`, `row-tail.ts`; samples: `java-sample.ts`, `xml-sample.ts`, `json-sample.ts`;
 * nesting: `tree.ts`. Returns a spec only when every section parsed; otherwise an error diagnostic and no spec.
 */
import { sortDiagnostics, type Diagnostic } from '../../diagnostics.js';
import type { ParseResult } from '../json.js';
import type { ApiSpec, ParamSpec } from '../../spec/types.js';
import { splitTypeText } from '../../spec/type-text.js';
import { splitLines, type Line } from './lines.js';
import { descriptionText, splitSections, matchTitle, type SectionName } from './sections.js';
import { readTable, type TableRow } from './param-table.js';
import { assignCells, isLimitCell, isNameCell, isRequiredCell, isTypeCell, readRow, sameValue, segmentBullets, type ParamCells, type RawParam, type Section } from './cells.js';
import { javaEvidence, parseJavaSample } from './java-sample.js';
import { parseXmlSample, xmlEvidence } from './xml-sample.js';
import { parseJsonSample } from './json-sample.js';
import { normName, takeEvidence, type Evidence } from './evidence.js';
import { splitRowTail } from './row-tail.js';
import { nest, type Heuristic, type Node, type TreeIssue } from './tree.js';

/** Diagnostic codes of the copied-text front-end. */
export const TEXT_CODES = {
  /** The input is empty or white space only. */
  empty: 'TOP001',
  /** The input is binary (NUL bytes or undecodable text), not a copied page. */
  binary: 'TOP002',
  /** No title line `api.name (中文名)`: not a copied doc page. */
  noTitle: 'TOP003',
  /** The page ends before a section it must have (请求参数, 响应参数): a truncated copy. */
  missingSection: 'TOP004',
  /** A parameter table's header or layout is not the doc's. */
  badTable: 'TOP005',
  /** The page ends inside the 响应参数 table (nothing follows it): the table may be cut. */
  truncatedTable: 'TOP006',
  /** A top-level table row cannot be read as name, type[, 必须/可选], cells. */
  badRow: 'TOP007',
  /** A run of bullets cannot be split into params (name, type, 必须/可选, example, 更多限制, description). */
  badBullets: 'TOP008',
  /** Two params with the same name under the same parent. */
  duplicateParam: 'TOP009',
  /** The Java sample calls a setter that matches no parameter where the sample calls it. */
  unknownSetter: 'TOP010',
  /** The XML sample has an element that matches no response parameter where it stands. */
  unknownElement: 'TOP011',
  /** A parameter is missing from the sample object it belongs to (sample and bullets disagree). */
  notInSample: 'TOP012',
  /** The sample's value differs from the 示例值 cell. */
  valueMismatch: 'TOP013',
  /** No sample places an object's nested params: where each object ends was guessed (see `tree.ts`). */
  guessedNesting: 'TOP014',
} as const;

export interface CopiedTextInput {
  text: string;
  file: string;
}

export interface CopiedTextOptions {
  /** How to nest params the samples say nothing about (see `tree.ts`). */
  heuristic?: Heuristic;
  /** Ignore the samples (for measuring the heuristic). */
  ignoreSamples?: boolean;
}

/** True when `text` looks like a copied doc page: a title line near the top, then 请求参数/响应参数 headings. */
export function isCopiedText(text: string): boolean {
  const lines = splitLines(text).filter((l) => l.text !== '');
  const titleAt = lines.slice(0, 5).findIndex((l) => matchTitle(l) !== undefined);
  if (titleAt < 0) return false;
  return lines.slice(titleAt + 1).some((l) => !l.bullet && (l.text === '请求参数' || l.text === '响应参数'));
}

export function parseCopiedText(input: CopiedTextInput, options: CopiedTextOptions = {}): ParseResult {
  const { file, text } = input;
  const diagnostics: Diagnostic[] = [];
  const heuristic = options.heuristic ?? 'greedy';
  let api: string | undefined;
  const report = (code: `TOP${number}`, severity: Diagnostic['severity'], message: string, line: Line | number, path?: string) => {
    const d: Diagnostic = { code, severity, message, file, line: typeof line === 'number' ? line : line.no };
    if (typeof line !== 'number') d.frame = line.raw;
    if (api !== undefined) d.api = api;
    if (path !== undefined) d.path = path;
    diagnostics.push(d);
  };
  const fail = (code: `TOP${number}`, message: string, line: Line | number): ParseResult => {
    report(code, 'error', message, line);
    return { diagnostics: sortDiagnostics(diagnostics) };
  };

  if (text.trim() === '') return fail(TEXT_CODES.empty, 'file is empty', 1);
  // Binary: many control characters or undecodable bytes (a few NULs do occur in real doc descriptions).
  const bad = (text.match(/[\ufffd\u0000-\u0008\u000e-\u001f]/g) ?? []).length;
  if (bad > Math.max(8, text.length / 50)) {
    const at = text.search(/[\ufffd\u0000-\u0008\u000e-\u001f]/);
    return fail(TEXT_CODES.binary, 'file is binary, not copied page text', text.slice(0, at).split('\n').length);
  }
  const lines = splitLines(text);
  const page = splitSections(lines);
  if (!page) return fail(TEXT_CODES.noTitle, 'no title line "api.name (中文名)": not a copied doc page', lines.find((l) => l.text !== '') ?? 1);
  api = page.title.api;
  const lastLine = lines[lines.length - 1] ?? 1;
  for (const name of ['请求参数', '响应参数'] as const) {
    if (!page.sections[name]) return fail(TEXT_CODES.missingSection, `page ends before the ${name} section: the copy looks cut`, lastLine);
  }
  const after = (name: SectionName) => lines.some((l) => !l.bullet && l.no > (page.sections[name]?.heading.no ?? 0) && ['请求示例', '响应示例', '异常示例', '错误码解释', 'API工具', 'FAQ', '返回', '顶部'].includes(l.text));
  if (!after('响应参数')) return fail(TEXT_CODES.truncatedTable, 'page ends inside the 响应参数 table: the copy looks cut', lastLine);

  // Samples: evidence for nesting and examples.
  let reqEv: Evidence | undefined;
  let resEv: Evidence | undefined;
  const javaBody = page.sections['请求示例']?.body;
  const java = !options.ignoreSamples && javaBody ? parseJavaSample(javaBody) : undefined;
  if (java) reqEv = javaEvidence(java);
  const xmlBody = page.sections['响应示例']?.body;
  // The XML tab is open by default; a page copied with the JSON tab open has the JSON sample instead.
  const xml = !options.ignoreSamples && xmlBody ? (parseXmlSample(xmlBody) ?? parseJsonSample(xmlBody)) : undefined;
  if (xml) resEv = xmlEvidence(xml);

  const spec: ApiSpec = { api, title: page.title.title, description: descriptionText(page.description), request: [], response: [] };
  for (const [name, section, ev] of [
    ['请求参数', 'request', reqEv],
    ['响应参数', 'response', resEv],
  ] as const) {
    const body = page.sections[name]?.body ?? [];
    const { table, error } = readTable(body, looksLikeRow);
    if (error) return fail(TEXT_CODES.badTable, `${name}: ${error.message}`, error.line ?? page.sections[name]?.heading ?? 0);
    const params = readParams(table?.rows ?? [], section, ev);
    if ('error' in params) return { diagnostics: sortDiagnostics(diagnostics) };
    spec[section] = params.specs;
  }
  return { spec, diagnostics: sortDiagnostics(diagnostics) };

  function readParams(rows: readonly TableRow[], section: Section, ev: Evidence | undefined): { specs: ParamSpec[] } | { error: true } {
    const visited: Evidence[] = [];
    const issues: TreeIssue[] = [];
    const root: Node = { raw: { name: '', typeText: '', leaf: false, rest: [], line: rows[0]?.row ?? lastLine as Line }, children: [] };
    const known = knownNames(ev);
    if (ev) visited.push(ev);
    const rowDescription = new Map<Node, string>();
    for (const { row, bullets } of rows) {
      const raw = readRow(row, section);
      if (!raw) {
        report(TEXT_CODES.badRow, 'error', `${section} row "${row.text}" is not "name Type ${section === 'request' ? '必须|可选 ' : ''}…"`, row);
        return { error: true };
      }
      // The row's own 更多限制 bullets, then its description bullet.
      let k = 0;
      while (k < bullets.length && isLimitCell(bullets[k]?.text ?? '')) raw.rest.push(bullets[k++] as Line);
      if (k > 0) {
        const next = bullets[k];
        if (next && !isNodeStart(bullets, k)) {
          raw.rest.push(next);
          k++;
        }
      }
      const nested = bullets.slice(k);
      raw.leaf = nested.length === 0;
      const node: Node = { raw, children: [] };
      const key = normName(raw.name);
      if (root.children.some((c) => normName(c.raw.name) === key)) issues.push({ kind: 'duplicate', param: raw });
      let childEv: Evidence | undefined;
      const taken = ev && takeEvidence(ev, raw);
      if (taken === 'unknown') issues.push({ kind: 'notInSample', param: raw });
      else if (taken) {
        if (taken.value !== undefined) node.value = taken.value;
        childEv = taken.children;
        if (childEv) visited.push(childEv);
      }
      if (k > 0) rowDescription.set(node, raw.rest.length > 0 && !isLimitCell(raw.rest[raw.rest.length - 1]?.text ?? '') ? (raw.rest[raw.rest.length - 1] as Line).text : '');
      root.children.push(node);
      if (nested.length > 0) {
        const raws = segmentBullets(nested, section, known);
        if (!raws) {
          report(TEXT_CODES.badBullets, 'error', `bullets under "${raw.name}" cannot be split into params (name, type${section === 'request' ? ', 必须/可选' : ''}, example, description)`, nested[0] as Line);
          return { error: true };
        }
        if (!childEv && raws.some((r) => !r.leaf)) {
          const sample = section === 'request' ? 'Java' : 'XML';
          report(TEXT_CODES.guessedNesting, 'warning', `no ${sample} sample places the params under "${raw.name}": where its nested objects end is guessed`, row);
        }
        nest(node, raws, childEv, heuristic, issues, visited);
      }
    }
    for (const issue of issues) {
      if (issue.kind === 'duplicate') report(TEXT_CODES.duplicateParam, 'warning', `parameter ${issue.param.name} appears twice under the same parent`, issue.param.line);
      // The XML sample leaves out a list of scalars it has no items for (`<data>` of `Number []`): nothing is misplaced.
      else if (section === 'response' && issue.param.leaf && splitTypeText(issue.param.typeText).list) continue;
      else report(TEXT_CODES.notInSample, 'warning', `parameter ${issue.param.name} is not where the ${section === 'request' ? 'Java' : 'XML'} sample puts its object's fields`, issue.param.line);
    }
    for (const e of visited) {
      for (const [key, entry] of e.names) {
        if (e.used.has(key)) continue;
        if (section === 'request') report(TEXT_CODES.unknownSetter, 'warning', `setter ${entry.name} has no matching parameter`, entry.line);
        else report(TEXT_CODES.unknownElement, 'warning', `element ${entry.name} has no matching parameter`, entry.line);
      }
    }
    const toSpec = (n: Node, path: string): ParamSpec => {
      const r = n.raw;
      const { type, list } = splitTypeText(r.typeText);
      const p: ParamSpec = { name: r.name, type, description: '' };
      if (list) p.list = true;
      if (section === 'request') p.required = r.required === true;
      let cells: ParamCells;
      if (r.rowRest !== undefined) {
        if (rowDescription.has(n)) {
          cells = assignCells(r.rest.filter((l) => isLimitCell(l.text)).map((l) => l.text), undefined);
          cells.description = rowDescription.get(n) ?? '';
          if (r.rowRest !== '') cells.example = r.rowRest;
        } else cells = splitRowTail(r.rowRest, { sample: n.value, object: n.children.length > 0, type: r.typeText });
      } else cells = assignCells(r.rest.map((l) => l.text), n.value);
      if (cells.example !== undefined) p.example = cells.example;
      p.description = cells.description;
      if (cells.constraints) p.constraints = cells.constraints;
      if (cells.default !== undefined) p.default = cells.default;
      const here = `${path}.${r.name}`;
      if (n.value !== undefined && p.example !== undefined && !sameValue(p.example, n.value)) {
        report(TEXT_CODES.valueMismatch, 'warning', `sample value "${n.value}" differs from the 示例值 cell "${p.example}"`, n.entry?.line ?? r.line, here);
      }
      if (n.children.length > 0) p.children = n.children.map((c) => toSpec(c, list ? `${here}[]` : here));
      return p;
    };
    return { specs: root.children.map((c) => toSpec(c, section)) };
  }
}

/**
 * A plain table line meant as a row: a name, then a type or 必须/可选. Anything else continues the cell above (a
 * description's second line); a row with a broken cell still reads as a row, so it fails loudly (TOP007) instead of
 * disappearing into the description above it.
 */
function looksLikeRow(line: Line): boolean {
  const [name = '', next = ''] = line.text.split(' ');
  return isNameCell(name) && (isTypeCell(next) || isRequiredCell(next));
}

function isNodeStart(bullets: readonly Line[], k: number): boolean {
  const b = bullets[k];
  if (!b) return false;
  if (/^└/.test(b.text)) return true;
  return isNameCell(b.text) && isTypeCell(bullets[k + 1]?.text ?? '');
}

function knownNames(ev: Evidence | undefined): (name: string) => boolean | undefined {
  if (!ev) return () => undefined;
  const all = new Set<string>();
  const walk = (e: Evidence, depth: number) => {
    if (depth > 20) return;
    for (const [key, entry] of e.names) {
      all.add(key);
      if (entry.children) walk(entry.children, depth + 1);
      if (entry.resolve) {
        for (const list of [false, true]) {
          const c = entry.resolve(list).children;
          if (c) walk(c, depth + 1);
        }
      }
    }
  };
  walk(ev, 0);
  return (name) => all.has(normName(name)) || all.has(`${normName(name)}string`) || undefined;
}

export type { RawParam };
