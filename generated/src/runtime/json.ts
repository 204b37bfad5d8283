/**
 * Lossless JSON parsing: integers outside ±(2^53-1) become their exact decimal text (a string) instead of being
 * rounded. Fast path: plain `JSON.parse` when the text has no run of 16+ digits. Tolerant fallback: raw control
 * characters inside strings (seen in shop/item descriptions) are escaped and the text re-parsed.
 */

// Spelled out: irregexp's quick check makes `\d\d…` (16×) several times faster than `\d{16}` on digit-rich text.
const LONG_DIGITS = /\d\d\d\d\d\d\d\d\d\d\d\d\d\d\d\d/;
/** Candidate integer tokens; whether each lies inside a string is decided by tracking quotes. */
const LONG_INT = /\d\d\d\d\d\d\d\d\d\d\d\d\d\d\d\d+/g;
const STRING_TOKEN = /"[^"\\]*(?:\\.[^"\\]*)*"/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f]/g;

/** Is the char code part of a number token (digit, `.`, `e`, `E`, `+`, `-`)? */
const isNumberChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || c === 46 || c === 101 || c === 69 || c === 43 || c === 45;

/**
 * Quotes integer tokens that a JS number cannot hold exactly. Finds 16+-digit runs with a regex, and tracks
 * string state in one tight char-code pass, so it stays close to `JSON.parse` speed.
 */
export function quoteUnsafeIntegers(text: string): string {
  if (!LONG_DIGITS.test(text)) return text;
  let out = '';
  let copied = 0;
  let scan = 0;
  let inString = false;
  LONG_INT.lastIndex = 0;
  for (let m = LONG_INT.exec(text); m !== null; m = LONG_INT.exec(text)) {
    const start = text.charCodeAt(m.index - 1) === 45 ? m.index - 1 : m.index;
    for (let i = scan; i < start; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) inString = !inString;
      else if (c === 92 && inString) i++;
    }
    const end = m.index + m[0].length;
    scan = end;
    if (inString || isNumberChar(text.charCodeAt(start - 1)) || isNumberChar(text.charCodeAt(end))) continue;
    const token = text.slice(start, end);
    if (Number.isSafeInteger(Number(token))) continue;
    out += `${text.slice(copied, start)}"${token}"`;
    copied = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * Fast variant of `quoteUnsafeIntegers`: finds 16+-digit runs with one native regex and quotes those in value
 * position (after `:`, `,` or `[`, before `,`, `]` or `}`), without tracking strings. It may also quote a digit
 * run inside a string holding escaped JSON text; that always yields invalid JSON (a string directly followed by
 * a digit), so a failed parse falls back to the exact scanner.
 */
export function quoteUnsafeIntegersFast(text: string): string {
  let out = '';
  let copied = 0;
  LONG_INT.lastIndex = 0;
  for (let m = LONG_INT.exec(text); m !== null; m = LONG_INT.exec(text)) {
    const start = text.charCodeAt(m.index - 1) === 45 ? m.index - 1 : m.index;
    const end = m.index + m[0].length;
    let p = start - 1;
    while (isSpace(text.charCodeAt(p))) p--;
    const before = text.charCodeAt(p);
    if (before !== 58 && before !== 44 && before !== 91) continue;
    let q = end;
    while (isSpace(text.charCodeAt(q))) q++;
    const after = text.charCodeAt(q);
    if (after !== 44 && after !== 93 && after !== 125) continue;
    const token = text.slice(start, end);
    if (Number.isSafeInteger(Number(token))) continue;
    out += `${text.slice(copied, start)}"${token}"`;
    copied = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Escapes raw control characters that appear inside JSON strings. */
export function escapeControlCharsInStrings(text: string): string {
  return text.replace(STRING_TOKEN, (s) =>
    s.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
}

/** Parses JSON without losing int64 precision; throws `SyntaxError` when the text is not JSON even after repair. */
export function parseJsonLossless(text: string): unknown {
  if (!LONG_DIGITS.test(text)) return parseTolerant(text);
  try {
    return JSON.parse(quoteUnsafeIntegersFast(text));
  } catch {
    return parseTolerant(quoteUnsafeIntegers(text));
  }
}

/** `JSON.parse`, retried once with raw control characters inside strings escaped. */
function parseTolerant(quoted: string): unknown {
  try {
    return JSON.parse(quoted);
  } catch (first) {
    const repaired = escapeControlCharsInStrings(quoted);
    if (repaired === quoted) throw first;
    return JSON.parse(repaired);
  }
}
