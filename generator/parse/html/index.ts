/**
 * Front-end for saved HTML doc pages (a browser's "save page as"). One parser core, two front-ends: the page is
 * laid out as the text a copy of it gives (`layout.ts`), `parse/text` reads that text, and every diagnostic's
 * line is mapped back to the HTML line it came from. Where the HTML knows more than the text (exact cell
 * boundaries of a row), the cells are put back into the spec the core built; the tree itself comes from the core.
 */
import { sortDiagnostics, type Diagnostic } from '../../diagnostics.js';
import type { ParseResult } from '../json.js';
import type { ParamSpec } from '../../spec/types.js';
import { parseCopiedText } from '../text/index.js';
import { isLimitCell } from '../text/cells.js';
import { layoutHtml, type HtmlLayout, type HtmlRow } from './layout.js';

/** Diagnostic codes of the saved-HTML front-end (the copied-text codes come through with HTML lines). */
export const HTML_CODES = {
  /** The HTML file is empty or white space only. */
  empty: 'TOP050',
  /** The HTML cannot be read at all (the HTML parser failed). */
  unreadable: 'TOP051',
  /** The page shows no text once scripts, styles and navigation are left out. */
  noText: 'TOP052',
} as const;

export interface SavedHtmlInput {
  html: string;
  file: string;
}

export function parseSavedHtml(input: SavedHtmlInput): ParseResult {
  const { html, file } = input;
  const fail = (code: `TOP${number}`, message: string, line: number): ParseResult => ({ diagnostics: [{ code, severity: 'error', message, file, line }] });
  if (html.trim() === '') return fail(HTML_CODES.empty, 'file is empty', 1);
  let layout: HtmlLayout;
  try {
    layout = layoutHtml(html);
  } catch (error) {
    return fail(HTML_CODES.unreadable, `HTML cannot be read: ${(error as Error).message}`, 1);
  }
  if (layout.text.trim() === '') return fail(HTML_CODES.noText, 'HTML page shows no text: not a saved doc page', 1);
  const result = parseCopiedText({ text: layout.text, file });
  const diagnostics = result.diagnostics.map((d) => mapDiagnostic(d, layout));
  if (result.spec) {
    const [request, response] = paramTables(layout);
    if (request) putCells(result.spec.request, request, 'request');
    if (response) putCells(result.spec.response, response, 'response');
  }
  return result.spec ? { spec: result.spec, diagnostics: sortDiagnostics(diagnostics) } : { diagnostics: sortDiagnostics(diagnostics) };
}

/** Text line → HTML line; the frame becomes the HTML line. Lines without a source keep the nearest earlier one. */
function mapDiagnostic(d: Diagnostic, layout: HtmlLayout): Diagnostic {
  if (d.line <= 0) return d;
  let line = 0;
  for (let i = Math.min(d.line, layout.sourceLines.length) - 1; i >= 0 && line === 0; i--) line = layout.sourceLines[i] ?? 0;
  if (line === 0) line = 1;
  const out: Diagnostic = { ...d, line };
  const frame = layout.htmlLines[line - 1]?.trim();
  if (frame !== undefined && frame !== '') out.frame = frame;
  else delete out.frame;
  return out;
}

/** The 请求参数 and 响应参数 tables: the first table whose header has 是否必须, the next one headed 名称 after it. */
function paramTables(layout: HtmlLayout): [HtmlRow[] | undefined, HtmlRow[] | undefined] {
  const named = layout.tables.filter((t) => /^名称 类型/.test(t.header));
  const reqAt = named.findIndex((t) => t.header.includes('是否必须'));
  const req = reqAt >= 0 ? named[reqAt] : undefined;
  const res = named.slice(reqAt + 1).find((t) => !t.header.includes('是否必须'));
  return [req?.rows, res?.rows];
}

/**
 * Puts the exact 示例值 and 描述 cells back. Top-level params ↔ rows with one `<td>` per column, in order;
 * nested params ↔ the row's `<ul>` blocks that are one param each (`└ name`/name, type, [必须|可选], example,
 * 更多限制…, description, empty items kept), in preorder. Anything that does not line up is left as the core read it.
 */
function putCells(params: ParamSpec[], rows: readonly HtmlRow[], section: 'request' | 'response'): void {
  const columns = section === 'request' ? 6 : 4;
  const exampleAt = section === 'request' ? 3 : 2;
  const usable = rows.filter((r) => r.cells.length === columns);
  if (usable.length !== rows.length || rows.length !== params.length) return;
  params.forEach((p, i) => {
    const row = usable[i] as HtmlRow;
    if (row.cells[0] !== p.name) return;
    setCells(p, row.cells[exampleAt] ?? '', row.cells[columns - 1] ?? '');
    const nested = preorder(p.children ?? []);
    if (nested.length === 0 || row.lists.length === 0) return;
    const blocks = row.lists.filter((l) => !l.every((item) => isLimitCell(item)));
    if (blocks.length !== nested.length) return;
    nested.forEach((q, k) => {
      const items = blocks[k] as string[];
      const fixed = exampleAt + 1;
      if (items.length < fixed + 1) return;
      if ((items[0] ?? '').replace(/^└\s*/, '') !== q.name) return;
      if (section === 'request' && !/^(必须|可选)$/.test(items[2] ?? '')) return;
      const tail = items.slice(fixed, -1);
      if (!tail.every((t) => isLimitCell(t))) return;
      setCells(q, items[exampleAt] ?? '', items[items.length - 1] ?? '');
    });
  });
}

function setCells(p: ParamSpec, example: string, description: string): void {
  if (example !== '') p.example = example;
  else delete p.example;
  p.description = description;
}

function preorder(params: readonly ParamSpec[]): ParamSpec[] {
  return params.flatMap((p) => [p, ...preorder(p.children ?? [])]);
}
