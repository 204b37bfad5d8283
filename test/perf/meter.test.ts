/**
 * The stage meter behind `generate`'s stage lines, and the bench's reading of those lines: per-stage peaks come from a
 * high-water mark reset at each step, so a step that frees what the one before it used reports its own peak.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStageLines, parseSubsteps } from '../../bench/generate.js';
import { runGenerate } from '../../generator/commands/generate.js';
import { cumulativeProbe, Meter, procProbe, type PeakProbe } from '../../generator/meter.js';

const ROOT = join(import.meta.dirname, '../..');
const MB = 1024 * 1024;

/** A probe whose readings are given in order; `resets` counts reset calls. */
function fakeProbe(readings: number[], canReset = true): PeakProbe & { resets: number } {
  const probe = {
    resets: 0,
    reset() {
      probe.resets++;
      return canReset;
    },
    read() {
      const next = readings.shift();
      if (next === undefined) throw new Error('probe read more often than expected');
      return next;
    },
  };
  return probe;
}

function clock(...times: number[]): () => number {
  return () => {
    const t = times.shift();
    if (t === undefined) throw new Error('clock read more often than expected');
    return t;
  };
}

describe('Meter', () => {
  it('gives each lap its own time and peak, each stage the highest of its laps, the total the highest of all', () => {
    // start-up peak 50; stage A: laps of peak 300 and 120, rest 80; stage B: 90; total lap 60.
    const probe = fakeProbe([50, 300, 120, 80, 90, 60]);
    const meter = new Meter(probe, clock(0, 100, 250, 300, 1000, 1010));
    expect(meter.method).toBe('per-step');
    expect(meter.lap()).toEqual({ ms: 100, peakRssBytes: 300 });
    expect(meter.lap()).toEqual({ ms: 150, peakRssBytes: 120 });
    expect(meter.stage()).toEqual({ ms: 300, peakRssBytes: 300 });
    expect(meter.stage()).toEqual({ ms: 700, peakRssBytes: 90 });
    expect(meter.total()).toEqual({ ms: 1010, peakRssBytes: 300 });
    // Reset at start and after every reading.
    expect(probe.resets).toBe(6);
  });

  it('counts the peak before the first reset into the total', () => {
    const meter = new Meter(fakeProbe([700, 100, 100]), clock(0, 5, 6));
    expect(meter.stage().peakRssBytes).toBe(100);
    expect(meter.total().peakRssBytes).toBe(700);
  });

  it('says so when the high-water mark cannot be reset, and stops trying', () => {
    const probe = fakeProbe([10, 20, 30], false);
    const meter = new Meter(probe, clock(0, 1, 2));
    expect(meter.method).toBe('cumulative');
    meter.stage();
    meter.stage();
    expect(probe.resets).toBe(1);
  });

  it.runIf(process.platform === 'linux')('on Linux, a step after a big one reports its own, lower peak', () => {
    // In a child with --expose-gc, so the big buffer the first step used is really given back when it ends.
    const script = `
      import { Meter } from ${JSON.stringify(join(ROOT, 'generator/meter.ts'))};
      const meter = new Meter();
      let big = Buffer.alloc(300 * 1024 * 1024, 1);
      big = null;
      globalThis.gc();
      const first = meter.stage();
      const second = meter.stage();
      console.log(JSON.stringify({ method: meter.method, first, second, total: meter.total() }));
    `;
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    const r = JSON.parse(out) as { method: string; first: { peakRssBytes: number }; second: { peakRssBytes: number }; total: { peakRssBytes: number } };
    expect(r.method).toBe('per-step');
    expect(r.first.peakRssBytes).toBeGreaterThan(300 * MB);
    expect(r.second.peakRssBytes).toBeLessThan(r.first.peakRssBytes - 200 * MB);
    expect(r.total.peakRssBytes).toBe(r.first.peakRssBytes);
  });

  it('a meter on the cumulative probe never resets the mark (for callers that did not ask to be measured)', () => {
    const meter = new Meter(cumulativeProbe);
    expect(meter.method).toBe('cumulative');
    expect(meter.lap().peakRssBytes).toBeGreaterThan(10 * MB);
  });

  it('reads a plausible figure from this process', () => {
    const peak = procProbe.read();
    expect(peak).toBeGreaterThan(10 * MB);
    expect(peak).toBeLessThan(64 * 1024 * MB);
  });
});

describe('the bench reads what generate prints', () => {
  it('parses stage lines with their peaks, the sub-steps and the total', () => {
    const stdout = [
      'full run: no state of an earlier run',
      'parse    1.04 s   312 MB  4567 inputs → 4250 specs',
      'specs    0.76 s   298 MB  4250 written, 0 removed, 0 unchanged',
      'check    0.55 s   301 MB  4250 specs to emit, 19 patch ops applied, 0 APIs left out for errors',
      '  model 0.38 s 320 MB, emit 1.20 s 351 MB, format 1.81 s 340 MB, write 0.47 s 333 MB',
      'emit     3.86 s   351 MB  4570 files: 4570 written, 0 removed, 0 unchanged',
      'total    6.40 s   351 MB  peak RSS per stage',
    ].join('\n');
    const lines = parseStageLines(stdout);
    expect(lines.stages).toEqual({ parse: 1.04, specs: 0.76, check: 0.55, emit: 3.86 });
    expect(lines.stagePeaks).toEqual({ parse: 312 * MB, specs: 298 * MB, check: 301 * MB, emit: 351 * MB });
    expect(lines.details.parse).toBe('4567 inputs → 4250 specs');
    expect(lines.total).toEqual({ s: 6.4, peakRssBytes: 351 * MB });
    expect(parseSubsteps(stdout)).toEqual({
      model: { s: 0.38, peakRssBytes: 320 * MB },
      emit: { s: 1.2, peakRssBytes: 351 * MB },
      format: { s: 1.81, peakRssBytes: 340 * MB },
      write: { s: 0.47, peakRssBytes: 333 * MB },
    });
  });

  it('finds every stage, sub-step and the total in a real run', async () => {
    const dir = join(ROOT, 'test/tmp/meter');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'patches'), { recursive: true });
    cpSync(join(ROOT, 'pages/seeds'), join(dir, 'pages/seeds'), { recursive: true });
    writeFileSync(join(dir, 'topgen.config.json'), JSON.stringify({ pages: ['pages'], specs: 'specs', patches: 'patches', out: 'generated' }));
    const out: string[] = [];
    await runGenerate([], { cwd: dir, out: (l) => out.push(l), err: () => {} });
    const stdout = out.join('\n');
    const lines = parseStageLines(stdout);
    for (const stage of ['parse', 'specs', 'check', 'emit'] as const) {
      expect(lines.stages[stage], stage).not.toBeNull();
      expect(lines.stagePeaks[stage], stage).toBeGreaterThan(10 * MB);
    }
    expect(lines.total?.peakRssBytes).toBe(Math.max(...Object.values(lines.stagePeaks).map(Number)));
    expect(Object.keys(parseSubsteps(stdout))).toEqual(['model', 'emit', 'format', 'write']);
  });
});
