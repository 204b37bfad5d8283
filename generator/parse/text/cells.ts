/**
 * Cell assignment. A top-level row is one line (`name Type [] 必须 example description`, empty cells dropped);
 * nested params are one cell per `• ` bullet: name (`└ name` for a leaf, bare for a node with children), type,
 * 必须/可选 (request only), then example, 更多限制 bullets, description — each of the last three possibly missing.
 */
import type { Constraints } from '../../spec/types.js';
import type { Line } from './lines.js';

export type Section = 'request' | 'response';

/**
 * A type cell: a scalar name or an identifier (PascalCase in practice), optional `[]`; `byte[]` is a file;
 * `Field List` is TOP's one type with a space; a bare `[]` is a list of no type.
 */
const TYPE_CELL = /^(?:(?:byte ?\[\]|Field List|[A-Za-z][A-Za-z0-9_]*)(?: ?\[ ?\])?|\[ ?\])$/;
const NAME_CELL = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
/** 是否必须: 必须 (required), 可选 (optional), 特殊可选 (optional, with conditions the description gives). */
const REQUIRED_CELL = /^(必须|可选|特殊可选)$/;
/** The 更多限制 label of each constraint (`最大长度:64`). */
export const CONSTRAINT_LABELS: Readonly<Record<keyof Constraints, string>> = { maxLength: '最大长度', maxListSize: '最大列表长度', maxValue: '最大值', minValue: '最小值' };
const CONSTRAINT_KEY = new Map(Object.entries(CONSTRAINT_LABELS).map(([key, label]) => [label, key as keyof Constraints]));
const CONSTRAINT_CELL = new RegExp(`^(${[...CONSTRAINT_KEY.keys()].join('|')}) ?[:：] ?(-?\\d+(?:\\.\\d+)?)$`);

