/**
 * Fuzz targets: each turns an input text into specs + diagnostics through one front end, then patches, type
 * normalisation and the TOP checks. Add a target (the emitter, a new parser) by adding an entry to `loadTargets`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSpecs, readSpecText } from '../../generator/commands/check.js';
import type { Diagnostic } from '../../generator/diagnostics.js';
import { parseDocJson } from '../../generator/parse/json.js';
import { checkInputLimits } from '../../generator/spec/limits.js';
import type { ApiSpec } from '../../generator/spec/types.js';
import { writeSpec } from '../../generator/spec/write.js';
import { corpusEntries, corpusFiles, corpusText, ROOT } from '../check/corpus.js';

export interface TargetResult {
  /** Specs after normalisation: what would be emitted. */
  specs: ApiSpec[];
  diagnostics: Diagnostic[];
}

export interface FuzzTarget {
  name: string;
  /** Real inputs to mutate. */
  seeds: string[];
  run: (text: string) => TargetResult;
}

type FrontEnd = (text: string, file: string) => { spec?: ApiSpec | undefined; diagnostics: Diagnostic[] };

function target(name: string, seeds: string[], front: FrontEnd): FuzzTarget {
  return {
    name,
    seeds,
    run: (text) => {
      const file = `fuzz/${name}`;
      const limits = checkInputLimits(text, file);
      if (limits.length > 0) return { specs: [], diagnostics: limits };
      const r = front(text, file);
      if (!r.spec) return { specs: [], diagnostics: r.diagnostics };
      const checked = checkSpecs([{ spec: r.spec, file }]);
      return { specs: checked.specs, diagnostics: [...r.diagnostics, ...checked.diagnostics] };
    },
  };
}

/** A spread sample of corpus files (every `step`th), so seeds cover many categories. */
export function sampleFiles(count: number): string[] {
  const files = corpusFiles();
  const step = Math.max(1, Math.floor(files.length / count));
  return files.filter((_, i) => i % step === 0).slice(0, count);
}

export async function loadTargets(seedCount = 40): Promise<FuzzTarget[]> {
  const files = sampleFiles(seedCount);
  const targets: FuzzTarget[] = [
    target('spec-yaml', corpusEntries(files).map((e) => writeSpec(e.spec)), (text, file) => {
      const r = readSpecText(text, file);
      return { spec: r.entry?.spec, diagnostics: r.diagnostics };
    }),
    target('doc-json', files.map(corpusText), (text, file) => parseDocJson({ text, file })),
  ];
  // The page-text parser, when its module is there (written in parallel; skipped until it exports parseCopiedText).
  try {
    const mod = (await import('../../generator/parse/text/index.js')) as { parseCopiedText?: (input: { text: string; file: string }) => { spec?: ApiSpec; diagnostics: Diagnostic[] } };
    const parse = mod.parseCopiedText;
    const dir = join(ROOT, 'pages/seeds');
    const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
    if (parse && seeds.length > 0) targets.push(target('page-text', seeds, (text, file) => parse({ text, file })));
  } catch {
    // not there yet
  }
  return targets;
}
