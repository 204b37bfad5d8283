/** The generator's small file helpers: reading what a folder holds now, writing only what changed. */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTexts, writeTree } from '../../generator/commands/files.js';

describe('readTexts and writeTree', () => {
  it('reads nothing from a folder that does not exist yet, then writes every file', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'topgen-files-')), 'specs');
    expect([...readTexts(dir, ['a/x.yaml', 'b.yaml'])]).toEqual([
      ['a/x.yaml', undefined],
      ['b.yaml', undefined],
    ]);
    const files = new Map([
      ['a/x.yaml', 'x\n'],
      ['b.yaml', 'b\n'],
    ]);
    expect(await writeTree(dir, files)).toMatchObject({ written: ['a/x.yaml', 'b.yaml'], unchanged: 0 });
    expect(readFileSync(join(dir, 'a/x.yaml'), 'utf8')).toBe('x\n');
  });

  it('reads what exists, and writes only the files whose text changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'topgen-files-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a/x.yaml'), 'x\n');
    expect([...readTexts(dir, ['a/x.yaml', 'missing.yaml'])]).toEqual([
      ['a/x.yaml', 'x\n'],
      ['missing.yaml', undefined],
    ]);
    const result = await writeTree(dir, new Map([['a/x.yaml', 'x\n'], ['missing.yaml', 'm\n']]));
    expect(result).toMatchObject({ written: ['missing.yaml'], unchanged: 1 });
  });
});
