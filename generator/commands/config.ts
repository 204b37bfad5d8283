/** `topgen.config.json`, overridden by CLI flags: where pages, specs and output live, and the generator's options. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export type Int64Option = 'string' | 'bigint' | 'number';

export interface TopgenConfig {
  /** Files or folders of doc pages (copied text, doc-site JSON). */
  pages: string[];
  specs: string;
  patches: string;
  out: string;
  packageName: string;
  int64: Int64Option;
  /** Generate only these methods and/or categories (by `pkg`); everything when absent. */
  include?: { apis?: string[]; categories?: string[] };
}

export const DEFAULT_CONFIG: TopgenConfig = {
  pages: ['pages'],
  specs: 'specs',
  patches: 'patches',
  out: 'generated',
  packageName: 'taobao-top-sdk',
  int64: 'string',
};

export async function loadConfig(cwd: string, file = 'topgen.config.json'): Promise<TopgenConfig> {
  const text = await readFile(join(cwd, file), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' && file === 'topgen.config.json') return '{}';
    throw new Error(`cannot read config ${file}: ${error.message}`);
  });
  const raw = JSON.parse(text) as Partial<TopgenConfig>;
  const config: TopgenConfig = { ...DEFAULT_CONFIG, ...raw };
  if (!['string', 'bigint', 'number'].includes(config.int64)) throw new Error(`${file}: int64 must be string, bigint or number`);
  return config;
}
