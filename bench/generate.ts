/**
 * Generator benchmark: the whole catalog through `topgen generate` as a child process, cold (empty output, specs,
 * caches, state and CLI bundle), warm (nothing changed) and incremental (one doc's description edited), into bench/tmp/.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { runChild, type RssMethod } from './child.js';
import { folderSize, tail } from './util.js';

const COLD_RUNS = 3;
const INCREMENTAL_RUNS = 3;

export const STAGES = ['parse', 'specs', 'check', 'emit'] as const;
export type Stage = (typeof STAGES)[number];

export interface GenerateRun {
  /** The run got through every stage (an `emit` line was printed) and was not killed. */
  completed: boolean;
  exitCode: number | null;
  wallMs: number;
  peakRssBytes: number | null;
  rssMethod: RssMethod;
  /** Seconds per stage as the command printed them; null when the stage line is missing. */
  stages: Record<Stage, number | null>;
  /** Peak RSS per stage in bytes, as the command printed it (its own high-water mark, reset per stage). */
  stagePeaks: Record<Stage, number | null>;
  /** The detail text of each stage line (counts), null when missing. */
  details: Record<Stage, string | null>;
  /** Sub-steps of a stage printed on an indented line (`  model 0.56 s 210 MB, emit 9.08 s 300 MB, …`). */
  substeps: Record<string, { s: number; peakRssBytes: number | null }>;
  outFiles: number;
  outBytes: number;
  /** Last lines of stderr/stdout when the run did not complete. */
  failure: string | null;
}

export interface GenerateBench {
  config: string;
  changedDoc: string | null;
  /** The cold run of median wall time. */
  cold: GenerateRun;
  /** Wall seconds of every cold run, in order. */
  coldWallS: number[];
  warm: GenerateRun;
  incremental: GenerateRun | null;
}

const STAGE_LINE = /^(\w+)\s+(\d+(?:\.\d+)?)\s+s\b(?:\s+(\d+)\s+MB\b)?\s*(.*)$/;
const MB = 1024 * 1024;

export interface StageLines {
  stages: Record<Stage, number | null>;
  stagePeaks: Record<Stage, number | null>;
  details: Record<Stage, string | null>;
  /** The `total` line: the command's own wall time and peak RSS over the whole run. */
  total: { s: number; peakRssBytes: number | null } | null;
}

/** Per-stage seconds and peak RSS out of the command's output (`parse    0.52 s   312 MB  <detail>`). */
export function parseStageLines(stdout: string): StageLines {
  const stages = { parse: null, specs: null, check: null, emit: null } as Record<Stage, number | null>;
  const stagePeaks = { parse: null, specs: null, check: null, emit: null } as Record<Stage, number | null>;
  const details = { parse: null, specs: null, check: null, emit: null } as Record<Stage, string | null>;
  let total: StageLines['total'] = null;
  for (const line of stdout.split('\n')) {
    if (/^\s/.test(line)) continue;
    const m = STAGE_LINE.exec(line.trim());
    if (!m) continue;
    const peak = m[3] === undefined ? null : Number(m[3]) * MB;
    if (m[1] === 'total') {
      total = { s: Number(m[2]), peakRssBytes: peak };
      continue;
    }
    const name = m[1] as Stage;
    if (!(STAGES as readonly string[]).includes(name)) continue;
    stages[name] = Number(m[2]);
    stagePeaks[name] = peak;
    details[name] = m[4] ?? '';
  }
  return { stages, stagePeaks, details, total };
}

/** Indented `name 1.23 s 210 MB, name 4.56 s 300 MB` lines (sub-steps of a stage; MB optional), by name. */
export function parseSubsteps(stdout: string): GenerateRun['substeps'] {
  const out: GenerateRun['substeps'] = {};
  for (const line of stdout.split('\n')) {
    if (!/^\s+\w+ \d+(?:\.\d+)? s(?: \d+ MB)?(?:,|$)/.test(line)) continue;
    for (const m of line.matchAll(/(\w+) (\d+(?:\.\d+)?) s(?: (\d+) MB)?/g)) out[m[1]!] = { s: Number(m[2]), peakRssBytes: m[3] === undefined ? null : Number(m[3]) * MB };
  }
  return out;
}

