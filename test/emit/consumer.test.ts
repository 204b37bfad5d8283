/** The fixture package as a user gets it: built, packed, installed offline and type-checked from a consumer project. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitFormatted, fixtureSpecs, ROOT, tsc, writeTemp } from './helpers.js';

const CONSUMER = `import { TopClient, TopError, tmallExchangeMessageAdd, type TopApiMap } from 'taobao-top-sdk';
import { tmallExchangeMessageAdd as fromCategory } from 'taobao-top-sdk/exchange';

const client = new TopClient({ appKey: 'key', appSecret: 'secret' });

export async function run(): Promise<string | undefined> {
  const response = await tmallExchangeMessageAdd(client, { content: 'hi', dispute_id: 23211213n, fields: ['id'] }, { session: 's' });
  const again = await fromCategory(client, { content: 'hi', dispute_id: '23211213', fields: ['id'] });
  const executed = await client.execute('tmall.exchange.message.add', { content: 'x', dispute_id: 1, fields: ['id'] });
  const typed: TopApiMap['tmall.exchange.message.add']['response'] = executed;
  const id: string | undefined = response.result?.results?.[0]?.id;
  // @ts-expect-error content is required
  await tmallExchangeMessageAdd(client, { dispute_id: 1, fields: ['id'] });
  // @ts-expect-error dispute_id is not a boolean
  await tmallExchangeMessageAdd(client, { content: 'x', dispute_id: true, fields: ['id'] });
  // @ts-expect-error no such method
  await client.execute('no.such.method', {});
  console.log(again.request_id, typed.request_id, TopError.name);
  return id;
}
`;

const CONSUMER_TSCONFIG = {
  compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, types: ['node'], lib: ['ES2023', 'DOM'] },
  include: ['index.ts'],
};

const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: 'pipe' });

describe('consumer of the packed fixture package', () => {
  it('builds, packs, installs offline and type-checks a consumer', async () => {
    const { files } = await emitFormatted(fixtureSpecs());
    const pkg = writeTemp('consumer-pkg', files);
    expect(tsc(['-p', 'tsconfig.json'], pkg)).toBe('');
    const tarball = run('npm', ['pack', '--ignore-scripts', '--silent'], pkg).trim().split('\n').pop() ?? '';
    const app = join(ROOT, 'test/tmp/consumer-app');
    rmSync(app, { recursive: true, force: true });
    mkdirSync(app, { recursive: true });
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(CONSUMER_TSCONFIG));
    writeFileSync(join(app, 'index.ts'), CONSUMER);
    run('npm', ['install', join(pkg, tarball), '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], app);
    expect(tsc(['-p', 'tsconfig.json'], app)).toBe('');
  }, 180_000);
});