export function isTypeCell(text: string): boolean {
  return TYPE_CELL.test(text) && /^(byte|null|[A-Z[])/.test(text);
}
export function isNameCell(text: string): boolean {
  return NAME_CELL.test(text);
}
export function isRequiredCell(text: string): boolean {
  return REQUIRED_CELL.test(text);
}
export function constraintOf(text: string): [keyof Constraints, number] | undefined {
  const m = CONSTRAINT_CELL.exec(text);
  if (!m) return undefined;
  const key = CONSTRAINT_KEY.get(m[1] ?? '');
  return key === undefined ? undefined : [key, Number(m[2])];
}

const DEFAULT_CELL = /^默认值 ?[:：] ?(.*)$/;

/** The value of a `默认值:false` cell (any text: `0`, `zh_CN`, `ISV`). */
export function defaultOf(text: string): string | undefined {
  return DEFAULT_CELL.exec(text)?.[1]?.trim();
}

/** A 更多限制 cell: a constraint (最大长度:64…) or a default value (默认值:false). */
export function isLimitCell(text: string): boolean {
  return constraintOf(text) !== undefined || defaultOf(text) !== undefined;
}

/** One param as read from the table, before nesting. */
export interface RawParam {
  name: string;
  typeText: string;
  /** True when written as a leaf (`└ name` bullet, or a top-level row without bullets). */
  leaf: boolean;
  required?: boolean;
  /** Cells after type/required: example, constraints and description, not yet told apart. */
  rest: Line[];
  /** For top-level rows: the text after the required cell on the row line. */
  rowRest?: string;
  line: Line;
}

/** What a param's cells after type and 必须/可选 hold. */
export interface ParamCells {
  example?: string;
  description: string;
  constraints?: Constraints;
  default?: string;
}

/** Example/description/更多限制 from a node's remaining cells; `sample` (from the Java/XML sample) settles a lone cell. */
export function assignCells(rest: readonly string[], sample: string | undefined): ParamCells {
  const constraints: Constraints = {};
  const other: string[] = [];
  let byDefault: string | undefined;
  for (const c of rest) {
    const k = constraintOf(c);
    const d = k ? undefined : defaultOf(c);
    if (k) constraints[k[0]] = k[1];
    else if (d !== undefined) byDefault = d;
    else other.push(c);
  }
  const out: ParamCells = { description: '' };
  if (other.length >= 2) {
    out.example = other[0] ?? '';
    out.description = other.slice(1).join(' ');
  } else if (other.length === 1) {
    const only = other[0] ?? '';
    if (sample !== undefined && sameValue(only, sample)) out.example = only;
    else out.description = only;
  }
  if (Object.keys(constraints).length > 0) out.constraints = constraints;
  if (byDefault !== undefined) out.default = byDefault;
  return out;
}

/** A sample literal and an example cell mean the same value (`[5]` vs `5`, quotes, `123L`). */
export function sameValue(cell: string, sample: string): boolean {
  const n = (s: string) => s.trim().replace(/^\[(.*)\]$/, '$1').replace(/\s+/g, ' ').trim();
  return n(cell) === n(sample);
}

/** Reads a top-level row line. */
export function readRow(line: Line, section: Section): RawParam | undefined {
  const tokens = line.text.split(' ');
  const name = tokens[0] ?? '';
  let type = tokens[1] ?? '';
  let k = 2;
  if (type === 'Field' && tokens[k] === 'List') {
    type = 'Field List';
    k++;
  }
  if (tokens[k] === '[]') {
    type += ' []';
    k++;
  }
  if (!isNameCell(name)) return undefined;
  if (!isTypeCell(type)) {
    // An empty type cell is dropped: `name 必须 …`.
    if (section === 'request' ? !isRequiredCell(type) : type !== '' && !/^└/.test(name)) return undefined;
    type = '';
    k = 1;
  }
  const p: RawParam = { name, typeText: type, leaf: true, rest: [], line };
  if (section === 'request') {
    const r = tokens[k];
    if (r === undefined || !isRequiredCell(r)) return undefined;
    p.required = r === '必须';
    k++;
  }
  p.rowRest = tokens.slice(k).join(' ');
  return p;
}

interface Seg {
  score: number;
  next: number;
  param?: RawParam;
}

/**
 * Splits a run of bullets into params (preorder). Several splits can fit; the best-scoring one wins: names the
 * sample knows, fewer params, a required cell where the request table has one, a description where one is usual.
 * `undefined` when no split fits.
 */
export function segmentBullets(bullets: readonly Line[], section: Section, known: (name: string) => boolean | undefined): RawParam[] | undefined {
  const n = bullets.length;
  const best: (Seg | null | undefined)[] = new Array(n + 1);
  best[n] = { score: 0, next: n };
  const solve = (i: number): Seg | null => {
    const memo = best[i];
    if (memo !== undefined) return memo;
    best[i] = null;
    const first = bullets[i];
    if (!first) return null;
    const leafName = /^└ ?(.*)$/.exec(first.text);
    const name = leafName ? (leafName[1] ?? '').trim() : first.text;
    const leaf = !!leafName;
    let result: Seg | null = null;
    const next = bullets[i + 1];
    // The type cell is dropped when empty (a few corpus params have none): allowed for leaves and before 必须/可选.
    const typed = !!next && isTypeCell(next.text);
    const untyped = !typed && (leaf || (section === 'request' && !!next && isRequiredCell(next.text)));
    if (isNameCell(name) && (typed || untyped)) {
      const typeText = typed && next ? next.text : '';
      let j = typed ? i + 2 : i + 1;
      let required: boolean | undefined;
      let score = typed ? -1 : -4;
      const k = known(name);
      if (k === true) score += 10;
      else if (k === false) score -= 10;
      if (section === 'request') {
        const r = bullets[j];
        if (r && isRequiredCell(r.text)) {
          required = r.text === '必须';
          j++;
        } else score -= 5;
      }
      // Up to two plain cells (example, description) plus any 更多限制 cells.
      let plain = 0;
      for (let end = j; end <= n; end++) {
        if (end > j) {
          const c = bullets[end - 1];
          if (!c || /^└/.test(c.text)) break;
          if (!isLimitCell(c.text)) plain++;
          if (plain > 2) break;
        }
        if (!leaf && end === n) continue; // a node with children needs a child after it
        const after = solve(end);
        if (after === null) continue;
        const s = score + after.score + (plain === 0 ? -1 : 0);
        if (result === null || s > result.score) {
          const param: RawParam = { name, typeText, leaf, rest: bullets.slice(j, end), line: first };
          if (required !== undefined) param.required = required;
          result = { score: s, next: end, param };
        }
      }
    }
    best[i] = result;
    return result;
  };
  for (let i = n - 1; i > 0; i--) solve(i); // fill from the back: no deep recursion
  if (solve(0) === null) return undefined;
  const out: RawParam[] = [];
  for (let i = 0; i < n; ) {
    const s = best[i];
    if (!s || !s.param) return undefined;
    out.push(s.param);
    i = s.next;
  }
  return out;
}