async function runGenerate(root: string, configFile: string, outDir: string, tmpDir: string): Promise<GenerateRun> {
  const run = await runChild(process.execPath, ['bin/topgen.mjs', 'generate', '--config', relative(root, configFile)], {
    cwd: root,
    tmpDir,
    timeoutMs: 10 * 60_000,
  });
  const { stages, stagePeaks, details, total } = parseStageLines(run.stdout);
  const substeps = parseSubsteps(run.stdout);
  const size = await folderSize(outDir);
  const completed = stages.emit !== null && !run.timedOut && run.signal === null;
  let failure: string | null = null;
  if (!completed) {
    const why = run.timedOut ? 'timed out' : run.signal ? `killed by ${run.signal}` : `exit code ${run.exitCode}, no "emit" stage line`;
    failure = `${why}\n--- stderr (tail) ---\n${tail(run.stderr)}\n--- stdout (tail) ---\n${tail(run.stdout, 8)}`;
  }
  return {
    completed,
    exitCode: run.exitCode,
    wallMs: run.wallMs,
    // The command resets its high-water mark per stage, which the kernel also reports to the parent: the run's peak
    // is the higher of the two readings.
    peakRssBytes: maxOf(run.peakRssBytes, total?.peakRssBytes ?? null),
    rssMethod: run.rssMethod,
    stages,
    stagePeaks,
    details,
    substeps,
    outFiles: size.files,
    outBytes: size.bytes,
    failure,
  };
}

/** The run of median wall time; a failed run counts as slowest, so any failure among few runs shows. */
function medianRun(runs: GenerateRun[]): GenerateRun {
  const sorted = [...runs].sort((a, b) => (a.completed === b.completed ? a.wallMs - b.wallMs : a.completed ? -1 : 1));
  return sorted[Math.floor(sorted.length / 2)]!;
}

function maxOf(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

/** Every `.json` file under `dir`, sorted (deterministic pick of the doc to edit). */
async function jsonFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true }).catch(() => []);
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = join(d, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile() && e.name.endsWith('.json')) out.push(full);
    }
  };
  await walk(dir);
  return out;
}

/** Edits the description of the `nth` API doc (JSON with `name` and a string `description`) under `dir`. */
async function editOneDoc(dir: string, nth = 0): Promise<string | null> {
  let seen = 0;
  for (const file of await jsonFiles(dir)) {
    let doc: unknown;
    try {
      doc = JSON.parse(await readFile(file, 'utf8'));
    } catch {
      continue;
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) continue;
    const d = doc as Record<string, unknown>;
    if (typeof d.name !== 'string' || typeof d.description !== 'string' || !Array.isArray(d.requestParams)) continue;
    if (seen++ < nth) continue;
    d.description = `${d.description} (edited by the benchmark)`;
    await writeFile(file, `${JSON.stringify(d, null, '\t')}\n`);
    return file;
  }
  return null;
}

/**
 * Trees of earlier runs are moved here (a rename) instead of deleted before a cold run, and deleted when the benchmark
 * is done (`clearBenchTrash`): on this machine's disk (ext4 with online discard), deleting ~9,000 files just before a
 * run made its file creation 2–3× slower (cold runs of 14–16 s instead of 8–10 s), which measures the disk's
 * aftermath of our own clean-up, not `generate`.
 */
const TRASH = 'bench/tmp/trash';

/** Moves folders aside into the trash, each under a number of its own. */
function trashMover(root: string): (dir: string) => Promise<void> {
  let moved = 0;
  return async (dir) => {
    if (!existsSync(dir)) return;
    await mkdir(join(root, TRASH), { recursive: true });
    await rename(dir, join(root, TRASH, `${moved++}-${process.pid}`));
  };
}

/** Deletes what the benchmark moved aside; call it after the last measurement. */
export async function clearBenchTrash(root: string): Promise<void> {
  await rm(join(root, TRASH), { recursive: true, force: true });
}

