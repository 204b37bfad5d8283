/**
 * Runs a child process and measures its wall time and peak RSS: through GNU `/usr/bin/time -v` when installed,
 * else by polling `/proc/<pid>/status` (VmHWM) while it runs.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

export type RssMethod = 'gnu-time' | 'proc-vmhwm' | 'none';

export interface ChildRun {
  exitCode: number | null;
  signal: string | null;
  wallMs: number;
  /** Peak resident set size in bytes, null when it could not be measured. */
  peakRssBytes: number | null;
  rssMethod: RssMethod;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

const GNU_TIME = '/usr/bin/time';

/** True when /usr/bin/time is GNU time (supports -v and -o). */
let gnuTime: boolean | undefined;
async function hasGnuTime(): Promise<boolean> {
  if (gnuTime !== undefined) return gnuTime;
  if (!existsSync(GNU_TIME)) return (gnuTime = false);
  gnuTime = await new Promise<boolean>((resolve) => {
    const p = spawn(GNU_TIME, ['-V'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    p.stdout.on('data', (d: Buffer) => (text += d.toString()));
    p.stderr.on('data', (d: Buffer) => (text += d.toString()));
    p.on('error', () => resolve(false));
    p.on('close', () => resolve(/GNU/i.test(text)));
  });
  return gnuTime;
}

async function readVmHwm(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export async function runChild(command: string, args: string[], options: { cwd: string; tmpDir: string; timeoutMs: number }): Promise<ChildRun> {
  const useTime = await hasGnuTime();
  const statsFile = join(options.tmpDir, `time-${process.pid}-${Date.now()}.txt`);
  const [cmd, argv] = useTime ? [GNU_TIME, ['-v', '-o', statsFile, command, ...args]] : [command, args];
  const start = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    // Diagnostics can be huge: keep the last ~256 KB only.
    if (stderr.length > 512 * 1024) stderr = stderr.slice(-256 * 1024);
  });

  let polledPeak: number | null = null;
  let poller: NodeJS.Timeout | undefined;
  if (!useTime && child.pid !== undefined) {
    const pid = child.pid;
    poller = setInterval(() => {
      void readVmHwm(pid).then((v) => {
        if (v !== null && (polledPeak === null || v > polledPeak)) polledPeak = v;
      });
    }, 25);
  }
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs);

  const { code, signal } = await new Promise<{ code: number | null; signal: string | null }>((resolve) => {
    child.on('error', (e) => {
      stderr += `\nspawn failed: ${e.message}`;
      resolve({ code: null, signal: null });
    });
    child.on('close', (c, s) => resolve({ code: c, signal: s }));
  });
  const wallMs = performance.now() - start;
  clearTimeout(timer);
  if (poller) clearInterval(poller);

  let peakRssBytes: number | null = polledPeak;
  let rssMethod: RssMethod = useTime ? 'gnu-time' : polledPeak !== null ? 'proc-vmhwm' : 'none';
  let exitCode = code;
  if (useTime) {
    const stats = await readFile(statsFile, 'utf8').catch(() => '');
    await rm(statsFile, { force: true });
    const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(stats);
    peakRssBytes = m ? Number(m[1]) * 1024 : null;
    if (peakRssBytes === null) rssMethod = 'none';
    // GNU time exits with the child's status; "Command exited with non-zero status N" confirms it.
    const e = /Exit status:\s*(\d+)/.exec(stats);
    if (e) exitCode = Number(e[1]);
    // GNU time's own notice about a non-zero status lands in the -o file, not in stderr.
  }
  return { exitCode, signal, wallMs, peakRssBytes, rssMethod, stdout, stderr, timedOut };
}
