/**
 * Saved HTML page → the copied-page text layout `parse/text` reads (what a browser gives on select all, copy):
 * block elements on their own lines, a table row as its cells joined by single spaces with empty cells dropped,
 * list items (`<li>`, also the nested params inside a row's cells) as `  • cell` bullet lines, `<pre>` blocks line by line.
 * Every produced line keeps the HTML source line it came from, so diagnostics can point back into the page.
 * Also records each table row's exact cells, which the text layout cannot keep (see `index.ts`).
 */
import { createRequire } from 'node:module';
import type * as Cheerio from 'cheerio';
import type { AnyNode, Element, Text } from 'domhandler';

/**
 * cheerio, loaded on the first saved HTML page: its entry also loads an HTTP client (undici, ~140 ms), which a run
 * over JSON documents and copied text never needs.
 */
let cheerio: typeof Cheerio | undefined;
function loadCheerio(): typeof Cheerio {
  cheerio ??= createRequire(import.meta.url)('cheerio') as typeof Cheerio;
  return cheerio;
}

/** One table row as the HTML has it: its `<td>` texts (lists left out) and its `<ul>`/`<ol>` blocks' item texts. */
export interface HtmlRow {
  /** The cells' own text (without list items), in order; `undefined` for a cell that holds only lists. */
  cells: string[];
  /** Each `<ul>`/`<ol>` in the row, as its `<li>` texts (empty items kept). */
  lists: string[][];
  /** Line of the produced text that holds the row's cells. */
  textLine: number;
}

export interface HtmlLayout {
  /** The page as copied text, `\n`-separated. */
  text: string;
  /** `sourceLines[i]` is the HTML line of text line `i + 1` (0 when unknown). */
  sourceLines: number[];
  /** The HTML source, split in lines (for diagnostic frames). */
  htmlLines: string[];
  /** Every table's body rows, in document order. */
  tables: { header: string; rows: HtmlRow[] }[];
}

/** Elements a browser does not show (or that are page chrome, not the document). */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'nav', 'head', 'iframe', 'svg', 'canvas', 'button', 'select', 'input', 'textarea', 'link', 'meta']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'legend', 'main', 'ol', 'p', 'section', 'summary', 'ul', 'caption',
]);

const collapse = (s: string) => s.replace(/[\s\u00a0]+/g, ' ');

/** Line of a text node's first visible character. */
function textLine(node: Text, data = node.data): number {
  const loc = node.sourceCodeLocation;
  if (!loc) return 0;
  const lead = /^[\s\u00a0]*/.exec(data)?.[0] ?? '';
  return loc.startLine + (lead.match(/\n/g)?.length ?? 0);
}

function elementLine(el: AnyNode): number {
  return el.sourceCodeLocation?.startLine ?? 0;
}

