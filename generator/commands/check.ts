/** `topgen check [--specs specs/] [--patches patches/]`: read every spec, apply patches, normalise types, check TOP rules. */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic, hasErrors, sortDiagnostics, summarizeDiagnostics } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import { checkSpec } from '../spec/check.js';
import { SPEC_CODES } from '../spec/codes.js';
import { checkInputLimits } from '../spec/limits.js';
import { normalizeTypes } from '../spec/normalize.js';
import { applyPatches, loadPatches } from '../spec/patch.js';
import type { SpecPatch } from '../spec/patch.js';
import { readSpec } from '../spec/read.js';
import type { ApiSpec } from '../spec/types.js';
import type { CommandContext } from './context.js';
import { listFiles, toPosix } from './files.js';

export interface SpecEntry {
  spec: ApiSpec;
  /** Where the spec came from, for diagnostics. */
  file: string;
  /** Param path → line, from `readSpec` (absent for specs parsed straight from pages). */
  lines?: ReadonlyMap<string, number>;
}

export interface CheckSpecsOptions {
  /** Warn (TOP404) about patches whose API is not among `entries`: right for a whole tree, noise for a subset. */
  reportUnusedPatches?: boolean;
}

export interface CheckSpecsResult {
  /** The specs after patches and type normalisation, in input order: what to emit. */
  specs: ApiSpec[];
  /** Patch ops applied, one line each. */
  applied: string[];
  diagnostics: Diagnostic[];
}

/** Pure: patches, then type normalisation, then the TOP rules, for each spec. */
export function checkSpecs(entries: readonly SpecEntry[], patches: readonly SpecPatch[] = [], opts: CheckSpecsOptions = {}): CheckSpecsResult {
  const byApi = new Map<string, SpecPatch[]>();
  for (const p of patches) byApi.set(p.api, [...(byApi.get(p.api) ?? []), p]);
  const used = new Set<string>();
  const specs: ApiSpec[] = [];
  const applied: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const entry of entries) {
    let spec = entry.spec;
    const mine = byApi.get(spec.api);
    if (mine) {
      used.add(spec.api);
      const r = applyPatches(spec, mine);
      spec = r.spec;
      applied.push(...r.applied);
      diagnostics.push(...r.diagnostics);
    }
    const n = normalizeTypes(spec, { file: entry.file, ...(entry.lines ? { lines: entry.lines } : {}) });
    diagnostics.push(...n.diagnostics, ...checkSpec(n.spec, { file: entry.file, ...(entry.lines ? { lines: entry.lines } : {}) }));
    specs.push(n.spec);
  }
  if (opts.reportUnusedPatches) {
    for (const p of patches) {
      if (!used.has(p.api)) diagnostics.push({ code: SPEC_CODES.patchUnused, severity: 'warning', message: `patch for ${p.api}, which no checked spec has`, file: p.file ?? '', line: 1, api: p.api });
    }
  }
  return { specs, applied, diagnostics };
}

/** Reads one spec file's text: limits first, then YAML, with the line of `api:` added to the line map. */
export function readSpecText(text: string, file: string): { entry?: SpecEntry; diagnostics: Diagnostic[] } {
  const limits = checkInputLimits(text, file);
  if (limits.length > 0) return { diagnostics: limits };
  const r = readSpec(text, file);
  if (!r.spec) return { diagnostics: r.diagnostics };
  const m = /^api\s*:/m.exec(text);
  const lines = new Map(r.lines);
  lines.set('api', m ? text.slice(0, m.index).split('\n').length : 1);
  return { entry: { spec: r.spec, file, lines }, diagnostics: r.diagnostics };
}

/**
 * Every spec file under `dir` (`*.yaml`/`*.yml`, recursively; dot-folders, node_modules and a `patches/` folder
 * skipped), read with its line map. Undefined when the folder does not exist.
 */
export async function readSpecTree(dir: string, cwd: string): Promise<{ entries: SpecEntry[]; diagnostics: Diagnostic[]; files: number } | undefined> {
  const files = await listFiles(dir, (name) => name.endsWith('.yaml') || name.endsWith('.yml'), (name) => name !== 'patches').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (!files) return undefined;
  const diagnostics: Diagnostic[] = [];
  const entries: SpecEntry[] = [];
  for (const abs of files) {
    const r = readSpecText(await readFile(abs, 'utf8'), toPosix(relative(cwd, abs)));
    diagnostics.push(...r.diagnostics);
    if (r.entry) entries.push(r.entry);
  }
  return { entries, diagnostics, files: files.length };
}

export async function runCheck(args: string[], ctx: CommandContext): Promise<number> {
  const { values } = parseArgs({ args, allowPositionals: false, options: { specs: { type: 'string', default: 'specs' }, patches: { type: 'string' } } });
  const tree = await readSpecTree(join(ctx.cwd, values.specs), ctx.cwd);
  if (!tree) {
    ctx.err(`topgen check: no folder ${values.specs}`);
    return 2;
  }
  const diagnostics: Diagnostic[] = [...tree.diagnostics];
  const patches = await loadPatches(values.patches ?? 'patches', ctx.cwd);
  diagnostics.push(...patches.diagnostics);
  const checked = checkSpecs(tree.entries, patches.patches, { reportUnusedPatches: true });
  diagnostics.push(...checked.diagnostics);
  for (const d of sortDiagnostics(diagnostics)) ctx.err(formatDiagnostic(d));
  ctx.err(summarizeDiagnostics(diagnostics, tree.files, 'spec'));
  return hasErrors(diagnostics) ? 1 : 0;
}
