// `topgen check`: reads a specs folder recursively, applies patches, prints sorted diagnostics and the summary line.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../generator/commands/check.js';

async function project(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'topgen-check-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

async function run(cwd: string, args: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCheck(args, { cwd, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const GOOD = 'api: taobao.a.get\ntitle: t\ndescription: d\nrequest:\n  - name: q\n    type: String\n    description: x\nresponse: []\n';
const BROKEN = 'api: taobao.b.get\ntitle: t\ndescription: d\nrequest:\n  - name: ext\n    type: ""\n    description: 扩展\n  - name: n\n    type: Numer\n    description: x\nresponse: []\n';

describe('topgen check', () => {
  it('reports errors, warnings and the summary, exit 1 on errors', async () => {
    const cwd = await project({ 'specs/cat/taobao.a.get.yaml': GOOD, 'specs/cat/deep/taobao.b.get.yaml': BROKEN, 'specs/spec.schema.json': '{}' });
    const r = await run(cwd);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([
      'specs/cat/deep/taobao.b.get.yaml:5 error TOP211 request.ext: "ext" has no type',
      'specs/cat/deep/taobao.b.get.yaml:8 warning TOP223 request.n: type "Numer" of "n" read as Number',
      '1 error, 1 warning in 2 specs',
    ]);
  });
  it('applies patches from --patches and exits 0 without errors', async () => {
    const patch = 'api: taobao.b.get\nreason: Map field without a type\nops:\n  - path: request.ext\n    set: { type: Json }\n';
    const cwd = await project({ 'specs/taobao.b.get.yaml': BROKEN, 'fixes/taobao.b.get.yaml': patch, 'fixes/obsolete.yaml': 'api: gone.api\nreason: r\nops:\n  - path: request.x\n    remove: true\n' });
    const r = await run(cwd, ['--patches', 'fixes']);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([
      'fixes/obsolete.yaml:1 warning TOP404 patch for gone.api, which no checked spec has',
      'specs/taobao.b.get.yaml:8 warning TOP223 request.n: type "Numer" of "n" read as Number',
      '0 errors, 2 warnings in 1 spec',
    ]);
  });
  it('reports unreadable specs and malformed patches with their lines', async () => {
    const cwd = await project({ 'specs/x.yaml': 'api: [\n', 'patches/p.yaml': 'api: a.b\nreason: r\nops: []\n' });
    const r = await run(cwd);
    expect(r.code).toBe(1);
    expect(r.err.at(-1)).toBe('2 errors, 0 warnings in 1 spec');
    expect(r.err.some((l) => l.startsWith('patches/p.yaml:3 error TOP401'))).toBe(true);
    expect(r.err.some((l) => l.startsWith('specs/x.yaml:') && l.includes('TOP201'))).toBe(true);
  });
  it('says so when the specs folder is missing', async () => {
    const r = await run(await project({}), ['--specs', 'nowhere']);
    expect(r).toEqual({ code: 2, out: [], err: ['topgen check: no folder nowhere'] });
  });
});
