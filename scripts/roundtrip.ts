/**
 * Round trip over the corpus: JSON spec → copied-page text (test/helpers/render-text.ts) → parseCopiedText → same tree?
 * Prints the share of APIs whose request and response trees come back exactly, with samples and without.
 * Run: node bin/run-ts.mjs scripts/roundtrip.ts [--list]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseDocJson } from '../generator/parse/json.js';
import { parseCopiedText } from '../generator/parse/text/index.js';
import type { Heuristic } from '../generator/parse/text/tree.js';
import type { ApiSpec } from '../generator/spec/types.js';
import { cellsOf, renderCopiedText, treeOf, withExamples, type RenderOptions } from '../test/helpers/render-text.js';

export interface RoundTripResult {
  total: number;
  same: number;
  /** Docs whose request or response tree (names, nesting, types, list-ness, required, constraints) differs. */
  failed: string[];
  /** Docs with a param whose example or description differs (white space folded, as a page shows it). */
  cellsFailed: string[];
}

export function loadCorpus(root = 'pages/toplib'): { file: string; spec: ApiSpec }[] {
  const out: { file: string; spec: ApiSpec }[] = [];
  for (const pkg of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const f of readdirSync(join(root, pkg)).filter((f) => f.endsWith('.json') && f !== 'catelog.json').sort()) {
      const file = join(root, pkg, f);
      const { spec } = parseDocJson({ text: readFileSync(file, 'utf8'), file });
      if (spec) out.push({ file, spec: withExamples(spec) });
    }
  }
  return out;
}

export function roundTrip(corpus: readonly { file: string; spec: ApiSpec }[], samples: boolean, heuristic?: Heuristic, render: RenderOptions = {}): RoundTripResult {
  const failed: string[] = [];
  const cellsFailed: string[] = [];
  for (const { file, spec } of corpus) {
    const text = renderCopiedText(spec, { ...render, samples });
    const options = heuristic ? { heuristic, ignoreSamples: !samples } : { ignoreSamples: !samples };
    const back = parseCopiedText({ text, file: `${file}.txt` }, options).spec;
    const ok =
      back !== undefined &&
      isDeepStrictEqual(treeOf(back.request), treeOf(spec.request)) &&
      isDeepStrictEqual(treeOf(back.response), treeOf(spec.response));
    if (!ok) failed.push(file);
    if (back === undefined || !isDeepStrictEqual(textCells(back), textCells(spec))) cellsFailed.push(file);
  }
  return { total: corpus.length, same: corpus.length - failed.length, failed, cellsFailed };
}

/** Every param's path, example and description, white space folded (a page shows no line breaks inside a cell). */
function textCells(spec: ApiSpec): unknown[] {
  const fold = (s: string | undefined) => (s === undefined ? undefined : s.replace(/\s+/g, ' ').trim() || undefined);
  return [...cellsOf(spec.request), ...cellsOf(spec.response)].map(([path, example, description]) => [path, fold(example), fold(description)]);
}

export const share = (r: RoundTripResult) => `${r.same}/${r.total} (${((100 * r.same) / r.total).toFixed(2)}%)`;

if (process.argv[1]?.endsWith('roundtrip.ts')) {
  const corpus = loadCorpus();
  const t0 = Date.now();
  const withSamples = roundTrip(corpus, true);
  console.log(`with samples:    ${share(withSamples)} trees come back exactly; ${withSamples.total - withSamples.cellsFailed.length}/${withSamples.total} with every example and description`);
  for (const h of ['greedy', 'alpha', 'flat', 'alpha-flat'] as const) {
    const r = roundTrip(corpus, false, h);
    console.log(`without samples: ${share(r)} trees come back exactly (heuristic ${h}${h === 'greedy' ? ', the default' : ''})`);
  }
  if (process.argv.includes('--list')) for (const f of withSamples.failed) console.log(`  with samples, differs: ${f}`);
  console.log(`${Date.now() - t0} ms`);
}
