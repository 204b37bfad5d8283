/**
 * Between the specs and the emitter, in `generate` and `emit` alike: apply patches, normalise type names, check
 * every spec. An API with an error is left out of the package (the others still generate); its diagnostics point at
 * the spec file and the YAML line (for specs fresh from the parser, re-read for the specs that have something to say).
 */
import type { Diagnostic } from '../diagnostics.js';
import { readSpec } from '../spec/read.js';
import { loadPatches } from '../spec/patch.js';
import { specPath } from '../spec/path.js';
import { writeSpec } from '../spec/write.js';
import type { ApiSpec } from '../spec/types.js';
import type { SpecSource } from '../model/build-model.js';
import { checkSpecs, type SpecEntry } from './check.js';

export interface PrepareOptions {
  cwd: string;
  patchesDir: string;
  specsDir: string;
  /** Warn of patches no spec uses (TOP404); off when preparing a subset, where the others look unused. Default on. */
  reportUnusedPatches?: boolean;
}

export interface PrepareResult {
  /** Specs to emit: patched, normalised, without the ones that have errors. */
  specs: SpecSource[];
  applied: string[];
  diagnostics: Diagnostic[];
  /** Methods left out because of errors. */
  failed: string[];
}

/** Specs fresh from the parser, to be written under `specsDir`. */
export async function prepareSpecs(specs: readonly ApiSpec[], options: PrepareOptions): Promise<PrepareResult> {
  return prepareEntries(
    specs.map((spec) => ({ spec, file: `${options.specsDir}/${specPath(spec)}` })),
    options,
  );
}

/** Specs with the files they are (or will be) in; an entry without `lines` gets them only when it has diagnostics. */
export async function prepareEntries(entries: readonly SpecEntry[], options: Omit<PrepareOptions, 'specsDir'>): Promise<PrepareResult> {
  const loaded = await loadPatches(options.patchesDir, options.cwd);
  const first = checkSpecs(entries, loaded.patches, { reportUnusedPatches: options.reportUnusedPatches ?? true });
  const lineless = new Set(entries.filter((e) => !e.lines).map((e) => e.file));
  const inLineless = (d: Diagnostic) => d.api !== undefined && lineless.has(d.file);
  const flagged = new Set(first.diagnostics.filter(inLineless).map((d) => d.api));
  // Lines cost a YAML parse: pay it only for the specs that have something to say.
  const withLines = entries.filter((e) => !e.lines && flagged.has(e.spec.api)).map((e) => ({ ...e, lines: readSpec(writeSpec(e.spec), e.file).lines }));
  const second = withLines.length > 0 ? checkSpecs(withLines, loaded.patches) : { diagnostics: [] as Diagnostic[] };
  const diagnostics = [...loaded.diagnostics, ...first.diagnostics.filter((d) => !(inLineless(d) && flagged.has(d.api))), ...second.diagnostics];
  const failing = new Set(diagnostics.filter((d) => d.severity === 'error' && d.api !== undefined).map((d) => d.api as string));
  const out: SpecSource[] = [];
  first.specs.forEach((spec, i) => {
    const entry = entries[i]!;
    if (!failing.has(spec.api)) out.push({ spec, file: entry.file, ...(entry.lines ? { lines: entry.lines } : {}) });
  });
  return { specs: out, applied: first.applied, diagnostics, failed: [...failing].sort() };
}