const isElement = (n: AnyNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';
const isText = (n: AnyNode): n is Text => n.type === 'text';

export function layoutHtml(html: string): HtmlLayout {
  const $ = loadCheerio().load(html, { sourceCodeLocationInfo: true });
  const lines: string[] = [];
  const sourceLines: number[] = [];
  const tables: HtmlLayout['tables'] = [];
  let buffer = '';
  let bufferLine = 0;
  let bullet = false;

  const push = (text: string, line: number) => {
    lines.push(text);
    sourceLines.push(line);
  };
  const flush = () => {
    const t = buffer.trim();
    if (t !== '') push(bullet ? `  • ${t}` : t, bufferLine);
    buffer = '';
    bufferLine = 0;
    bullet = false;
  };
  const append = (text: string, line: number) => {
    const t = collapse(text);
    if (t.trim() !== '' && buffer.trim() === '') bufferLine = line;
    buffer += t;
  };
  /** Blank line between blocks, as a copy has between headings and paragraphs (at most one in a row). */
  const gap = () => {
    flush();
    if (lines.length > 0 && lines[lines.length - 1] !== '') push('', 0);
  };

  /** Inline text of a node, skipping lists and hidden elements; the line of its first visible text. */
  const inlineText = (node: AnyNode, skipLists: boolean): { text: string; line: number } => {
    let text = '';
    let line = 0;
    const visit = (n: AnyNode) => {
      if (isText(n)) {
        if (line === 0 && n.data.trim() !== '') line = textLine(n);
        text += n.data;
      } else if (isElement(n)) {
        const tag = n.tagName.toLowerCase();
        if (HIDDEN.has(tag)) return;
        if (skipLists && (tag === 'ul' || tag === 'ol')) return;
        if (tag === 'br') text += ' ';
        for (const c of n.children) visit(c);
      }
    };
    visit(node);
    return { text: collapse(text).trim(), line };
  };

  const preBlock = (el: Element) => {
    flush();
    // Text nodes in order, split into lines; each line keeps the line of the node it starts in.
    let current = '';
    let currentLine = 0;
    const emit = () => {
      push(current.replace(/\s+$/, ''), currentLine);
      current = '';
      currentLine = 0;
    };
    const visit = (n: AnyNode) => {
      if (isText(n)) {
        const parts = n.data.split(/\r\n?|\n/);
        const base = n.sourceCodeLocation?.startLine ?? 0;
        parts.forEach((part, i) => {
          if (i > 0) emit();
          if (currentLine === 0) currentLine = base === 0 ? 0 : base + i;
          current += part;
        });
      } else if (isElement(n)) {
        const tag = n.tagName.toLowerCase();
        if (HIDDEN.has(tag)) return;
        if (tag === 'br') emit();
        for (const c of n.children) visit(c);
      }
    };
    for (const c of el.children) visit(c);
    if (current.trim() !== '') emit();
  };

  const table = (el: Element) => {
    gap();
    const record: { header: string; rows: HtmlRow[] } = { header: '', rows: [] };
    tables.push(record);
    const rows = $(el).find('tr').toArray().filter((tr) => $(tr).closest('table')[0] === el);
    for (const tr of rows) {
      const tds = $(tr).children('td, th').toArray();
      const isHeader = tds.length > 0 && tds.every((c) => c.tagName.toLowerCase() === 'th');
      let line: string[] = [];
      let lineNo = 0;
      const bullets: { text: string; line: number }[] = [];
      let inBullets = false;
      const row: HtmlRow = { cells: [], lists: [], textLine: 0 };
      for (const td of tds) {
        const own = inlineText(td, true);
        row.cells.push(own.text);
        // The cell's content in order: runs of inline text, then list items.
        let run = '';
        let runLine = 0;
        const endRun = () => {
          const t = collapse(run).trim();
          if (t !== '') {
            if (inBullets) bullets.push({ text: t, line: runLine });
            else {
              if (lineNo === 0) lineNo = runLine;
              line.push(t);
            }
          }
          run = '';
          runLine = 0;
        };
        const visit = (n: AnyNode) => {
          if (isText(n)) {
            if (runLine === 0 && n.data.trim() !== '') runLine = textLine(n);
            run += n.data;
          } else if (isElement(n)) {
            const tag = n.tagName.toLowerCase();
            if (HIDDEN.has(tag)) return;
            if (tag === 'ul' || tag === 'ol') {
              endRun();
              const items = $(n).children('li').toArray();
              row.lists.push(items.map((li) => inlineText(li, false).text));
              for (const li of items) {
                inBullets = true;
                const t = inlineText(li, false);
                if (t.text !== '') bullets.push({ text: t.text, line: t.line || elementLine(li) });
              }
              return;
            }
            if (tag === 'br' || BLOCK.has(tag)) run += ' ';
            for (const c of n.children) visit(c);
          }
        };
        for (const c of td.children) visit(c);
        endRun();
      }
      if (isHeader && record.header === '') record.header = line.join(' ');
      if (line.length > 0 || bullets.length > 0) {
        if (line.length > 0) {
          push(line.join(' '), lineNo || elementLine(tr));
          row.textLine = lines.length;
        }
        for (const b of bullets) push(`  • ${b.text}`, b.line);
      }
      // A row of lists only (nested params laid out in a row of their own) belongs to the row above it.
      const previous = record.rows[record.rows.length - 1];
      if (!isHeader && line.length === 0 && row.lists.length > 0 && previous) previous.lists.push(...row.lists);
      else if (!isHeader) record.rows.push(row);
      line = [];
    }
    gap();
  };

  const walk = (node: AnyNode) => {
    if (isText(node)) {
      append(node.data, textLine(node));
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName.toLowerCase();
    if (HIDDEN.has(tag)) return;
    if (tag === 'table') return table(node);
    if (tag === 'pre' || (tag === 'code' && /\n/.test($(node).text().trim()))) {
      preBlock(node);
      gap();
      return;
    }
    if (tag === 'br') return flush();
    if (tag === 'li') {
      flush();
      bullet = true;
      for (const c of node.children) walk(c);
      flush();
      return;
    }
    if (BLOCK.has(tag) || tag === 'tr' || tag === 'td' || tag === 'th') {
      if (/^h[1-6]$|^p$/.test(tag)) gap();
      else flush();
      for (const c of node.children) walk(c);
      if (/^h[1-6]$|^p$/.test(tag)) gap();
      else flush();
      return;
    }
    for (const c of node.children) walk(c);
  };

  const root = $.root()[0];
  if (root) for (const c of root.children) walk(c);
  flush();
  while (lines.length > 0 && lines[0] === '') {
    lines.shift();
    sourceLines.shift();
    for (const t of tables) for (const r of t.rows) if (r.textLine > 0) r.textLine--;
  }
  return { text: lines.join('\n'), sourceLines, htmlLines: html.split(/\r\n?|\n/), tables };
}
