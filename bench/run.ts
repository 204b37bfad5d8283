/**
 * `npm run bench`: generator (cold / warm / one changed doc), `tsc --noEmit` over the generated package, runtime
 * per-call overhead and lossless JSON throughput. Prints a table against the targets and writes
 * bench/results.json (stable key order, machine info) to compare across commits.
 *
 * Flags: --no-generate, --no-tsc, --no-runtime (skip a part; its figures are reported as n/a).
 */
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchGenerate, clearBenchTrash, STAGES, type GenerateBench, type GenerateRun } from './generate.js';
import { benchTsc, type TscBench } from './tsc.js';
import { benchRuntime, type RuntimeBench } from './runtime.js';
import { MB, round } from './util.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const log = (line: string): void => void process.stderr.write(`${line}\n`);

type Status = 'met' | 'not met' | 'n/a' | 'info';
interface Row {
  figure: string;
  value: number | null;
  unit: string;
  /** Upper bound, null for informational figures. */
  target: number | null;
  status: Status;
  note?: string;
}

const rows: Row[] = [];
function row(figure: string, value: number | null | undefined, unit: string, target: number | null, note?: string): void {
  const v = value === undefined || value === null || !Number.isFinite(value) ? null : value;
  const status: Status = target === null ? (v === null ? 'n/a' : 'info') : v === null ? 'n/a' : v <= target ? 'met' : 'not met';
  rows.push({ figure, value: v, unit, target, status, ...(note ? { note } : {}) });
}

function gitCommit(): string | null {
  try {
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return dirty ? `${sha}+dirty` : sha;
  } catch {
    return null;
  }
}

let generate: GenerateBench | null = null;
let generateError: string | null = null;
if (!args.has('--no-generate')) {
  try {
    generate = await benchGenerate(root, log);
  } catch (e) {
    generateError = (e as Error).stack ?? String(e);
    log(`generate benchmark failed: ${generateError}`);
  }
}
let tsc: TscBench | null = null;
if (!args.has('--no-tsc')) {
  try {
    tsc = await benchTsc(root, log);
  } catch (e) {
    log(`tsc benchmark failed: ${(e as Error).stack ?? String(e)}`);
  }
}
let runtime: RuntimeBench | null = null;
if (!args.has('--no-runtime')) {
  try {
    runtime = await benchRuntime(log);
  } catch (e) {
    log(`runtime benchmark failed: ${(e as Error).stack ?? String(e)}`);
  }
}

