/**
 * Content-hash cache of formatted output (`<dir>/format.json`, git-ignored). Keys are hashes of everything an
 * output depends on; the salt (generator sources, templates, prettier version and config) invalidates it all.
 * Only entries used in a run are saved, so it never grows past one package.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const CACHE_FILE = 'format.json';

export class FormatCache {
  private readonly used = new Map<string, string>();

  private constructor(
    private readonly dir: string | undefined,
    private readonly salt: string,
    private readonly entries: ReadonlyMap<string, string>,
  ) {}

  static async load(dir: string | undefined, salt: string): Promise<FormatCache> {
    if (dir === undefined) return new FormatCache(undefined, salt, new Map());
    try {
      const parsed = JSON.parse(await readFile(join(dir, CACHE_FILE), 'utf8')) as { salt?: string; entries?: Record<string, string> };
      const entries = parsed.salt === salt && parsed.entries ? new Map(Object.entries(parsed.entries)) : new Map<string, string>();
      return new FormatCache(dir, salt, entries);
    } catch {
      return new FormatCache(dir, salt, new Map());
    }
  }

  key(...parts: string[]): string {
    const hash = createHash('sha256');
    for (const part of parts) hash.update(part).update('\0');
    return hash.digest('base64url');
  }

  get(key: string): string | undefined {
    const text = this.entries.get(key);
    if (text !== undefined) this.used.set(key, text);
    return text;
  }

  set(key: string, text: string): void {
    this.used.set(key, text);
  }

  /** Saves the entries used this run; a partial run (`keepUnused`) keeps the others too, for the next full run. */
  async save({ keepUnused = false }: { keepUnused?: boolean } = {}): Promise<void> {
    if (this.dir === undefined) return;
    if (keepUnused) for (const [key, text] of this.entries) if (!this.used.has(key)) this.used.set(key, text);
    await mkdir(this.dir, { recursive: true });
    await writeFile(join(this.dir, CACHE_FILE), JSON.stringify({ salt: this.salt, entries: Object.fromEntries(this.used) }));
  }
}
