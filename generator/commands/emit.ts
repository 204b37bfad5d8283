/** `topgen emit [--specs specs/] [--patches patches/] [--out generated/] [--int64 string|bigint|number] [--package-name …]`: specs → SDK package. */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic, hasErrors, sortDiagnostics, summarizeDiagnostics, type Diagnostic } from '../diagnostics.js';
import { generatePackage, runtimeFromDir } from '../emit/pipeline.js';
import { INT64_MODES, type EmitOptions, type Int64Mode } from '../emit/options.js';
import type { SpecSource } from '../model/build-model.js';
import { readSpec } from '../spec/read.js';
import { loadPrettierConfig } from '../write/format-files.js';
import type { CommandContext } from './context.js';
import { loadPatches } from '../spec/patch.js';
import { checkSpecs } from './check.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface EmitArgs {
  specs: string;
  patches: string;
  out: string;
  options: EmitOptions;
}

export async function runEmit(args: string[], ctx: CommandContext): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    ctx.err(`topgen emit: ${parsed}`);
    return 2;
  }
  const specDir = resolve(ctx.cwd, parsed.specs);
  // A mistyped folder must not emit an empty package (which would prune every generated API).
  if (!existsSync(specDir)) {
    ctx.err(`topgen emit: no specs folder ${parsed.specs}`);
    return 2;
  }
  const diagnostics: Diagnostic[] = [];
  const specs: SpecSource[] = [];
  for (const path of await listSpecFiles(specDir)) {
    const file = relative(ctx.cwd, path).split(sep).join('/');
    const read = readSpec(await readFile(path, 'utf8'), file);
    diagnostics.push(...read.diagnostics);
    if (read.spec) specs.push({ spec: read.spec, file, lines: read.lines });
  }
  // The same patches, type normalisation and checks as `generate`: an API with an error is left out, the rest emitted.
  const loaded = await loadPatches(parsed.patches, ctx.cwd);
  const checked = checkSpecs(specs, loaded.patches);
  diagnostics.push(...loaded.diagnostics, ...checked.diagnostics);
  const failing = new Set(checked.diagnostics.filter((d) => d.severity === 'error').map((d) => d.api));
  const result = await generatePackage({
    specs: checked.specs.flatMap((spec, i) => (failing.has(spec.api) ? [] : [{ ...specs[i]!, spec }])),
    outDir: resolve(ctx.cwd, parsed.out),
    options: parsed.options,
    runtime: runtimeFromDir(join(REPO_ROOT, 'runtime/src')),
    prettier: await loadPrettierConfig(join(REPO_ROOT, '.prettierrc.json')),
    cacheDir: join(ctx.cwd, '.topgen-cache'),
  });
  diagnostics.push(...result.diagnostics);
  for (const d of sortDiagnostics(diagnostics)) ctx.err(formatDiagnostic(d));
  ctx.out(`${summarizeDiagnostics(diagnostics, specs.length, 'spec')}`);
  ctx.out(`emitted ${result.files.length} files to ${parsed.out}: ${result.written} written, ${result.unchanged} unchanged, ${result.removed} removed`);
  return hasErrors(diagnostics) ? 1 : 0;
}

function parseArgs(args: readonly string[]): EmitArgs | string {
  const out: EmitArgs = { specs: 'specs', patches: 'patches', out: 'generated', options: {} };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) return `${flag ?? ''} needs a value`;
    i++;
    switch (flag) {
      case '--specs':
        out.specs = value;
        break;
      case '--out':
        out.out = value;
        break;
      case '--patches':
        out.patches = value;
        break;
      case '--package-name':
        out.options.packageName = value;
        break;
      case '--int64':
        if (!(INT64_MODES as readonly string[]).includes(value)) return `--int64 must be one of ${INT64_MODES.join(', ')}`;
        out.options.int64 = value as Int64Mode;
        break;
      default:
        return `unknown option "${flag ?? ''}"`;
    }
  }
  return out;
}

/** Every `*.yaml` under `dir`, recursively, except the `patches/` folder; sorted. */
async function listSpecFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = join(dir, e.name);
    if (e.isDirectory() && e.name !== 'patches') out.push(...(await listSpecFiles(full)));
    else if (e.isFile() && e.name.endsWith('.yaml')) out.push(full);
  }
  return out.sort();
}
