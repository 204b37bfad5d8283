/** Tree shaking of the committed SDK: a consumer importing one API bundles that API's module and no other. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const GEN = 'generated/src';
const KEPT = `${GEN}/apis/tmall.exchange.message.add.ts`;
const ALL_METHODS = readdirSync(join(ROOT, GEN, 'apis'))
  .filter((n) => n.endsWith('.ts'))
  .map((n) => n.slice(0, -3));

async function bundle(entry: string): Promise<{ text: string; inputs: string[]; bytes: number; meta: Metafile }> {
  const result = await build({
    stdin: { contents: entry, resolveDir: ROOT, sourcefile: 'entry.ts', loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    metafile: true,
    write: false,
    treeShaking: true,
    logLevel: 'silent',
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error('no output');
  const meta = result.metafile;
  const output = Object.values(meta.outputs)[0];
  // Inputs that contributed bytes to the output (the metafile lists every input read, even when fully shaken).
  const inputs = Object.entries(output?.inputs ?? {})
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([k]) => k.split('\\').join('/'));
  return { text: out.text, inputs, bytes: out.contents.byteLength, meta };
}

function check(result: { text: string; inputs: string[] }): void {
  const apiInputs = result.inputs.filter((p) => p.startsWith(`${GEN}/apis/`));
  expect(apiInputs).toEqual([KEPT]);
  expect(result.text).toContain('"tmall.exchange.message.add"');
  // No other API's method string survives (same category or any other).
  const leaked = ALL_METHODS.filter((m) => m !== 'tmall.exchange.message.add' && (result.text.includes(`"${m}"`) || result.text.includes(`'${m}'`)));
  expect(leaked).toEqual([]);
  for (const m of ['tmall.exchange.receive.get', 'tmall.exchange.messages.get', 'tmall.exchange.agree', 'taobao.trade.fullinfo.get']) {
    expect(result.text).not.toContain(`"${m}"`);
  }
}

describe('tree shaking of the generated SDK', () => {
  it('bundles only the imported API from the category barrel', async () => {
    const r = await bundle(
      `import { TopClient } from './${GEN}/client.js';
import { tmallExchangeMessageAdd } from './${GEN}/categories/exchange.js';
const client = new TopClient({ appKey: 'k', appSecret: 's' });
console.log(await tmallExchangeMessageAdd(client, { content: 'x', dispute_id: 1, fields: ['id'] }));
`,
    );
    check(r);
    // Every other exchange API module was read but contributed nothing.
    const read = Object.keys(r.meta.inputs).filter((p) => p.startsWith(`${GEN}/apis/`));
    expect(read.length).toBeGreaterThan(1);
    console.log(`category barrel bundle: ${r.bytes} bytes, ${r.inputs.length} contributing inputs (${read.length} API modules read)`);
  }, 30_000);

  it('bundles only the imported API from the root index', async () => {
    const r = await bundle(
      `import { TopClient, tmallExchangeMessageAdd } from './${GEN}/index.js';
const client = new TopClient({ appKey: 'k', appSecret: 's' });
console.log(await tmallExchangeMessageAdd(client, { content: 'x', dispute_id: 1, fields: ['id'] }));
`,
    );
    check(r);
    console.log(`root index bundle: ${r.bytes} bytes, ${r.inputs.length} contributing inputs (${Object.keys(r.meta.inputs).length} inputs read)`);
  }, 60_000);
});