// Rows, in the order of the targets.
const s = (ms: number | null | undefined): number | null => (ms === null || ms === undefined ? null : ms / 1000);
const ok = (r: GenerateRun | null | undefined): GenerateRun | null => (r && r.completed ? r : null);
const failNote = (r: GenerateRun | null | undefined): string | undefined => (r && !r.completed ? 'run failed (see below)' : r ? undefined : 'not run');
row('generate, cold (wall)', s(ok(generate?.cold)?.wallMs), 's', 15, failNote(generate?.cold) ?? (generate ? `median of ${generate.coldWallS.map((w) => w.toFixed(2)).join(', ')} s` : undefined));
row('generate, warm (wall)', s(ok(generate?.warm)?.wallMs), 's', 2, failNote(generate?.warm));
row('generate, one changed doc (wall)', s(ok(generate?.incremental)?.wallMs), 's', 1, failNote(generate?.incremental) ?? generate?.changedDoc?.replace(/^.*\((median.*)\)$/, '$1'));
const runs = [generate?.cold, generate?.warm, generate?.incremental].filter((r): r is GenerateRun => !!r);
const rss = runs.map((r) => r.peakRssBytes).filter((v): v is number => v !== null);
row('generate, peak RSS (max of runs)', rss.length ? Math.max(...rss) / MB : null, 'MB', 1536, runs[0] ? `via ${runs[0].rssMethod} and the command's own per-stage high-water marks` : undefined);
for (const [label, r] of [['cold', generate?.cold], ['warm', generate?.warm], ['1 doc', generate?.incremental]] as const) {
  for (const stage of STAGES) {
    const peak = r?.stagePeaks[stage];
    row(`  ${label}: stage ${stage}`, r?.stages[stage] ?? null, 's', null, peak ? `peak RSS ${(peak / MB).toFixed(0)} MB` : undefined);
  }
  if (r && Object.keys(r.substeps).length)
    row(
      `  ${label}: sub-steps of emit`,
      null,
      '',
      null,
      Object.entries(r.substeps)
        .map(([k, v]) => `${k} ${v.s.toFixed(2)} s${v.peakRssBytes ? ` ${(v.peakRssBytes / MB).toFixed(0)} MB` : ''}`)
        .join(', '),
    );
  row(`  ${label}: files / MB written under out`, r ? r.outFiles : null, 'files', null, r ? `${(r.outBytes / MB).toFixed(2)} MB` : undefined);
}
row('tsc --noEmit, generated package', tsc?.ran && !tsc.failure?.startsWith('timed out') ? s(tsc.wallMs) : null, 's', 60, tsc?.failure ? tsc.failure.split('\n')[0] : tsc?.temporaryTsconfig ? 'temporary tsconfig' : undefined);
row('  tsc peak RSS', tsc?.peakRssBytes ? tsc.peakRssBytes / MB : null, 'MB', null);
const u = runtime?.us;
row('per-call overhead, small response (full call)', u?.callSmall, 'µs', 50, 'serialize+sign+fake fetch+decode');
row('request side of trades call (serialize+sign)', u?.requestSide, 'µs', 50);
row('  serialize (trades request)', u?.serialize, 'µs', null);
row('  sign md5', u?.sign, 'µs', null);
row(`  decode ${runtime ? `${(runtime.bodyBytes / 1024).toFixed(0)} KB` : ''} trades response`, u?.decode, 'µs', null);
row('  JSON.parse of the same body', u?.jsonParse, 'µs', null);
row('  full call, trades response', u?.callLarge, 'µs', null);
row('  full call minus JSON.parse', u?.callLargeOverJsonParse, 'µs', null);
row('lossless decode ÷ JSON.parse (time)', runtime?.throughput.decodeRatio, '×', 2, 'decodeResponse: lossless parse + schema walk');
row('  lossless parse alone ÷ JSON.parse', runtime?.throughput.ratio, '×', null, 'parseJsonLossless');
row('  decodeResponse throughput', runtime?.throughput.decodeMBps, 'MB/s', null);
row('  parseJsonLossless throughput', runtime?.throughput.losslessMBps, 'MB/s', null);
row('  JSON.parse throughput', runtime?.throughput.jsonParseMBps, 'MB/s', null);

// Table.
const fmt = (v: number | null, unit: string): string => {
  if (unit === '') return '';
  if (v === null) return 'n/a';
  const digits = unit === 'files' ? 0 : Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2;
  return `${v.toFixed(digits)} ${unit}`;
};
const table = rows.map((r) => [r.figure, fmt(r.value, r.unit), r.target === null ? '' : `≤ ${r.target} ${r.unit}`, r.status === 'info' || r.target === null ? '' : r.status, r.note ?? '']);
const head = ['figure', 'measured', 'target', 'status', 'note'];
const widths = head.map((h, i) => Math.max(h.length, ...table.map((t) => t[i]!.length)));
const line = (cells: string[]): string => cells.map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
const machine = {
  cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
  cpuCount: cpus().length,
  totalMemoryBytes: totalmem(),
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
};
const date = new Date().toISOString();
const commit = gitCommit();
console.log(`topgen bench — ${date} — ${commit ?? 'no git'}`);
console.log(`${machine.cpuModel} ×${machine.cpuCount}, ${(machine.totalMemoryBytes / 1024 ** 3).toFixed(1)} GB, node ${machine.node}\n`);
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const t of table) console.log(line(t));

