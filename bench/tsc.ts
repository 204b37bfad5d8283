/** `tsc --noEmit` over the generated package in bench/tmp/generated (its own tsconfig.json, else a temporary one). */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { runChild, type RssMethod } from './child.js';
import { tail } from './util.js';

export interface TscBench {
  /** The tsconfig used, relative to the project root; null when there was nothing to check. */
  tsconfig: string | null;
  /** True when the tsconfig was written by the benchmark (the package had none). */
  temporaryTsconfig: boolean;
  ran: boolean;
  exitCode: number | null;
  wallMs: number | null;
  peakRssBytes: number | null;
  rssMethod: RssMethod | null;
  /** `error TS…` lines printed. */
  errors: number | null;
  failure: string | null;
}

export async function benchTsc(root: string, log: (line: string) => void): Promise<TscBench> {
  const tmp = join(root, 'bench/tmp');
  const pkg = join(tmp, 'generated');
  const none: TscBench = { tsconfig: null, temporaryTsconfig: false, ran: false, exitCode: null, wallMs: null, peakRssBytes: null, rssMethod: null, errors: null, failure: null };
  if (!existsSync(join(pkg, 'src')) && !existsSync(join(pkg, 'tsconfig.json'))) {
    return { ...none, failure: 'no generated package in bench/tmp/generated (the generate run failed?)' };
  }
  let tsconfig = join(pkg, 'tsconfig.json');
  let temporary = false;
  if (!existsSync(tsconfig)) {
    temporary = true;
    tsconfig = join(tmp, 'tsconfig.generated.json');
    const config = {
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2023', 'DOM'], types: ['node'], strict: true, skipLibCheck: true, noEmit: true },
      include: ['generated/src'],
    };
    await writeFile(tsconfig, `${JSON.stringify(config, null, 2)}\n`);
  }
  const tscBin = join(root, 'node_modules/.bin/tsc');
  const [cmd, args] = existsSync(tscBin) ? [tscBin, ['-p', tsconfig, '--noEmit']] : ['npx', ['tsc', '-p', tsconfig, '--noEmit']];
  log(`tsc --noEmit -p ${relative(root, tsconfig)}…`);
  const run = await runChild(cmd, args, { cwd: root, tmpDir: tmp, timeoutMs: 10 * 60_000 });
  const output = `${run.stdout}\n${run.stderr}`;
  const errors = (output.match(/error TS\d+/g) ?? []).length;
  const failure =
    run.timedOut ? 'timed out' : run.exitCode !== 0 ? `exit code ${run.exitCode}, ${errors} type errors\n${tail(output, 10)}` : null;
  return {
    tsconfig: relative(root, tsconfig),
    temporaryTsconfig: temporary,
    ran: true,
    exitCode: run.exitCode,
    wallMs: run.wallMs,
    peakRssBytes: run.peakRssBytes,
    rssMethod: run.rssMethod,
    errors,
    failure,
  };
}
