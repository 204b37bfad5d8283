/**
 * Diagnostics: every stage collects problems as data and returns them; only `cli.ts` prints them.
 *
 * Codes are grouped by the stage that raises them, each group declared next to its stage:
 * - TOP0xx copied page text and saved HTML (`parse/`)
 * - TOP1xx doc-site JSON (`parse/json.ts`) and input detection
 * - TOP2xx spec files and spec checks (`spec/`)
 * - TOP3xx model and emit (`model/`, `emit/`)
 * - TOP4xx patches (`spec/patch.ts`)
 * - TOP5xx scrape and diff
 */

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Stable code, `TOP` and three digits; every code has a test of its text and line. */
  code: `TOP${number}`;
  severity: Severity;
  /** One sentence, no trailing period, naming the parameter or setter it is about. */
  message: string;
  /** Path of the input as given on the command line (relative to the working directory when possible). */
  file: string;
  /** 1-based line in `file`; 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based column, when known. */
  column?: number;
  /** The API method the problem belongs to, when known. */
  api?: string;
  /** Param path such as `response.result.results[].id`. */
  path?: string;
  /** The offending source line, shown under the message as a one-line frame. */
  frame?: string;
}

/** Sorts diagnostics by file, line, column, code (code-unit order), for stable output. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compare(a.file, b.file) ||
      a.line - b.line ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compare(a.code, b.code) ||
      compare(a.message, b.message),
  );
}

/** `file:line[:col] severity CODE message`, then `> line | frame` when a frame is known. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file}:${d.line}${d.column === undefined ? '' : `:${d.column}`}`;
  const head = `${where} ${d.severity} ${d.code} ${d.path ? `${d.path}: ` : ''}${d.message}`;
  if (d.frame === undefined) return head;
  const frame = d.frame.length > 160 ? `${d.frame.slice(0, 157)}...` : d.frame;
  return `${head}\n> ${d.line} | ${frame}`;
}

/** `3 errors, 12 warnings in 4,251 specs` */
export function summarizeDiagnostics(diagnostics: readonly Diagnostic[], count: number, noun: string): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  // Thousands grouped by hand: toLocaleString starts ICU, 30 ms of a one-API regenerate.
  const n = (k: number, word: string) => `${String(k).replace(/\B(?=(\d{3})+$)/g, ',')} ${word}${k === 1 ? '' : 's'}`;
  return `${n(errors, 'error')}, ${n(warnings, 'warning')} in ${n(count, noun)}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
