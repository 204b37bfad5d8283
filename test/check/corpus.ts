// Shared by the corpus test and the fuzz tests: every doc-site JSON document of the dev corpus as a spec.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocJson } from '../../generator/parse/json.js';
import type { SpecEntry } from '../../generator/commands/check.js';

export const ROOT = join(import.meta.dirname, '../..');
const TOPLIB = join(ROOT, 'pages/toplib');

export function corpusFiles(): string[] {
  return readdirSync(TOPLIB, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(TOPLIB, d.name)).filter((f) => f.endsWith('.json') && f !== 'catelog.json').map((f) => `pages/toplib/${d.name}/${f}`))
    .sort();
}

export function corpusText(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8');
}

export function corpusEntries(files: readonly string[] = corpusFiles()): SpecEntry[] {
  const out: SpecEntry[] = [];
  for (const file of files) {
    const { spec } = parseDocJson({ text: corpusText(file), file });
    if (spec) out.push({ spec, file });
  }
  return out;
}
