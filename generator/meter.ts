/**
 * Wall time and peak resident memory per step of a command, printed on the `generate` stage lines and read back by
 * `npm run bench`.
 *
 * Peak RSS of a step, not of the process so far: on Linux the kernel's high-water mark (`VmHWM`) is reset by writing
 * `5` to `/proc/self/clear_refs` when a step starts and read from `/proc/self/status` when it ends; worker threads
 * share the process, so the format pool counts too. Where that is not possible (another OS, a locked-down /proc) the
 * figure is the process's peak so far (`process.resourceUsage().maxRSS`) and `method` says so.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export interface StepFigure {
  ms: number;
  peakRssBytes: number;
}

export type PeakMethod = 'per-step' | 'cumulative';

/** One reading of the high-water mark and a way to reset it; swappable in tests. */
export interface PeakProbe {
  /** Resets the high-water mark; false when it cannot be reset. */
  reset(): boolean;
  /** The high-water mark in bytes. */
  read(): number;
}

const HWM = /^VmHWM:\s+(\d+)\s+kB$/m;

export const procProbe: PeakProbe = {
  reset() {
    try {
      writeFileSync('/proc/self/clear_refs', '5');
      return true;
    } catch {
      return false;
    }
  },
  read() {
    try {
      const m = HWM.exec(readFileSync('/proc/self/status', 'utf8'));
      if (m) return Number(m[1]) * 1024;
    } catch {
      // not Linux: below
    }
    return process.resourceUsage().maxRSS * 1024;
  },
};

/** Reads like `procProbe` and never resets: the figures are the process's peak so far, and nobody else's reading moves. */
export const cumulativeProbe: PeakProbe = { reset: () => false, read: () => procProbe.read() };

/**
 * Laps within stages. `lap()` closes a sub-step (time and peak since the previous lap or stage start); `stage()`
 * closes a stage: its time since the previous stage, its peak the highest of its laps and its rest.
 */
export class Meter {
  readonly method: PeakMethod;
  private stageStart: number;
  private lapStart: number;
  private stagePeak = 0;
  /** The peak before the first reset (start-up) and of every lap since. */
  private overallPeak: number;

  constructor(
    private readonly probe: PeakProbe = procProbe,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.overallPeak = probe.read();
    this.method = probe.reset() ? 'per-step' : 'cumulative';
    this.stageStart = this.lapStart = now();
  }

  lap(): StepFigure {
    const t = this.now();
    const peak = this.probe.read();
    if (this.method === 'per-step') this.probe.reset();
    this.stagePeak = Math.max(this.stagePeak, peak);
    this.overallPeak = Math.max(this.overallPeak, peak);
    const figure = { ms: t - this.lapStart, peakRssBytes: peak };
    this.lapStart = t;
    return figure;
  }

  stage(): StepFigure {
    this.lap();
    const figure = { ms: this.lapStart - this.stageStart, peakRssBytes: this.stagePeak };
    this.stageStart = this.lapStart;
    this.stagePeak = 0;
    return figure;
  }

  /**
   * The whole run: time since the clock's origin (for `performance.now()`, the start of the process, so start-up
   * counts) and the highest peak. Resetting the high-water mark also resets what the parent
   * sees as this process's peak (`wait4`'s ru_maxrss, GNU time), so this is the figure of the whole run.
   */
  total(): StepFigure {
    this.lap();
    return { ms: this.lapStart, peakRssBytes: this.overallPeak };
  }
}

const MB = 1024 * 1024;

/**
 * `  1.23 s   352 MB`: the figure as the stage lines print it (seconds to 2 places, whole MB), in columns; `compact`
 * without the padding (`1.23 s 352 MB`), as the sub-step line prints it.
 */
export function formatFigure(f: StepFigure, compact = false): string {
  const s = (f.ms / 1000).toFixed(2);
  const mb = String(Math.round(f.peakRssBytes / MB));
  return compact ? `${s} s ${mb} MB` : `${s.padStart(6)} s ${mb.padStart(5)} MB`;
}
