/**
 * The 请求参数/响应参数 tables: a header line, then rows. A top-level row is one line; the bullets after it are its
 * 更多限制/描述 cells (when the first is a 更多限制 cell) and the cells of its nested params. A cell with a line break
 * (a description with `<br>`) goes on over lines that are neither bullets nor rows: they join the cell above, the
 * break kept.
 */
import type { Line } from './lines.js';

export interface TableRow {
  row: Line;
  bullets: Line[];
}

export interface Table {
  header: Line;
  rows: TableRow[];
}

export const REQUEST_HEADER = '名称 类型 是否必须 示例值 更多限制 描述';
export const RESPONSE_HEADER = '名称 类型 示例值 描述';

/** `startsRow`: whether a plain line reads as a top-level row (else it continues the cell above it). */
export function readTable(body: readonly Line[], startsRow: (line: Line) => boolean = () => true): { table?: Table; error?: { line: Line | undefined; message: string } } {
  const lines = body.filter((l) => l.text !== '');
  const header = lines[0];
  if (!header) return { table: undefined };
  if (header.bullet || !/^名称 类型/.test(header.text)) return { error: { line: header, message: `table header "名称 类型 …" expected, found "${header.text}"` } };
  const rows: TableRow[] = [];
  for (const line of lines.slice(1)) {
    const row = rows[rows.length - 1];
    if (!line.bullet && row && !startsRow(line)) {
      const last = row.bullets.length - 1;
      if (last >= 0) row.bullets[last] = continued(row.bullets[last]!, line);
      else row.row = continued(row.row, line);
      continue;
    }
    if (line.bullet) {
      if (!row) return { error: { line, message: `bullet "${line.text}" comes before any table row` } };
      row.bullets.push(line);
    } else rows.push({ row: line, bullets: [] });
  }
  return { table: { header, rows } };
}

/** `cell` with `more` as its next line: the first line's number, the raw lines joined for diagnostic frames. */
function continued(cell: Line, more: Line): Line {
  return { ...cell, text: `${cell.text}\n${more.text}`, raw: `${cell.raw}\n${more.raw}` };
}
