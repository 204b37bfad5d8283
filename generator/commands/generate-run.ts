/**
 * The work of `topgen generate`, loaded only when there is work: the full run (parse every input, write every spec,
 * check, model, emit) and the incremental one (only the APIs whose inputs changed).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Options } from 'prettier';
import type { Diagnostic } from '../diagnostics.js';
import { diffSpecs, formatDiffSummary } from '../diff/index.js';
import { generatePackage, regeneratePackage, runtimeFromDir } from '../emit/pipeline.js';
import { buildModel } from '../model/build-model.js';
import { MODEL_CODES } from '../model/codes.js';
import { detectInput } from '../parse/detect.js';
import { parseInputs, type InputFile } from '../parse/index.js';
import { specPath } from '../spec/path.js';
import { readSpec } from '../spec/read.js';
import type { ApiSpec } from '../spec/types.js';
import { writeSpec } from '../spec/write.js';
import {
  allDiagnostics,
  entryModelOf,
  hashBytes,
  isNotSpecFile,
  namesOf,
  reportDiagnostics as report,
  saveState,
  scanInputs,
  stampOutputs,
  stampTree,
  summaryOf,
  type BuildState,
  type InputScan,
} from './build-state.js';
import type { TopgenConfig } from './config.js';
import type { CommandContext } from './context.js';
import type { Timer } from './generate.js';
import { formatFigure } from '../meter.js';
import { prepareSpecs } from './prepare.js';
import { collectInputs, listFiles, readTexts, toPosix, writeTree } from './files.js';

/** The checkout of topgen itself: the runtime sources and the pinned prettier config live here, whatever the cwd. */
const TOOL_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Parse every input, write every spec, check, model and emit the whole package; remember it all for the next run. */
export async function runFull(config: TopgenConfig, ctx: CommandContext, timer: Timer, fingerprint: string): Promise<number> {
  const cacheDir = join(ctx.cwd, '.topgen-cache');
  const scanned = await scanInputs(config.pages, ctx.cwd);
  const inputs = await collectInputs(config.pages, ctx.cwd);
  const parsed = parseInputs(inputs);
  timer('parse', `${inputs.length} inputs → ${parsed.specs.length} specs`);

  const specsDir = resolve(ctx.cwd, config.specs);
  const texts = new Map(parsed.specs.map((spec) => [specPath(spec), writeSpec(spec)]));
  const current = readTexts(specsDir, texts.keys());
  const changes = await changedSpecs(specsDir, texts, current, parsed.specs);
  const written = await writeTree(specsDir, texts, { keep: isNotSpecFile }, current);
  timer('specs', `${written.written.length} written, ${written.removed.length} removed, ${written.unchanged} unchanged`);

  const prepared = await prepareSpecs(parsed.specs, { cwd: ctx.cwd, patchesDir: config.patches, specsDir: config.specs });
  timer('check', `${prepared.specs.length} specs to emit, ${prepared.applied.length} patch ops applied, ${prepared.failed.length} APIs left out for errors`);

  const outDir = resolve(ctx.cwd, config.out);
  const emitted = await generatePackage({ specs: prepared.specs, outDir, ...emitInputs(config, cacheDir), meter: timer.meter });
  const steps = Object.entries(emitted.timings).map(([step, f]) => `${step} ${formatFigure(f, true)}`);
  ctx.out(`  ${steps.join(', ')}`);
  timer('emit', `${emitted.files.length} files: ${emitted.written} written, ${emitted.removed} removed, ${emitted.unchanged} unchanged`);

  if (changes.length > 0) ctx.out(formatDiffSummary(changes));
  const diagnostics: Diagnostic[] = [...parsed.diagnostics, ...prepared.diagnostics, ...emitted.diagnostics];

  // Remember the run: which inputs made which API, what was said about each, and the stamps of all written files.
  const bytes = new Map(inputs.map((i) => [i.path, i.bytes]));
  const stateInputs: BuildState['inputs'] = {};
  for (const s of scanned) {
    const b = bytes.get(s.path);
    if (b) stateInputs[s.path] = { size: s.size, mtimeMs: s.mtimeMs, hash: hashBytes(b) };
  }
  const apis: BuildState['apis'] = {};
  for (const spec of parsed.specs) apis[spec.api] = { sources: [...(spec.sources ?? [])], specPath: specPath(spec), diagnostics: [], categoryName: spec.category?.name ?? '' };
  const owner = ownerOf(parsed.specs, config.specs);
  for (const api of emitted.model.apis) {
    const entry = apis[api.method];
    if (entry) entry.summary = summaryOf(api);
  }
  const global: Diagnostic[] = [];
  for (const d of diagnostics) {
    const api = owner(d);
    if (api !== undefined && apis[api]) apis[api].diagnostics.push(d);
    else global.push(d);
  }
  const outputs = await stampOutputs(specsDir, outDir, ctx.cwd);
  await saveState(cacheDir, { version: 1, fingerprint, inputs: stateInputs, apis, global, outputs, specCount: parsed.specs.length });
  return report(diagnostics, parsed.specs.length, ctx);
}

