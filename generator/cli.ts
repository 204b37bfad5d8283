/**
 * `topgen` command line: owns argv, the clock, the disk and the exit code; every command lives in `commands/`.
 */
import type { CommandContext } from './commands/context.js';

type Command = (args: string[], ctx: CommandContext) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  parse: { summary: 'parse <files|dirs…> [--out specs/]   doc pages → YAML specs', load: async () => (await import('./commands/parse.js')).runParse },
  emit: { summary: 'emit [--specs specs/] [--out generated/]   specs → SDK package', load: async () => (await import('./commands/emit.js')).runEmit },
  generate: { summary: 'generate [--config topgen.config.json]   parse the page folder, then emit', load: async () => (await import('./commands/generate.js')).runGenerate },
  check: { summary: 'check [--specs specs/]   validate specs against the contract and TOP rules', load: async () => (await import('./commands/check.js')).runCheck },
  scrape: { summary: 'scrape [--category …] [--api …] [--out …] [--base-url …]   download doc-site JSON', load: async () => (await import('./commands/scrape.js')).runScrape },
  diff: { summary: 'diff <old specs> <new specs> [--json]   what changed, breaking or not', load: async () => (await import('./commands/diff.js')).runDiff },
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const ctx: CommandContext = {
    cwd: process.cwd(),
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    now: () => Date.now(),
  };
  if (process.stderr.isTTY) ctx.status = (text) => process.stderr.write(`\r\x1b[K${text}`);
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    ctx.out('usage: topgen <command> [options]\n');
    for (const [cmd, { summary }] of Object.entries(COMMANDS)) ctx.out(`  topgen ${summary.startsWith(cmd) ? summary : `${cmd} ${summary}`}`);
    return name ? 0 : 2;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    ctx.err(`topgen: unknown command "${name}" (try topgen --help)`);
    return 2;
  }
  try {
    return await (await entry.load())(args, ctx);
  } catch (error) {
    ctx.err(`topgen ${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}
