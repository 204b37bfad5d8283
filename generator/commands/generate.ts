/**
 * `topgen generate`: parse the page folder into `specs/`, apply patches, check, and emit `generated/`.
 * Prints each stage's time, what changed in the specs, and the diagnostics; exit 1 when any API failed.
 */
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../diagnostics.js';
import { formatDiagnostic, hasErrors, sortDiagnostics, summarizeDiagnostics } from '../diagnostics.js';
import { parseInputs } from '../parse/index.js';
import { specPath } from '../spec/path.js';
import { writeSpec } from '../spec/write.js';
import { readSpec } from '../spec/read.js';
import type { ApiSpec } from '../spec/types.js';
import { prepareSpecs } from './prepare.js';
import { generatePackage, runtimeFromDir } from '../emit/pipeline.js';
import { loadPrettierConfig } from '../write/format-files.js';
import { diffSpecs, formatDiffSummary } from '../diff/index.js';
import type { CommandContext } from './context.js';
import { loadConfig } from './config.js';
import type { Int64Option } from './config.js';
import { collectInputs, listFiles, readTexts, toPosix, writeTree } from './files.js';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';

/** The checkout of topgen itself: the runtime sources and the pinned prettier config live here, whatever the cwd. */
const TOOL_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function runGenerate(args: string[], ctx: CommandContext): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      config: { type: 'string', default: 'topgen.config.json' },
      out: { type: 'string' },
      int64: { type: 'string' },
      'package-name': { type: 'string' },
      api: { type: 'string', multiple: true },
      category: { type: 'string', multiple: true },
    },
  });
  const config = await loadConfig(ctx.cwd, values.config);
  if (values.out) config.out = values.out;
  if (values.int64) config.int64 = values.int64 as Int64Option;
  if (values['package-name']) config.packageName = values['package-name'];
  if (values.api || values.category) config.include = { ...(values.api ? { apis: values.api } : {}), ...(values.category ? { categories: values.category } : {}) };

  const timer = stageTimer(ctx);
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

  const emitted = await generatePackage({
    specs: prepared.specs,
    outDir: resolve(ctx.cwd, config.out),
    options: { packageName: config.packageName, int64: config.int64, ...(config.include ? { include: config.include } : {}) },
    runtime: runtimeFromDir(join(TOOL_ROOT, 'runtime/src')),
    prettier: await loadPrettierConfig(join(TOOL_ROOT, '.prettierrc.json')),
    cacheDir: join(ctx.cwd, '.topgen-cache'),
  });
  const t = emitted.timings;
  ctx.out(`  model ${(t.model / 1000).toFixed(2)} s, emit ${(t.emit / 1000).toFixed(2)} s, format ${(t.format / 1000).toFixed(2)} s, write ${(t.write / 1000).toFixed(2)} s`);
  timer('emit', `${emitted.files.length} files: ${emitted.written} written, ${emitted.removed} removed, ${emitted.unchanged} unchanged`);

  if (changes.length > 0) ctx.out(formatDiffSummary(changes));
  const diagnostics: Diagnostic[] = [...parsed.diagnostics, ...prepared.diagnostics, ...emitted.diagnostics];
  for (const d of sortDiagnostics(diagnostics)) ctx.err(formatDiagnostic(d));
  ctx.out(summarizeDiagnostics(diagnostics, parsed.specs.length, 'spec'));
  return hasErrors(diagnostics) ? 1 : 0;
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

/** Files under specs/ that generate does not own: the schema, patches kept there, anything not YAML. */
function isNotSpecFile(path: string): boolean {
  return !path.endsWith('.yaml') || path.startsWith('patches/');
}

function stageTimer(ctx: CommandContext): (stage: string, detail: string) => void {
  let last = performance.now();
  return (stage, detail) => {
    const now = performance.now();
    ctx.out(`${stage.padEnd(6)} ${((now - last) / 1000).toFixed(2).padStart(6)} s  ${detail}`);
    last = now;
  };
}
