/** A fake TOP doc site on 127.0.0.1 serving a catalog and documents built from a few `pages/toplib` categories. */
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export const CORPUS = join(import.meta.dirname, '../../pages/toplib');

export type Fault = '500' | '404' | 'timeout' | 'html' | 'truncated' | 'fail' | 'drop';

export interface FakeApi {
  pkg: string;
  file: string;
  /** The corpus file's text. */
  text: string;
  name: string;
  id: number;
}

export interface FakeCategory {
  pkg: string;
  name: string;
  id: number;
  apis: FakeApi[];
}

export interface FakeSite {
  url: string;
  categories: FakeCategory[];
  apis: FakeApi[];
  /** Every request path (with query), in arrival order. */
  requests: string[];
  /** Faults served for a document id, one per request, before answering normally; `always` keeps the last one. */
  faults: Map<number, { queue: Fault[]; always?: boolean }>;
  catalogFaults: Fault[];
  documentRequests(): number;
  close(): Promise<void>;
}

const TOKEN = 'tok-42';

export function loadCategories(pkgs: readonly string[]): FakeCategory[] {
  let synthetic = 900_000;
  return pkgs.map((pkg) => {
    const cat = JSON.parse(readFileSync(join(CORPUS, pkg, 'catelog.json'), 'utf8')) as { name: string; id: number };
    const apis = readdirSync(join(CORPUS, pkg))
      .filter((f) => f.endsWith('.json') && f !== 'catelog.json')
      .sort()
      .map((file) => {
        const text = readFileSync(join(CORPUS, pkg, file), 'utf8');
        const doc = JSON.parse(text) as { name: string; id?: number };
        return { pkg, file, text, name: doc.name, id: typeof doc.id === 'number' ? doc.id : synthetic++ };
      });
    return { pkg, name: cat.name, id: cat.id, apis };
  });
}

export async function startFakeSite(pkgs: readonly string[]): Promise<FakeSite> {
  const categories = loadCategories(pkgs);
  const apis = categories.flatMap((c) => c.apis);
  const byId = new Map(apis.map((a) => [a.id, a]));
  const requests: string[] = [];
  const faults = new Map<number, { queue: Fault[]; always?: boolean }>();
  const catalogFaults: Fault[] = [];
  const catalog = {
    success: true,
    code: 0,
    errMsg: '',
    data: {
      treeCategories: [
        {
          catelogTrees: categories.map((c) => ({
            id: c.id,
            name: c.name,
            catelogList: c.apis.map((a) => ({ id: a.id, name: a.name, docId: a.id, docType: 2, subName: '', tips: '' })),
          })),
        },
      ],
    },
  };

  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const url = new URL(req.url ?? '/', 'http://x');
    const json = (body: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json;charset=UTF-8' });
      res.end(JSON.stringify(body));
    };
    const serveFault = (fault: Fault, body: string): void => {
      switch (fault) {
        case '500':
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end('busy');
          return;
        case '404':
          res.writeHead(404, { 'content-type': 'text/plain' });
          res.end('not found');
          return;
        case 'timeout':
          return; // never answers
        case 'html':
          res.writeHead(200, { 'content-type': 'text/html;charset=UTF-8' });
          res.end('<!DOCTYPE html><html><body>系统繁忙</body></html>');
          return;
        case 'truncated':
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(body.slice(0, Math.floor(body.length / 2)));
          return;
        case 'fail':
          json({ success: false, code: 'SYSTEM_BUSY', errMsg: 'busy', data: null });
          return;
        case 'drop':
          res.socket?.destroy();
          return;
      }
    };
    if (url.pathname === '/docCenter') {
      res.writeHead(200, { 'content-type': 'text/html', 'set-cookie': [`cna=abc; Path=/`, `_tb_token_=${TOKEN}; Path=/; HttpOnly`] });
      res.end('<html>doc center</html>');
      return;
    }
    const cookieOk = (req.headers.cookie ?? '').split(/;\s*/).includes(`_tb_token_=${TOKEN}`);
    if (!cookieOk || url.searchParams.get('_tb_token_') !== TOKEN) {
      json({ success: false, code: 'TOKEN_INVALID', errMsg: 'token', data: null });
      return;
    }
    if (url.pathname === '/handler/document/getApiCatelogConfig.json' && url.searchParams.get('docId') === '285') {
      const f = catalogFaults.shift();
      if (f) serveFault(f, JSON.stringify(catalog));
      else json(catalog);
      return;
    }
    if (url.pathname === '/handler/document/getDocument.json') {
      const id = Number(url.searchParams.get('docId'));
      const api = byId.get(id);
      if (!api || url.searchParams.get('docType') !== '2') {
        json({ success: false, code: 'NOT_FOUND', errMsg: 'no such doc', data: null });
        return;
      }
      const body = JSON.stringify({ success: true, code: 0, errMsg: '', data: JSON.parse(api.text) });
      const plan = faults.get(id);
      if (plan && plan.queue.length > 0) {
        const f = plan.always && plan.queue.length === 1 ? plan.queue[0]! : plan.queue.shift()!;
        serveFault(f, body);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json;charset=UTF-8' });
      res.end(body);
      return;
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    categories,
    apis,
    requests,
    faults,
    catalogFaults,
    documentRequests: () => requests.filter((r) => r.startsWith('/handler/document/getDocument.json')).length,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
