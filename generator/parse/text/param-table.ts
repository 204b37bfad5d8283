/**
 * The 请求参数/响应参数 tables: a header line, then rows. A top-level row is one line; the bullets after it are its
 * 更多限制/描述 cells (when the first is a 更多限制 cell) and the cells of its nested params.
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

export function readTable(body: readonly Line[]): { table?: Table; error?: { line: Line | undefined; message: string } } {
  const lines = body.filter((l) => l.text !== '');
  const header = lines[0];
  if (!header) return { table: undefined };
  if (header.bullet || !/^名称 类型/.test(header.text)) return { error: { line: header, message: `table header "名称 类型 …" expected, found "${header.text}"` } };
  const rows: TableRow[] = [];
  for (const line of lines.slice(1)) {
    if (line.bullet) {
      const row = rows[rows.length - 1];
      if (!row) return { error: { line, message: `bullet "${line.text}" comes before any table row` } };
      row.bullets.push(line);
    } else rows.push({ row: line, bullets: [] });
  }
  return { table: { header, rows } };
}
