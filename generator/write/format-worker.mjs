// Worker of `format-pool.ts`: formats batches of files with prettier. Plain JS so it starts without a TS loader.
import { parentPort } from 'node:worker_threads';
import * as prettier from 'prettier';

parentPort.on('message', async ({ id, items, config }) => {
  try {
    const texts = [];
    for (const item of items) texts.push(await prettier.format(item.text, { ...config, parser: item.parser, filepath: item.path }));
    parentPort.postMessage({ id, texts });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
