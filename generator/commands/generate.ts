/**
 * `topgen generate`: parse the page folder into `specs/`, apply patches, check, and emit `generated/`.
 * Prints each stage's time, what changed in the specs, and the diagnostics; exit 1 when any API failed.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { allDiagnostics, fingerprintOf, loadState, reportDiagnostics, saveState, scanForChanges } from './build-state.js';
import { loadConfig, type Int64Option } from './config.js';
import type { CommandContext } from './context.js';
import { formatFigure, Meter } from '../meter.js';

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

  const meter = new Meter();
  const timer = stageTimer(ctx, meter);
  const cacheDir = join(ctx.cwd, '.topgen-cache');
  const fingerprint = await fingerprintOf(config, ctx.cwd, TOOL_ROOT);
  const state = await loadState(cacheDir);
  if (state?.fingerprint === fingerprint) {
    const scan = await scanForChanges(state, config, ctx.cwd);
    if ('scanned' in scan) {
      timer('parse', `${scan.scanned.length} inputs, ${scan.changed.length} changed → ${scan.affected.size} APIs to redo`);
      if (scan.affected.size === 0) {
        await saveState(cacheDir, { ...state, inputs: scan.inputs });
        timer('emit', 'nothing to emit: every spec and file is as the last run left it');
        return finish(reportDiagnostics(allDiagnostics(state), state.specCount, ctx));
      }
      const { runIncremental } = await import('./generate-run.js');
      const code = await runIncremental(state, scan, config, ctx, timer);
      if (typeof code === 'number') return finish(code);
      ctx.out(`full run: ${code.reason}`);
    } else ctx.out(`full run: ${scan.reason}`);
  } else ctx.out(state ? 'full run: the generator, its config or the patches changed' : 'full run: no state of an earlier run');
  const { runFull } = await import('./generate-run.js');
  return finish(await runFull(config, ctx, timer, fingerprint));

  function finish(code: number): number {
    ctx.out(`${'total'.padEnd(6)} ${formatFigure(meter.total())}  since the process started; peak RSS ${meter.method === 'per-step' ? 'per stage' : 'of the process so far'}`);
    return code;
  }
}

/**
 * Prints a stage line: `parse    1.04 s   312 MB  <detail>`, the stage's wall time and peak RSS. `meter` is the
 * stages' meter, for stages that time their sub-steps (`generatePackage`'s `meter`).
 */
export interface Timer {
  (stage: string, detail: string): void;
  readonly meter: Meter;
}

function stageTimer(ctx: CommandContext, meter: Meter): Timer {
  const timer = (stage: string, detail: string): void => ctx.out(`${stage.padEnd(6)} ${formatFigure(meter.stage())}  ${detail}`);
  return Object.assign(timer, { meter });
}
