/**
 * Parse stage entry: doc pages in, specs out. Detects each input's kind, routes it to its front-end,
 * names categories from `catelog.json`, and merges several inputs of one API into one spec.
 */
import { dirname } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import type { ApiSpec, CategoryRef } from '../spec/types.js';
import { detectInput } from './detect.js';
import { parseDocJson } from './json.js';
import { parseCopiedText, TEXT_CODES } from './text/index.js';
import { parseSavedHtml } from './html/index.js';
import { mergeSpecs } from './merge.js';

/** TOP110: binary; TOP111: empty; TOP112: not a doc page. */
export const INPUT_CODES = {
  binary: 'TOP110',
  empty: 'TOP111',
  notAPage: 'TOP112',
} as const;

export interface InputFile {
  /** Path as shown in diagnostics and recorded in `sources` (relative, `/`-separated). */
  path: string;
  bytes: Uint8Array;
  /** True when the user named the file itself (an unrecognised file is then an error, not a skip). */
  explicit?: boolean;
}

export interface ParseInputsResult {
  specs: ApiSpec[];
  diagnostics: Diagnostic[];
  /** Inputs that gave no spec because of an error. */
  failed: string[];
}

/** Parses every input, pure: the caller reads the files. Specs come back sorted by method. */
export function parseInputs(files: readonly InputFile[]): ParseInputsResult {
  const diagnostics: Diagnostic[] = [];
  const failed: string[] = [];
  const categories = new Map<string, CategoryRef>();
  const pending: { file: InputFile; kind: string; text: string }[] = [];
  for (const file of files) {
    const { kind, text } = detectInput(file.bytes);
    if (kind === 'catalog-json') {
      const c = JSON.parse(text) as { pkg: string; name: unknown; id: unknown };
      categories.set(dirname(file.path), { pkg: c.pkg, name: String(c.name ?? ''), id: Number(c.id) });
      continue;
    }
    pending.push({ file, kind, text });
  }
  const byApi = new Map<string, ApiSpec[]>();
  const guessed = new Set<string>();
  for (const { file, kind, text } of pending) {
    const fail = (code: `TOP${number}`, message: string, severity: Diagnostic['severity'] = 'error') => {
      diagnostics.push({ code, severity, message, file: file.path, line: severity === 'error' ? 1 : 0 });
      if (severity === 'error') failed.push(file.path);
    };
    let result: { spec?: ApiSpec; diagnostics: Diagnostic[] };
    switch (kind) {
      case 'doc-json': {
        const category = categories.get(dirname(file.path));
        result = parseDocJson({ text, file: file.path, ...(category ? { category } : {}) });
        break;
      }
      case 'copied-text':
        result = parseCopiedText({ text, file: file.path });
        break;
      case 'binary':
        fail(INPUT_CODES.binary, 'binary file: not a doc page (expected copied page text, saved HTML or doc-site JSON)');
        continue;
      case 'empty':
        fail(INPUT_CODES.empty, 'empty file: not a doc page', file.explicit ? 'error' : 'warning');
        continue;
      case 'html':
        result = parseSavedHtml({ html: text, file: file.path });
        break;
      default:
        fail(INPUT_CODES.notAPage, 'not a TOP doc page (no `method (中文名)` title with 请求参数/响应参数, and not doc-site JSON)', file.explicit ? 'error' : 'warning');
        continue;
    }
    diagnostics.push(...result.diagnostics);
    if (!result.spec || result.diagnostics.some((d) => d.severity === 'error')) {
      failed.push(file.path);
      continue;
    }
    if (result.diagnostics.some((d) => d.code === TEXT_CODES.guessedNesting)) guessed.add(file.path);
    const spec = { ...result.spec, sources: [file.path] };
    const list = byApi.get(spec.api);
    if (list) list.push(spec);
    else byApi.set(spec.api, [spec]);
  }
  const specs: ApiSpec[] = [];
  for (const api of [...byApi.keys()].sort(compare)) {
    const merged = mergeSpecs(byApi.get(api) ?? [], guessed);
    diagnostics.push(...merged.diagnostics);
    specs.push(merged.spec);
  }
  return { specs, diagnostics, failed };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
