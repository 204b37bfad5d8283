/** Reads every spec YAML under a folder (recursively; `patches/` folders and dot-folders skipped) with `readSpec`. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { readSpec } from '../spec/read.js';
import type { ApiSpec } from '../spec/types.js';

export interface ReadSpecDirResult {
  specs: ApiSpec[];
  diagnostics: Diagnostic[];
  /** How many YAML files were read. */
  files: number;
}

/** `displayRoot` prefixes the file paths in diagnostics (the folder as given on the command line). */
export async function readSpecDir(dir: string, displayRoot: string = dir): Promise<ReadSpecDirResult> {
  const result: ReadSpecDirResult = { specs: [], diagnostics: [], files: 0 };
  const walk = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'patches') await walk(full);
      } else if (e.isFile() && (e.name.endsWith('.yaml') || e.name.endsWith('.yml'))) {
        const rel = relative(dir, full).split(sep).join('/');
        const shown = `${displayRoot.replace(/\/+$/, '')}/${rel}`;
        const { spec, diagnostics } = readSpec(await readFile(full, 'utf8'), shown);
        result.files++;
        result.diagnostics.push(...diagnostics);
        if (spec) result.specs.push(spec);
      }
    }
  };
  await walk(dir);
  return result;
}
