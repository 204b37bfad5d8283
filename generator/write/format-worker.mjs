// Worker of `format-pool.ts`: formats batches of files with prettier, or emits and formats batches of API modules.
// Plain JS so it starts without a TS loader; the emitter (TypeScript) is loaded through tsx on first use.
import { parentPort } from 'node:worker_threads';
import * as prettier from 'prettier';

let apiFile;

async function loadEmitter() {
  if (!apiFile) {
    const { register } = await import('tsx/esm/api');
    register();
    ({ apiFile } = await import(new URL('../emit/emit-package.ts', import.meta.url).href));
  }
  return apiFile;
}

parentPort.on('message', async ({ id, kind, items, config }) => {
  try {
    const texts = [];
    if (kind === 'emit') {
      const emit = await loadEmitter();
      for (const api of items) {
        const file = emit(api);
        texts.push(await prettier.format(file.text, { ...config, parser: 'babel-ts', filepath: file.path }));
      }
    } else {
      for (const item of items) texts.push(await prettier.format(item.text, { ...config, parser: item.parser, filepath: item.path }));
    }
    parentPort.postMessage({ id, texts });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