/**
 * Redo only the APIs whose inputs changed (`scan` found them): parse their inputs, write and check their specs, model
 * and emit their modules, and print the entry files from the names the state keeps. Returns the exit code, or why a
 * full run is needed.
 */
export async function runIncremental(state: BuildState, scan: InputScan, config: TopgenConfig, ctx: CommandContext, timer: Timer): Promise<number | { reason: string }> {
  const cacheDir = join(ctx.cwd, '.topgen-cache');
  const specsDir = resolve(ctx.cwd, config.specs);
  const outDir = resolve(ctx.cwd, config.out);
  const { scanned, inputs, read, affected, bySource } = scan;
  // Parse the affected APIs' inputs, with the category files of their folders.
  const selected = new Set<string>();
  for (const method of affected) for (const source of state.apis[method]!.sources) selected.add(source);
  const dirs = new Set([...selected].map((p) => dirname(p)));
  const files: InputFile[] = [];
  for (const s of scanned) {
    const mine = selected.has(s.path);
    if (!mine && (!dirs.has(dirname(s.path)) || bySource.has(s.path))) continue;
    const bytes = read.get(s.path) ?? readFileSync(s.abs);
    if (!mine && detectInput(bytes).kind !== 'catalog-json') continue;
    files.push({ path: s.path, bytes });
  }
  const parsed = parseInputs(files);
  const sameApis = parsed.specs.length === affected.size && parsed.specs.every((spec) => affected.has(spec.api) && sameList(spec.sources ?? [], state.apis[spec.api]!.sources) && specPath(spec) === state.apis[spec.api]!.specPath);
  if (!sameApis || parsed.failed.length > 0) return { reason: 'a changed input now makes other APIs than before' };

  const texts = new Map(parsed.specs.map((spec) => [specPath(spec), writeSpec(spec)]));
  const current = readTexts(specsDir, texts.keys());
  const before = parsed.specs.flatMap((spec) => {
    const old = current.get(specPath(spec));
    return old === undefined || old === texts.get(specPath(spec)) ? [] : [readSpec(old, specPath(spec)).spec].filter((x) => x !== undefined);
  });
  const after = parsed.specs.filter((spec) => current.get(specPath(spec)) !== texts.get(specPath(spec)));
  const written = await writeTree(specsDir, texts, undefined, current);
  timer('specs', `${written.written.length} written, ${written.unchanged} unchanged`);

  const prepared = await prepareSpecs(parsed.specs, { cwd: ctx.cwd, patchesDir: config.patches, specsDir: config.specs, reportUnusedPatches: false });
  timer('check', `${prepared.specs.length} specs to emit, ${prepared.applied.length} patch ops applied, ${prepared.failed.length} APIs left out for errors`);

  const { model, diagnostics: modelDiagnostics } = buildModel(prepared.specs, config.include ? { include: config.include } : {});
  const others = { values: new Set<string>(), types: new Set<string>(), files: new Set<string>() };
  for (const [method, api] of Object.entries(state.apis)) {
    if (affected.has(method) || !api.summary) continue;
    const n = namesOf(api.summary);
    n.values.forEach((x) => others.values.add(x));
    n.types.forEach((x) => others.types.add(x));
    n.files.forEach((x) => others.files.add(x));
  }
  for (const method of affected) {
    const api = model.apis.find((a) => a.method === method);
    const old = state.apis[method]!;
    if ((api === undefined) !== (old.summary === undefined)) return { reason: `${method} ${api ? 'joins' : 'leaves'} the package` };
    if (old.diagnostics.some((d) => d.code === MODEL_CODES.nameCollision)) return { reason: `${method} had a name collision` };
    if (!api) continue;
    const n = namesOf(api);
    const clash = n.values.some((x) => others.values.has(x)) || n.types.some((x) => others.types.has(x)) || n.files.some((x) => others.files.has(x));
    if (clash || (old.summary && (old.summary.functionName !== api.functionName || old.summary.modulePath !== api.modulePath))) return { reason: `${method} clashes with another API's names` };
  }

  const apis = { ...state.apis };
  const said = [...parsed.diagnostics, ...prepared.diagnostics, ...modelDiagnostics];
  const owner = ownerOf(parsed.specs, config.specs);
  // What is said of no redone API (patch files) was said the same way last run and is in the state already.
  for (const spec of parsed.specs) {
    const api = model.apis.find((a) => a.method === spec.api);
    const sources = spec.sources ?? [];
    apis[spec.api] = {
      sources: [...sources],
      specPath: specPath(spec),
      diagnostics: said.filter((d) => owner(d) === spec.api),
      ...(api ? { summary: summaryOf(api) } : {}),
      categoryName: spec.category?.name ?? '',
    };
  }
  // The entry files list names only: when no rebuilt API's names changed, they are as they were.
  const sameNames = [...affected].every((m) => JSON.stringify(apis[m]!.summary) === JSON.stringify(state.apis[m]!.summary) && apis[m]!.categoryName === state.apis[m]!.categoryName);
  const entry = sameNames ? undefined : entryModelOf(Object.values(apis));
  const emitted = await regeneratePackage({ apis: model.apis, ...(entry ? { entry } : {}), outDir, ...emitInputs(config, cacheDir) });
  timer('emit', `${emitted.files.length} files: ${emitted.written} written, ${emitted.unchanged} unchanged`);

  const outputs = { ...state.outputs, ...(await stampTree([{ dir: specsDir, files: texts.keys() }, { dir: outDir, files: emitted.files.map((f) => f.path) }], ctx.cwd)) };
  const next: BuildState = { ...state, inputs, apis, outputs };
  await saveState(cacheDir, next);
  if (before.length > 0 || after.length > 0) ctx.out(formatDiffSummary(diffSpecs(before, after)));
  return report(allDiagnostics(next), state.specCount, ctx);
}

