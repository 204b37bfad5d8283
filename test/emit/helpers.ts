/** Shared helpers of the emit tests: fixture specs through the pipeline, and running the repo's tsc. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildModel, type SpecSource } from '../../generator/model/build-model.js';
import { emitPackage, type OutputFile } from '../../generator/emit/emit-package.js';
import type { EmitOptions } from '../../generator/emit/options.js';
import { runtimeFromDir } from '../../generator/emit/pipeline.js';
import { formatFiles, loadPrettierConfig } from '../../generator/write/format-files.js';
import { readSpec } from '../../generator/spec/read.js';
import type { Diagnostic } from '../../generator/diagnostics.js';

export const ROOT = join(import.meta.dirname, '../..');
export const FIXTURE_DIR = 'test/fixtures/specs';
export const TSC = join(ROOT, 'node_modules/.bin/tsc');

export function fixtureSpecs(): SpecSource[] {
  return readdirSync(join(ROOT, FIXTURE_DIR))
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const file = `${FIXTURE_DIR}/${name}`;
      const read = readSpec(readFileSync(join(ROOT, file), 'utf8'), file);
      if (!read.spec) throw new Error(`fixture ${file} does not read: ${JSON.stringify(read.diagnostics)}`);
      return { spec: read.spec, file, lines: read.lines };
    });
}

export async function emitFormatted(specs: readonly SpecSource[], options: EmitOptions = {}): Promise<{ files: OutputFile[]; diagnostics: Diagnostic[] }> {
  const { model, diagnostics } = buildModel(specs, options);
  const emitted = emitPackage(model, { ...options, runtime: runtimeFromDir(join(ROOT, 'runtime/src')) });
  const { files } = await formatFiles(emitted, { config: await loadPrettierConfig(join(ROOT, '.prettierrc.json')) });
  return { files, diagnostics };
}

/** Writes files into a fresh folder under `test/tmp/`. */
export function writeTemp(name: string, files: readonly OutputFile[]): string {
  const dir = join(ROOT, 'test/tmp', name);
  rmSync(dir, { recursive: true, force: true });
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.text);
  }
  return dir;
}

/** Runs tsc; returns its output ('' when clean). */
export function tsc(args: string[], cwd: string): string {
  try {
    execFileSync(TSC, args, { cwd, encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return `${e.stdout ?? ''}${e.stderr ?? ''}` || String(error);
  }
}