const failures: string[] = [];
if (generateError) failures.push(`generate: ${generateError}`);
for (const [label, r] of [['cold', generate?.cold], ['warm', generate?.warm], ['one changed doc', generate?.incremental]] as const)
  if (r?.failure) failures.push(`generate (${label}): ${r.failure}`);
if (tsc?.failure) failures.push(`tsc: ${tsc.failure}`);
if (runtime && !runtime.idsExact) failures.push('runtime: decoded trade id differs from the body (19-digit ids not lossless?)');
if (failures.length) {
  console.log('\nproblems:');
  for (const f of failures) console.log(`- ${f.replace(/\n/g, '\n  ')}`);
}
const targets = rows.filter((r) => r.target !== null);
console.log(`\n${targets.filter((r) => r.status === 'met').length}/${targets.length} targets met, ${targets.filter((r) => r.status === 'not met').length} not met, ${targets.filter((r) => r.status === 'n/a').length} n/a`);

// results.json: fixed key order, rounded figures.
const runJson = (r: GenerateRun | null | undefined): object | null =>
  r
    ? {
        completed: r.completed,
        exitCode: r.exitCode,
        wallS: round(r.wallMs / 1000),
        peakRssMB: round(r.peakRssBytes === null ? null : r.peakRssBytes / MB, 1),
        rssMethod: r.rssMethod,
        stagesS: Object.fromEntries(STAGES.map((st) => [st, r.stages[st]])),
        stagePeakRssMB: Object.fromEntries(STAGES.map((st) => [st, round(r.stagePeaks[st] === null ? null : r.stagePeaks[st]! / MB, 0)])),
        stageDetails: Object.fromEntries(STAGES.map((st) => [st, r.details[st]])),
        substeps: Object.fromEntries(
          Object.keys(r.substeps)
            .sort()
            .map((k) => [k, { s: r.substeps[k]!.s, peakRssMB: round(r.substeps[k]!.peakRssBytes === null ? null : r.substeps[k]!.peakRssBytes! / MB, 0) }]),
        ),
        outFiles: r.outFiles,
        outBytes: r.outBytes,
        failure: r.failure,
      }
    : null;
const results = {
  version: 1,
  date,
  commit,
  machine,
  generate: generate
    ? { config: generate.config, changedDoc: generate.changedDoc, coldWallS: generate.coldWallS.map((w) => round(w)), cold: runJson(generate.cold), warm: runJson(generate.warm), incremental: runJson(generate.incremental) }
    : { error: generateError ?? 'skipped' },
  tsc: tsc
    ? {
        tsconfig: tsc.tsconfig,
        temporaryTsconfig: tsc.temporaryTsconfig,
        exitCode: tsc.exitCode,
        wallS: round(s(tsc.wallMs)),
        peakRssMB: round(tsc.peakRssBytes === null ? null : tsc.peakRssBytes / MB, 1),
        errors: tsc.errors,
        failure: tsc.failure,
      }
    : null,
  runtime: runtime
    ? {
        bodyBytes: runtime.bodyBytes,
        trades: runtime.trades,
        iterations: runtime.iterations,
        us: Object.fromEntries(Object.entries(runtime.us).map(([k, v]) => [k, round(v, 2)])),
        throughput: {
          losslessMBps: round(runtime.throughput.losslessMBps, 1),
          decodeMBps: round(runtime.throughput.decodeMBps, 1),
          jsonParseMBps: round(runtime.throughput.jsonParseMBps, 1),
          ratio: round(runtime.throughput.ratio, 3),
          decodeRatio: round(runtime.throughput.decodeRatio, 3),
        },
        idsExact: runtime.idsExact,
      }
    : null,
  targets: targets.map((r) => ({ figure: r.figure, value: round(r.value, 3), unit: r.unit, target: r.target, status: r.status })),
};
await writeFile(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
log('wrote bench/results.json');
await clearBenchTrash(root);
