/** Runs prettier over many files: in-process for a few, in worker threads (one per core, up to 4) for many. Output order is input order. */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type * as prettier from 'prettier';

export interface FormatJob {
  path: string;
  text: string;
  parser: string;
}

export interface PoolWork {
  kind: 'format';
  items: readonly FormatJob[];
}

const BATCH = 40;
/** Below this many items, starting workers costs more than it saves. */
const MIN_FOR_WORKERS = 200;

export async function runPool(work: PoolWork, config: prettier.Options): Promise<string[]> {
  if (work.items.length === 0) return [];
  if (work.items.length < MIN_FOR_WORKERS) return inProcess(work, config);
  const batches: PoolWork[] = [];
  for (let i = 0; i < work.items.length; i += BATCH) batches.push(slice(work, i, i + BATCH));
  const results: string[][] = new Array<string[]>(batches.length);
  const count = Math.max(1, Math.min(4, availableParallelism(), batches.length));
  let next = 0;
  const workers = Array.from({ length: count }, () => new Worker(new URL('./format-worker.mjs', import.meta.url)));
  try {
    await Promise.all(
      workers.map(async (worker) => {
        for (let id = next++; id < batches.length; id = next++) {
          const batch = batches[id];
          if (batch) results[id] = await runBatch(worker, id, batch, config);
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.flat();
}

function slice(work: PoolWork, from: number, to: number): PoolWork {
  return { kind: 'format', items: work.items.slice(from, to) };
}

async function inProcess(work: PoolWork, config: prettier.Options): Promise<string[]> {
  const out: string[] = [];
  // Loaded on demand: most runs find every file in the format cache and never need prettier.
  const { format } = await import('prettier');
  for (const job of work.items) out.push(await format(job.text, { ...config, parser: job.parser, filepath: job.path }));
  return out;
}

function runBatch(worker: Worker, id: number, work: PoolWork, config: prettier.Options): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { id: number; texts?: string[]; error?: string }) => {
      if (message.id !== id) return;
      worker.off('message', onMessage);
      worker.off('error', reject);
      if (message.texts) resolve(message.texts);
      else reject(new Error(`worker failed in batch ${id}: ${message.error ?? 'unknown error'}`));
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.postMessage({ id, kind: work.kind, items: work.items, config });
  });
}
