/**
 * Doc text → JSDoc-safe lines. Spec text is HTML-ish and hostile: it may hold `*\/`, `@tags`, backticks,
 * `${`, CR/LF, U+2028/9 and markup; none of it may end the comment or start a tag.
 */
import type { FieldDoc } from '../model/types.js';

const ENTITIES: Readonly<Record<string, string>> = { nbsp: ' ', lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", '#39': "'" };

/** HTML fragment → plain text lines: block tags become line breaks, other tags are dropped, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/<\s*(br|\/p|p|\/div|div|\/li|li|\/tr|tr|\/h\d|h\d)\b[^>]*>/gi, '\n')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/&(nbsp|lt|gt|amp|quot|apos|#39);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/&#(\d{1,6});/g, (_, code: string) => safeChar(Number(code)))
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ');
}

function safeChar(code: number): string {
  if (code === 0x2028 || code === 0x2029) return '\n';
  return code > 0x1f && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
}

/** Escapes what would end the comment, start a tag or confuse Markdown rendering. */
export function escapeDocLine(line: string): string {
  return line.replace(/\*\//g, '*\\/').replace(/@/g, '\\@').replace(/`/g, '\\`').replace(/\$\{/g, '$\\{');
}

/** Plain, escaped, trimmed lines; runs of blank lines collapse to one; none at the ends. */
export function docLines(raw: string): string[] {
  const lines = htmlToText(raw)
    .split('\n')
    .map((l) => escapeDocLine(l.replace(/[ \t]+/g, ' ').trim()));
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out[out.length - 1] === '') out.pop();
  return out;
}

/** A field's JSDoc body: description, then the example and constraints, or undefined when there is nothing to say. */
export function fieldDocText(doc: FieldDoc): string | undefined {
  const lines = docLines(doc.description);
  const extra: string[] = [];
  for (const c of doc.constraints) extra.push(c);
  if (doc.defaultValue !== undefined && doc.defaultValue.trim() !== '') extra.push(`@defaultValue ${docLines(doc.defaultValue).join(' ')}`);
  if (doc.example !== undefined && doc.example.trim() !== '') extra.push(`@example ${docLines(doc.example).join(' ')}`);
  if (extra.length > 0 && lines.length > 0) lines.push('');
  lines.push(...extra);
  return lines.length > 0 ? lines.join('\n') : undefined;
}
