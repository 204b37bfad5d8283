/** `topgen parse <files|dirs…> [--out specs/]`: doc pages → one YAML spec per API. */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { formatDiagnostic, hasErrors, sortDiagnostics } from '../diagnostics.js';
import { parseInputs } from '../parse/index.js';
import { specPath } from '../spec/path.js';
import { writeSpec } from '../spec/write.js';
import type { CommandContext } from './context.js';
import { collectInputs, writeTree } from './files.js';

export async function runParse(args: string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string', default: 'specs' } } });
  if (positionals.length === 0) {
    ctx.err('usage: topgen parse <files|dirs…> [--out specs/]');
    return 2;
  }
  const inputs = await collectInputs(positionals, ctx.cwd);
  const { specs, diagnostics, failed } = parseInputs(inputs);
  const files = new Map(specs.map((spec) => [specPath(spec), writeSpec(spec)]));
  const written = await writeTree(resolve(ctx.cwd, values.out), files);
  for (const d of sortDiagnostics(diagnostics)) ctx.err(formatDiagnostic(d));
  ctx.out(`parsed ${inputs.length} inputs: ${specs.length} specs (${written.written.length} written, ${written.unchanged} unchanged), ${failed.length} inputs failed`);
  return hasErrors(diagnostics) ? 1 : 0;
}