function emitInputs(config: TopgenConfig, cacheDir: string) {
  return {
    options: { packageName: config.packageName, int64: config.int64, ...(config.include ? { include: config.include } : {}) },
    runtime: runtimeFromDir(join(TOOL_ROOT, 'runtime/src')),
    prettier: JSON.parse(readFileSync(join(TOOL_ROOT, '.prettierrc.json'), 'utf8')) as Options,
    cacheDir,
  };
}

/** The API a diagnostic belongs to: the one it names, else the one whose input or spec file it points at. */
function ownerOf(specs: readonly ApiSpec[], specsFolder: string): (d: Diagnostic) => string | undefined {
  const methods = new Set(specs.map((s) => s.api));
  const byFile = new Map<string, string>();
  for (const spec of specs) {
    for (const source of spec.sources ?? []) byFile.set(source, spec.api);
    byFile.set(`${specsFolder}/${specPath(spec)}`, spec.api);
  }
  return (d) => (d.api !== undefined && methods.has(d.api) ? d.api : byFile.get(d.file));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Spec changes against what `specs/` held before, read only for the files whose text changed. */
async function changedSpecs(specsDir: string, texts: ReadonlyMap<string, string>, current: ReadonlyMap<string, string | undefined>, specs: readonly ApiSpec[]) {
  const before: ApiSpec[] = [];
  const after: ApiSpec[] = [];
  for (const spec of specs) {
    const path = specPath(spec);
    const old = current.get(path);
    if (old === texts.get(path)) continue;
    after.push(spec);
    const previous = old === undefined ? undefined : readSpec(old, path).spec;
    if (previous) before.push(previous);
  }
  // Spec files that no input gives any more: their APIs are removed.
  for (const abs of await listFiles(specsDir).catch(() => [] as string[])) {
    const path = toPosix(relative(specsDir, abs));
    if (texts.has(path) || isNotSpecFile(path)) continue;
    const previous = readSpec(await readFile(abs, 'utf8'), path).spec;
    if (previous) before.push(previous);
  }
  return before.length === 0 && after.length === 0 ? [] : diffSpecs(before, after);
}
