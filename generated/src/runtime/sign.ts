/** TOP request signing and the UTC+8 timestamp. Pure functions over node:crypto. */
import { createHash, createHmac } from 'node:crypto';
import type { SignMethod } from './types.js';

/** Sorted keys (UTF-16 code unit order, case-sensitive) concatenated as `key + value`, raw values. */
export function stringToSign(params: Readonly<Record<string, string>>): string {
  const keys = Object.keys(params).sort();
  let s = '';
  for (const k of keys) s += k + params[k];
  return s;
}

/**
 * Signs text params (the caller excludes `sign`, files and blank values):
 * md5 = MD5(secret + S + secret), hmac = HMAC-MD5(secret, S), hmac-sha256 = HMAC-SHA256(secret, S); uppercase hex.
 */
export function signParams(params: Readonly<Record<string, string>>, secret: string, method: SignMethod): string {
  const s = stringToSign(params);
  switch (method) {
    case 'md5':
      return createHash('md5')
        .update(secret + s + secret, 'utf8')
        .digest('hex')
        .toUpperCase();
    case 'hmac':
      return createHmac('md5', Buffer.from(secret, 'utf8')).update(s, 'utf8').digest('hex').toUpperCase();
    case 'hmac-sha256':
      return createHmac('sha256', Buffer.from(secret, 'utf8')).update(s, 'utf8').digest('hex').toUpperCase();
    default:
      throw new TypeError(`unsupported sign_method: ${String(method)}`);
  }
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** `yyyy-MM-dd HH:mm:ss` at a fixed +08:00 offset (never the host zone, never Asia/Shanghai's historic DST). */
export function formatTopDate(date: Date): string {
  const t = date.getTime();
  if (!Number.isFinite(t)) throw new TypeError('invalid Date');
  const d = new Date(t + 8 * 3600_000);
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

/** Parses `yyyy-MM-dd HH:mm:ss` (or date-only) as UTC+8; undefined when it does not match. */
export function parseTopDate(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}):(\d{2}))?$/.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s) - 8 * 3600_000);
}

/** `true` for null/undefined/'' and whitespace-only strings: such params are neither signed nor sent. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
