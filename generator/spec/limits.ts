/**
 * Resource limits on an input text (spec YAML or doc-site JSON), checked before parsing so a hostile or broken input
 * gets a clear error quickly instead of exhausting memory or the stack. One pass over the text, no allocation per line.
 */
import type { Diagnostic } from '../diagnostics.js';
import { SPEC_CODES } from './codes.js';

export const LIMITS = {
  /** Bytes (UTF-8) of one input. */
  maxBytes: 50 * 1024 * 1024,
  /** Param levels (a param inside a param inside…). */
  maxDepth: 64,
  /** Params in one input. */
  maxParams: 20_000,
};

export type Limits = typeof LIMITS;

/**
 * Nesting is measured structurally: JSON bracket depth halved (one param level is `subParams: [ {`) or YAML
 * indentation steps (one param level is `- name:` under `children:`, `- ` counting as indentation).
 * Params are counted as `name` keys.
 */
export function checkInputLimits(text: string, file: string, limits: Limits = LIMITS): Diagnostic[] {
  const out: Diagnostic[] = [];
  // UTF-8 is at most 3 bytes per UTF-16 unit; only measure exactly near the limit.
  const bytes = text.length * 3 <= limits.maxBytes ? text.length : text.length > limits.maxBytes ? Infinity : Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxBytes) {
    out.push({ code: SPEC_CODES.inputTooLarge, severity: 'error', message: `input is larger than ${limits.maxBytes / 1024 / 1024} MB (${(text.length / 1024 / 1024).toFixed(1)}M characters); not read`, file, line: 0 });
    return out;
  }
  let line = 1;
  let depthLine = 0;
  let params = 0;
  let paramsLine = 0;
  let bracket = 0;
  let maxLevel = 0;
  const indents: number[] = [0];
  let inString: '"' | null = null;
  let atLineStart = true;
  let indent = 0;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      atLineStart = true;
      indent = 0;
      inString = null; // JSON strings have no raw newlines; a stray YAML quote ends with its line
      continue;
    }
    if (atLineStart) {
      if (c === 32 || c === 45 /* - */) {
        indent++;
        continue;
      }
      atLineStart = false;
      if (c !== 35 /* # */ && c !== 13) {
        while (indents.length > 1 && indent < indents[indents.length - 1]!) indents.pop();
        if (indent > indents[indents.length - 1]!) indents.push(indent);
      }
      // `name:` at the start of a YAML line (after `- `) or `"name":` in JSON.
      if (text.startsWith('name:', i) || text.startsWith('"name"', i)) {
        params++;
        if (params > limits.maxParams && paramsLine === 0) paramsLine = line;
      }
    } else if (inString === null && c === 34 && text.startsWith('"name"', i) && (text[i - 1] === '{' || text[i - 1] === ',' || text[i - 1] === ' ')) {
      params++;
      if (params > limits.maxParams && paramsLine === 0) paramsLine = line;
    }
    if (inString !== null) {
      if (c === 92 /* \ */) i++;
      else if (c === 34) inString = null;
      continue;
    }
    if (c === 34) inString = '"';
    else if (c === 123 || c === 91) bracket++;
    else if (c === 125 || c === 93) bracket = Math.max(0, bracket - 1);
    const level = Math.max(bracket / 2, indents.length - 1);
    if (level > maxLevel) {
      maxLevel = level;
      if (level > limits.maxDepth && depthLine === 0) depthLine = line;
    }
  }
  if (depthLine > 0) out.push({ code: SPEC_CODES.nestingTooDeep, severity: 'error', message: `input nests params deeper than ${limits.maxDepth} levels; not read`, file, line: depthLine });
  if (paramsLine > 0) out.push({ code: SPEC_CODES.tooManyParams, severity: 'error', message: `input has more than ${limits.maxParams.toLocaleString('en-US')} params (${params.toLocaleString('en-US')}); not read`, file, line: paramsLine });
  return out;
}
