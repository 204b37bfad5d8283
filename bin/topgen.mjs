#!/usr/bin/env node
// Entry of the `topgen` command. It runs the CLI from a bundle of generator/ that esbuild makes on the first run after
// a source change (generator/.dist, git-ignored, keyed by the sources' sizes and mtimes): starting through tsx's
// loader instead costs about 0.7 s per run, most of the budget of a regenerate. Lazily loaded commands stay separate
// chunks, so `topgen diff` never loads the HTML parser. The bundle sits two levels under the repo root, like the
// sources, so their `new URL('../../…', import.meta.url)` paths hold. TOPGEN_NO_BUNDLE=1 runs the sources through tsx.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = join(ROOT, 'generator/.dist');

async function loadCli() {
  if (process.env.TOPGEN_NO_BUNDLE === '1') return viaTsx();
  const key = sourceKey();
  const entry = join(DIST, `cli-${key}.mjs`);
  if (!existsSync(entry)) {
    try {
      await bundle(key);
    } catch (error) {
      process.stderr.write(`topgen: could not bundle the CLI (${error instanceof Error ? error.message : String(error)}); running the sources\n`);
      return viaTsx();
    }
  }
  return import(pathToFileURL(entry).href);
}

async function viaTsx() {
  const { register } = await import('tsx/esm/api');
  register();
  return import('../generator/cli.ts');
}

/** Sizes and mtimes of everything the bundle is made of: generator/ and the runtime sources it imports. */
function sourceKey() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name.startsWith('.')) continue;
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else {
        const s = statSync(full);
        hash.update(`${full}\0${s.size}\0${s.mtimeMs}\0`);
      }
    }
  };
  walk(join(ROOT, 'generator'));
  walk(join(ROOT, 'runtime/src'));
  return hash.digest('hex').slice(0, 16);
}

/** Builds into a fresh folder and swaps it in, so concurrent runs never see half a bundle. */
async function bundle(key) {
  const { build } = await import('esbuild');
  const tmp = join(ROOT, `generator/.dist-${process.pid}-${key}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  await build({
    entryPoints: { [`cli-${key}`]: join(ROOT, 'generator/cli.ts') },
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    chunkNames: `chunk-${key}-[hash]`,
    outExtension: { '.js': '.mjs' },
    logLevel: 'silent',
  });
  copyFileSync(join(ROOT, 'generator/write/format-worker.mjs'), join(tmp, 'format-worker.mjs'));
  rmSync(DIST, { recursive: true, force: true });
  try {
    renameSync(tmp, DIST);
  } catch (error) {
    // Another run swapped its bundle in first: use that one if it is this key's.
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(join(DIST, `cli-${key}.mjs`))) throw error;
  }
}

const { main } = await loadCli();
process.exitCode = await main(process.argv.slice(2));
