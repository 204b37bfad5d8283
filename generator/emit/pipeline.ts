/** specs → model → files → formatted → written. The one entry the `emit` and `generate` commands call. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as prettier from 'prettier';
import type { Diagnostic } from '../diagnostics.js';
import { cumulativeProbe, Meter, type StepFigure } from '../meter.js';
import { buildModel, type SpecSource } from '../model/build-model.js';
import type { ApiModel, EntryModel, Model } from '../model/types.js';
import { FormatCache } from '../write/format-cache.js';
import { formatFiles, type FormatStats } from '../write/format-files.js';
import { writeOutput } from '../write/write-output.js';
import { apiFile, entryFiles, type OutputFile, type RuntimeSource } from './emit-package.js';
import type { EmitOptions } from './options.js';

export interface GenerateInput {
  specs: readonly SpecSource[];
  outDir: string;
  options: EmitOptions;
  /** Runtime sources copied into `src/runtime/` (see `runtimeFromDir`). */
  runtime: RuntimeSource;
  /** The pinned prettier config (`.prettierrc.json`). */
  prettier: prettier.Options;
  /** Format cache folder, e.g. `.topgen-cache`; none when absent. */
  cacheDir?: string;
  /** Measures the steps (`timings`); when absent, a meter that never resets the process's peak (figures cumulative). */
  meter?: Meter;
}

export interface GenerateResult {
  diagnostics: Diagnostic[];
  written: number;
  removed: number;
  unchanged: number;
  files: OutputFile[];
  /** The model the files came from. */
  model: Model;
  /** Files formatted by prettier this run vs. taken from the format cache (only files with `formatWith`). */
  format: FormatStats;
  /** Time and peak RSS per step: model, emit (print every module), format (prettier for the few files that need it), write. */
  timings: { model: StepFigure; emit: StepFigure; format: StepFigure; write: StepFigure };
}

export async function generatePackage(input: GenerateInput): Promise<GenerateResult> {
  const meter = input.meter ?? new Meter(cumulativeProbe);
  meter.lap();
  const { model, diagnostics } = buildModel(input.specs, input.options);
  const modelStep = meter.lap();
  const emitted = [...model.apis.map(apiFile), ...entryFiles(model, { ...input.options, runtime: input.runtime })];
  const emitStep = meter.lap();
  const cache = await FormatCache.load(input.cacheDir, formatSalt(input.prettier));
  const formatted = await formatFiles(emitted, { config: input.prettier, cache });
  await cache.save();
  const files = formatted.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const formatStep = meter.lap();
  const counts = await writeOutput(input.outDir, files);
  const writeStep = meter.lap();
  return { diagnostics, ...counts, files, model, format: formatted.stats, timings: { model: modelStep, emit: emitStep, format: formatStep, write: writeStep } };
}

export interface RegenerateInput extends Omit<GenerateInput, 'specs'> {
  /** The APIs to emit again. */
  apis: readonly ApiModel[];
  /** Every API of the package (the rebuilt ones included), for the entry files; none when no name changed. */
  entry?: EntryModel;
}

/**
 * An incremental run's emit: the given API modules and the entry files, written without pruning (the other modules
 * stay as they are on disk). Only files whose bytes changed are written.
 */
export async function regeneratePackage(input: RegenerateInput): Promise<{ files: OutputFile[]; written: number; unchanged: number }> {
  const emitted = [...input.apis.map(apiFile), ...(input.entry ? entryFiles(input.entry, { ...input.options, runtime: input.runtime }) : [])];
  // Printed modules need no prettier, and so no format cache, unless one outgrew the print width.
  const cache = emitted.some((f) => f.formatWith) ? await FormatCache.load(input.cacheDir, formatSalt(input.prettier)) : undefined;
  const { files } = await formatFiles(emitted, { config: input.prettier, ...(cache ? { cache } : {}) });
  await cache?.save({ keepUnused: true });
  const counts = await writeOutput(input.outDir, files, { prune: false });
  return { files, written: counts.written, unchanged: counts.unchanged };
}

/**
 * The format cache maps a file's path and text to prettier's output, so it depends on prettier and its config only:
 * a generator change that leaves a file's text alone keeps its entry.
 */
const PRETTIER_VERSION = (JSON.parse(readFileSync(new URL('../../node_modules/prettier/package.json', import.meta.url), 'utf8')) as { version: string }).version;

function formatSalt(config: prettier.Options): string {
  return createHash('sha256').update(`${PRETTIER_VERSION}\0${JSON.stringify(config)}`).digest('hex');
}

/** Reads runtime sources from a folder such as `runtime/src`. */
export function runtimeFromDir(dir: string): RuntimeSource {
  return {
    list: () => readdirSync(dir).filter((name) => name.endsWith('.ts')),
    read: (name) => readFileSync(join(dir, name), 'utf8'),
  };
}