export async function benchGenerate(root: string, log: (line: string) => void): Promise<GenerateBench> {
  const tmp = join(root, 'bench/tmp');
  const pagesDir = join(tmp, 'pages');
  const moveToTrash = trashMover(root);
  await mkdir(tmp, { recursive: true });
  // The last cold run writes where the warm and incremental runs and `tsc` then work: bench/tmp/{specs,generated}.
  const runDirs = (n: number) => (n === COLD_RUNS ? tmp : join(tmp, `cold-${n}`));
  const outDir = join(runDirs(COLD_RUNS), 'generated');
  for (let n = 1; n <= COLD_RUNS; n++) {
    await moveToTrash(join(runDirs(n), 'generated'));
    await moveToTrash(join(runDirs(n), 'specs'));
  }

  // A copy of the project's config, with its page folders copied under bench/tmp/pages (so that one doc can be
  // edited) and specs/output redirected to bench/tmp (never the project's specs/ or generated/).
  const projectConfig = JSON.parse(await readFile(join(root, 'topgen.config.json'), 'utf8').catch(() => '{}')) as Record<string, unknown>;
  const pages = Array.isArray(projectConfig.pages) ? (projectConfig.pages as string[]) : ['pages'];
  await moveToTrash(pagesDir);
  const copiedPages: string[] = [];
  for (const p of pages) {
    const dest = join(pagesDir, p);
    await cp(join(root, p), dest, { recursive: true });
    copiedPages.push(relative(root, dest));
  }
  const configOf = async (n: number): Promise<string> => {
    const dir = runDirs(n);
    const config = { ...projectConfig, pages: copiedPages, specs: relative(root, join(dir, 'specs')), out: relative(root, join(dir, 'generated')) };
    const file = join(tmp, n === COLD_RUNS ? 'topgen.bench.json' : `topgen.bench-cold-${n}.json`);
    await writeFile(file, `${JSON.stringify(config, null, 2)}\n`);
    return file;
  };
  const configFile = await configOf(COLD_RUNS);

  // Cold: no specs, no output (each run its own fresh folders), no format cache, no state of an earlier run, no CLI
  // bundle. Three times, the run of median wall time reported: writing ~9,000 files on a shared disk varies by seconds.
  const colds: GenerateRun[] = [];
  for (let n = 1; n <= COLD_RUNS; n++) {
    await rm(join(root, '.topgen-cache'), { recursive: true, force: true });
    await rm(join(root, 'generator/.dist'), { recursive: true, force: true });
    log(`generate: cold run ${n}/${COLD_RUNS}…`);
    colds.push(await runGenerate(root, await configOf(n), join(runDirs(n), 'generated'), tmp));
  }
  for (let n = 1; n < COLD_RUNS; n++) await moveToTrash(runDirs(n));
  const cold = medianRun(colds);
  log('generate: warm run…');
  const warm = await runGenerate(root, configFile, outDir, tmp);

  // One changed doc, three times (three different docs): the run of median wall time is reported, as one run on a
  // shared 2-core machine varies by a few hundred milliseconds.
  const runs: { run: GenerateRun; doc: string }[] = [];
  for (let nth = 0; nth < INCREMENTAL_RUNS; nth++) {
    const edited = await editOneDoc(pagesDir, nth);
    if (!edited) break;
    log(`generate: incremental run ${nth + 1}/${INCREMENTAL_RUNS} (edited ${relative(pagesDir, edited)})…`);
    runs.push({ run: await runGenerate(root, configFile, outDir, tmp), doc: relative(pagesDir, edited) });
  }
  if (runs.length === 0) log('generate: no API doc found to edit; incremental run skipped');
  runs.sort((a, b) => a.run.wallMs - b.run.wallMs);
  const median = runs[Math.floor(runs.length / 2)];
  const incremental = median?.run ?? null;
  const changedDoc = median ? `${median.doc} (median of ${runs.length} runs: ${runs.map((r) => (r.run.wallMs / 1000).toFixed(2)).join(', ')} s)` : null;
  return { config: relative(root, configFile), changedDoc, cold, coldWallS: colds.map((r) => r.wallMs / 1000), warm, incremental };
}
