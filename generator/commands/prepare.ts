/**
 * Between parse and emit in `generate`: apply patches, normalise type names, check every spec.
 * An API with an error is left out of the package (the others still generate); its diagnostics point at
 * the spec file and, re-read for those specs only, the YAML line.
 */
import type { Diagnostic } from '../diagnostics.js';
import { readSpec } from '../spec/read.js';
import { loadPatches } from '../spec/patch.js';
import { specPath } from '../spec/path.js';
import { writeSpec } from '../spec/write.js';
import type { ApiSpec } from '../spec/types.js';
import type { SpecSource } from '../model/build-model.js';
import { checkSpecs } from './check.js';

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

export async function prepareSpecs(specs: readonly ApiSpec[], options: PrepareOptions): Promise<PrepareResult> {
  const loaded = await loadPatches(options.patchesDir, options.cwd);
  const entries = specs.map((spec) => ({ spec, file: `${options.specsDir}/${specPath(spec)}` }));
  const first = checkSpecs(entries, loaded.patches, { reportUnusedPatches: options.reportUnusedPatches ?? true });
  const flagged = new Set(first.diagnostics.filter((d) => d.api !== undefined && d.file.startsWith(`${options.specsDir}/`)).map((d) => d.api));
  // Lines cost a YAML parse: pay it only for the specs that have something to say.
  const withLines = entries.filter((e) => flagged.has(e.spec.api)).map((e) => ({ ...e, lines: readSpec(writeSpec(e.spec), e.file).lines }));
  const second = withLines.length > 0 ? checkSpecs(withLines, loaded.patches) : { diagnostics: [] as Diagnostic[] };
  const diagnostics = [...loaded.diagnostics, ...first.diagnostics.filter((d) => !flagged.has(d.api) || !d.file.startsWith(`${options.specsDir}/`)), ...second.diagnostics];
  const failing = new Set(diagnostics.filter((d) => d.severity === 'error' && d.api !== undefined).map((d) => d.api as string));
  const out: SpecSource[] = [];
  first.specs.forEach((spec, i) => {
    if (!failing.has(spec.api)) out.push({ spec, file: entries[i]!.file });
  });
  return { specs: out, applied: first.applied, diagnostics, failed: [...failing].sort() };
}
