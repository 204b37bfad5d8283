/**
 * `topgen diff <old specs dir> <new specs dir> [--json] [--info] [--fail-on-breaking]`: what changed between two spec folders.
 *
 * The diff is informational: exit 0 whatever changed, unless `--fail-on-breaking` is given and a breaking change
 * is found (exit 1). Spec files that do not read (shape errors) are reported on stderr and make the exit code 1;
 * a missing folder or bad usage exits 2. `--info` adds title/description/example/constraint changes.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic, hasErrors, sortDiagnostics } from '../diagnostics.js';
import { diffSpecs } from '../diff/index.js';
import { readSpecDir } from '../diff/read-dir.js';
import { formatDiffJson, formatDiffText } from '../diff/report.js';
import type { CommandContext } from './context.js';

const USAGE = 'usage: topgen diff <old specs dir> <new specs dir> [--json] [--info] [--fail-on-breaking]';

export async function runDiff(args: string[], ctx: CommandContext): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, info: { type: 'boolean', default: false }, 'fail-on-breaking': { type: 'boolean', default: false } },
    });
  } catch (error) {
    ctx.err(`topgen diff: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 2) {
    ctx.err(USAGE);
    return 2;
  }
  const dirs = positionals.map((p) => resolve(ctx.cwd, p));
  for (const [i, d] of dirs.entries()) {
    const info = await stat(d).catch(() => undefined);
    if (!info?.isDirectory()) {
      ctx.err(`topgen diff: not a folder: ${positionals[i]}`);
      return 2;
    }
  }
  const [oldRead, newRead] = await Promise.all(dirs.map((d, i) => readSpecDir(d, positionals[i])));
  if (!oldRead || !newRead) return 2;
  const diagnostics = [...oldRead.diagnostics, ...newRead.diagnostics];
  for (const d of sortDiagnostics(diagnostics)) ctx.err(formatDiagnostic(d));
  const changes = diffSpecs(oldRead.specs, newRead.specs, { includeInfo: values.info });
  if (values.json) ctx.out(formatDiffJson(changes));
  else for (const line of formatDiffText(changes)) ctx.out(line);
  if (hasErrors(diagnostics)) return 1;
  if (values['fail-on-breaking'] && changes.some((c) => c.severity === 'breaking')) return 1;
  return 0;
}
