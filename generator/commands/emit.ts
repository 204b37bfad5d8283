/** `topgen emit [--specs specs/] [--patches patches/] [--out generated/] [--int64 string|bigint|number] [--package-name …]`: specs → SDK package. */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatDiagnostic, hasErrors, sortDiagnostics, summarizeDiagnostics, type Diagnostic } from '../diagnostics.js';
import { generatePackage, runtimeFromDir } from '../emit/pipeline.js';
import { INT64_MODES, type EmitOptions, type Int64Mode } from '../emit/options.js';
import { loadPrettierConfig } from '../write/format-files.js';
import { readSpecTree } from './check.js';
import type { CommandContext } from './context.js';
import { prepareEntries } from './prepare.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function runEmit(args: string[], ctx: CommandContext): Promise<number> {
  let values: { specs: string; patches: string; out: string; 'package-name'?: string; int64?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        specs: { type: 'string', default: 'specs' },
        patches: { type: 'string', default: 'patches' },
        out: { type: 'string', default: 'generated' },
        'package-name': { type: 'string' },
        int64: { type: 'string' },
      },
    }));
  } catch (error) {
    ctx.err(`topgen emit: ${(error as Error).message}`);
    return 2;
  }
  if (values.int64 !== undefined && !(INT64_MODES as readonly string[]).includes(values.int64)) {
    ctx.err(`topgen emit: --int64 must be one of ${INT64_MODES.join(', ')}`);
    return 2;
  }
  const options: EmitOptions = {
    ...(values['package-name'] !== undefined ? { packageName: values['package-name'] } : {}),
    ...(values.int64 !== undefined ? { int64: values.int64 as Int64Mode } : {}),
  };
  // A mistyped folder must not emit an empty package (which would prune every generated API).
  const tree = await readSpecTree(resolve(ctx.cwd, values.specs), ctx.cwd);
  if (!tree) {
    ctx.err(`topgen emit: no specs folder ${values.specs}`);
    return 2;
  }
  // The same patches, type normalisation and checks as `generate`: an API with an error is left out, the rest emitted.
  const prepared = await prepareEntries(tree.entries, { cwd: ctx.cwd, patchesDir: values.patches, reportUnusedPatches: false });
  const result = await generatePackage({
    specs: prepared.specs,
    outDir: resolve(ctx.cwd, values.out),
    options,
    runtime: runtimeFromDir(join(REPO_ROOT, 'runtime/src')),
    prettier: await loadPrettierConfig(join(REPO_ROOT, '.prettierrc.json')),
    cacheDir: join(ctx.cwd, '.topgen-cache'),
  });
  const diagnostics: Diagnostic[] = [...tree.diagnostics, ...prepared.diagnostics, ...result.diagnostics];
  for (const d of sortDiagnostics(diagnostics)) ctx.err(formatDiagnostic(d));
  ctx.out(summarizeDiagnostics(diagnostics, tree.files, 'spec'));
  ctx.out(`emitted ${result.files.length} files to ${values.out}: ${result.written} written, ${result.unchanged} unchanged, ${result.removed} removed`);
  return hasErrors(diagnostics) ? 1 : 0;
}
