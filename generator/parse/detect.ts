/**
 * Which front-end reads an input: decided by content, never by file extension.
 */
import { isDocJson, isEnvelope } from './json.js';

export type InputKind = 'doc-json' | 'catalog-json' | 'html' | 'copied-text' | 'binary' | 'empty' | 'unknown';

/** A page title line: `tmall.exchange.message.add (卖家创建换货留言)`. */
const TITLE_LINE = /^[ \t\u00a0]*[A-Za-z][\w-]*(?:\.[\w-]+)+[ \t\u00a0]*[(（]/m;

export function detectInput(bytes: Uint8Array): { kind: InputKind; text: string } {
  if (bytes.length === 0) return { kind: 'empty', text: '' };
  if (bytes.includes(0)) return { kind: 'binary', text: '' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { kind: 'binary', text: '' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const head = text.trimStart();
  if (head === '') return { kind: 'empty', text };
  if (head.startsWith('{')) return { kind: jsonKind(text), text };
  if (/^<(!doctype html|html|head|body|meta|table|div)[\s>]/i.test(head)) return { kind: 'html', text };
  if (TITLE_LINE.test(text) && /请求参数|响应参数/.test(text)) return { kind: 'copied-text', text };
  return { kind: 'unknown', text };
}

function jsonKind(text: string): InputKind {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return 'unknown';
    const v = value as Record<string, unknown>;
    // The same test the JSON front-end applies, so detection and parsing never disagree.
    if (isDocJson(isEnvelope(value) ? value.data : value)) return 'doc-json';
    if (typeof v.pkg === 'string' && 'id' in v && 'name' in v) return 'catalog-json';
    return 'unknown';
  } catch {
    // Broken JSON is still meant as JSON: the JSON front-end reports where it breaks.
    return 'doc-json';
  }
}
