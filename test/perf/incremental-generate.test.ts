/**
 * `topgen generate` run after run in a small project: a run redoes only the APIs whose inputs changed, writes only
 * their files (and the indexes when names change), and ends exactly where a clean full run ends: same specs, same
 * package, same diagnostics, same exit code. Anything the state cannot vouch for sends the run down the full path.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGenerate } from '../../generator/commands/generate.js';

const ROOT = join(import.meta.dirname, '../..');
const TMP = join(ROOT, 'test/tmp/incremental-generate');
const TARGET_INPUT = 'pages/exchange/tmall_exchange_message_add.json';

function makeProject(name: string, from?: string): string {
  const dir = join(TMP, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'patches'), { recursive: true });
  if (from) cpSync(join(from, 'pages'), join(dir, 'pages'), { recursive: true });
  else {
    cpSync(join(ROOT, 'pages/toplib/exchange'), join(dir, 'pages/exchange'), { recursive: true });
    cpSync(join(ROOT, 'pages/seeds'), join(dir, 'pages/seeds'), { recursive: true });
  }
  writeFileSync(join(dir, 'topgen.config.json'), JSON.stringify({ pages: ['pages'], specs: 'specs', patches: 'patches', out: 'generated' }));
  return dir;
}

async function generate(cwd: string): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runGenerate([], { cwd, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

function files(dir: string, root = dir, into = new Map<string, { text: string; mtimeMs: number }>()) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) files(full, root, into);
    else into.set(relative(root, full).split(sep).join('/'), { text: readFileSync(full, 'utf8'), mtimeMs: statSync(full).mtimeMs });
  }
  return into;
}

/** Output trees of a project: its specs and package, path → text. */
function trees(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const sub of ['specs', 'generated']) for (const [path, f] of files(join(dir, sub))) out.set(`${sub}/${path}`, f.text);
  return out;
}

/** Paths rewritten (mtime moved) since `before`. */
function rewritten(dir: string, before: Map<string, { text: string; mtimeMs: number }>): string[] {
  return [...files(dir)].filter(([path, f]) => !path.startsWith('.topgen-cache/') && before.get(path)?.mtimeMs !== f.mtimeMs).map(([path]) => path).sort();
}

/** A clean full run over the same pages must give what the incremental run left. */
async function expectSameAsFullRun(dir: string, last: { code: number; err: string[] }): Promise<void> {
  const clean = makeProject('clean', dir);
  const full = await generate(clean);
  expect(full.out.some((l) => l.startsWith('full run:'))).toBe(true);
  expect(trees(dir)).toEqual(trees(clean));
  expect(last.err).toEqual(full.err);
  expect(last.code).toBe(full.code);
}

function editInput(dir: string, edit: (json: { requestParams: { name: string; description: string; type: string; subParams?: unknown[] }[] }) => void): void {
  const path = join(dir, TARGET_INPUT);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  edit(json);
  writeFileSync(path, JSON.stringify(json, null, 2));
}

describe('generate, run after run', () => {
  it('redoes only what changed and ends where a full run ends', async () => {
    const dir = makeProject('work');
    const first = await generate(dir);
    expect(first.out).toContain('full run: no state of an earlier run');
    expect(first.code).toBe(0);

    // Nothing changed: nothing parsed, nothing written, the same diagnostics.
    let before = files(dir);
    const idle = await generate(dir);
    expect(idle.out.some((l) => / 0 changed → 0 APIs to redo/.test(l))).toBe(true);
    expect(rewritten(dir, before)).toEqual([]);
    expect(idle.err).toEqual(first.err);

    // A description changed: that API's spec and module only; the indexes list names, which did not change.
    before = files(dir);
    editInput(dir, (json) => {
      json.requestParams[0]!.description = '留言内容（新）';
    });
    const described = await generate(dir);
    expect(described.out.some((l) => / 1 changed → 1 APIs to redo/.test(l))).toBe(true);
    expect(rewritten(dir, before)).toEqual(['generated/src/apis/tmall.exchange.message.add.ts', TARGET_INPUT, 'specs/exchange/tmall.exchange.message.add.yaml']);
    expect(readFileSync(join(dir, 'generated/src/apis/tmall.exchange.message.add.ts'), 'utf8')).toContain('留言内容（新）');
    await expectSameAsFullRun(dir, described);

    // A new nested param adds a struct: its name is exported, so the indexes that list it are rewritten too.
    before = files(dir);
    editInput(dir, (json) => {
      json.requestParams.push({ name: 'extra_info', type: 'ExtraInfo', description: '附加信息', subParams: [{ name: 'note', type: 'String', description: '备注' }] });
    });
    const added = await generate(dir);
    expect(added.out.some((l) => / 1 changed → 1 APIs to redo/.test(l))).toBe(true);
    expect(rewritten(dir, before)).toEqual([
      'generated/src/apis/tmall.exchange.message.add.ts',
      'generated/src/categories/exchange.ts',
      'generated/src/index.ts',
      TARGET_INPUT,
      'specs/exchange/tmall.exchange.message.add.yaml',
    ]);
    await expectSameAsFullRun(dir, added);
  }, 120_000);

  it('takes the full path for what its state cannot vouch for', async () => {
    const dir = makeProject('fallback');
    await generate(dir);
    // A generated file edited by hand is put back.
    const module = join(dir, 'generated/src/apis/tmall.exchange.get.ts');
    const text = readFileSync(module, 'utf8');
    writeFileSync(module, `${text}// edited\n`);
    const edited = await generate(dir);
    expect(edited.out).toContain('full run: files under the specs or output folder changed on disk');
    expect(readFileSync(module, 'utf8')).toBe(text);
    // An input added.
    cpSync(join(ROOT, 'pages/toplib/refund/catelog.json'), join(dir, 'pages/refund/catelog.json'));
    expect((await generate(dir)).out).toContain('full run: inputs were added or removed');
    // Another config.
    writeFileSync(join(dir, 'topgen.config.json'), JSON.stringify({ pages: ['pages'], specs: 'specs', patches: 'patches', out: 'generated', int64: 'bigint' }));
    expect((await generate(dir)).out).toContain('full run: the generator, its config or the patches changed');
    // A changed input that made no API (a category file).
    writeFileSync(join(dir, 'pages/refund/catelog.json'), readFileSync(join(dir, 'pages/refund/catelog.json'), 'utf8').replace('}', ', "x": 1}'));
    expect((await generate(dir)).out.some((l) => l.startsWith('full run: pages/refund/catelog.json changed and made no API'))).toBe(true);
  }, 120_000);
});
