import { responseRootKey } from '../../runtime/src/decode.js';

/** Every generated name, decided once. Emitters and templates never derive names. */

const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in ' +
    'instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package ' +
    'private protected public await arguments eval undefined NaN Infinity'
  ).split(' '),
);

/**
 * An ES5 IdentifierName (letters of the Basic Multilingual Plane, no astral characters): the keys prettier's
 * `quoteProps: as-needed` writes bare, so keys are quoted exactly when prettier would quote them.
 */
const IDENTIFIER = /^[$_\p{L}\p{Nl}][$_\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\u200c\u200d]*$/u;
const ASTRAL = /[\u{10000}-\u{10ffff}]/u;

/** True when `name` can be written as a bare property key (reserved words are fine as properties). */
export function isPropertyIdentifier(name: string): boolean {
  return IDENTIFIER.test(name) && !ASTRAL.test(name);
}

/** `tmall.exchange.message.add` → `TmallExchangeMessageAdd`; every segment capitalized, the rest kept as written. */
export function pascalCase(text: string): string {
  const parts = text.split(/[^A-Za-z0-9]+/).filter((p) => p !== '');
  const joined = parts.map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('');
  if (joined === '') return 'Api';
  return /^[0-9]/.test(joined) ? `Api${joined}` : joined;
}

/** Lower camel, never a reserved word. */
export function camelCase(text: string): string {
  const pascal = pascalCase(text);
  const camel = pascal.charAt(0).toLowerCase() + pascal.slice(1);
  return RESERVED.has(camel) ? `${camel}Api` : camel;
}

/** `taobao.rdc.x.update` → `rdc_x_update_response`: the runtime's rule, the one place that knows it. */
export function responseRootOf(method: string): string {
  return responseRootKey(method);
}

/** The API's module path under `src/`, file-system safe. */
export function modulePathOf(method: string): string {
  const safe = method.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
  return `apis/${safe}`;
}

/** Category slug for folders and subpath exports; `misc` when none. */
export function categorySlug(pkg: string | undefined): string {
  const slug = (pkg ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'misc' : slug;
}

/** Names already used by the package itself; no API may take them. */
export const PACKAGE_NAMES: readonly string[] = ['TopClient', 'TopError', 'TopApiMap', 'BaseTopClient', 'CallOptions', 'ObjectSchema', 'Int64', 'Int64Input', 'DateInput', 'TopFile', 'TopClientOptions'];

/**
 * Hands out names unique across the whole catalog. `claim` returns the name itself when free,
 * otherwise the first free `<name>2`, `<name>3`… and reports the clash to the caller.
 * File names compare case-insensitively, since they must not clash on case-insensitive disks.
 */
export class NameRegistry {
  private readonly used = new Map<string, string>();

  constructor(
    reserved: readonly string[] = [],
    private readonly caseInsensitive = false,
  ) {
    for (const name of reserved) this.used.set(this.key(name), '(package)');
  }

  private key(name: string): string {
    return this.caseInsensitive ? name.toLowerCase() : name;
  }

  /** Returns the free name and, when it had to be changed, the owner of the wanted one. */
  claim(wanted: string, owner: string): { name: string; clashWith?: string } {
    const clash = this.used.get(this.key(wanted));
    if (clash === undefined) {
      this.used.set(this.key(wanted), owner);
      return { name: wanted };
    }
    for (let i = 2; ; i++) {
      const candidate = `${wanted}${i}`;
      if (!this.used.has(this.key(candidate))) {
        this.used.set(this.key(candidate), owner);
        return { name: candidate, clashWith: clash };
      }
    }
  }
}
