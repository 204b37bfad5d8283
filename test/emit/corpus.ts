/** Test helper: the doc-site corpus (`pages/toplib`) parsed into spec sources, as the lead's `generate` would. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocJson } from '../../generator/parse/json.js';
import type { SpecSource } from '../../generator/model/build-model.js';
import type { CategoryRef } from '../../generator/spec/types.js';

export const CORPUS_DIR = 'pages/toplib';

export function loadCorpus(root: string, categories?: readonly string[]): SpecSource[] {
  const out: SpecSource[] = [];
  const dirs = readdirSync(join(root, CORPUS_DIR)).filter((d) => statSync(join(root, CORPUS_DIR, d)).isDirectory()).sort();
  for (const dir of dirs) {
    if (categories && !categories.includes(dir)) continue;
    const base = join(root, CORPUS_DIR, dir);
    const catelog = JSON.parse(readFileSync(join(base, 'catelog.json'), 'utf8')) as { name: string; pkg: string; id: number };
    const category: CategoryRef = { pkg: catelog.pkg, name: catelog.name, id: catelog.id };
    for (const name of readdirSync(base).sort()) {
      if (name === 'catelog.json' || !name.endsWith('.json')) continue;
      const file = `${CORPUS_DIR}/${dir}/${name}`;
      const { spec } = parseDocJson({ text: readFileSync(join(root, file), 'utf8'), file, category });
      if (spec) out.push({ spec, file });
    }
  }
  return out;
}
