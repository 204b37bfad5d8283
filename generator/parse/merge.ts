/**
 * Several inputs for one API (its doc-site JSON and a copied page, say) become one spec.
 * The doc-site JSON is lossless for trees and constraints, so it is the base; a page adds what JSON lacks (examples).
 * Where trees disagree, the base wins and a warning names the first difference.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { ApiSpec, ParamSpec } from '../spec/types.js';

export const MERGE_CODES = { treesDisagree: 'TOP120' } as const;

/**
 * `guessed`: source paths of pages whose nesting no sample settled (TOP014); a page read with its samples is the
 * better base when no doc-site JSON is among the inputs.
 */
export function mergeSpecs(specs: readonly ApiSpec[], guessed: ReadonlySet<string> = new Set()): { spec: ApiSpec; diagnostics: Diagnostic[] } {
  const [first, ...others] = rank(specs, guessed);
  if (!first) throw new Error('mergeSpecs needs at least one spec');
  const diagnostics: Diagnostic[] = [];
  let base: ApiSpec = { ...first, sources: [...(first.sources ?? [])] };
  for (const other of others) {
    const difference = firstDifference(base.request, other.request, 'request') ?? firstDifference(base.response, other.response, 'response');
    if (difference) {
      diagnostics.push({
        code: MERGE_CODES.treesDisagree,
        severity: 'warning',
        message: `${other.api}: this page's tree differs from ${base.sources?.[0] ?? 'another input'} at ${difference}; ${base.docId !== undefined ? 'the doc-site JSON' : 'that tree'} is kept`,
        file: other.sources?.[0] ?? '',
        line: 0,
        api: other.api,
        path: difference,
      });
    }
    base = {
      ...base,
      title: base.title || other.title,
      description: base.description || other.description,
      request: addPageCells(base.request, other.request),
      response: addPageCells(base.response, other.response),
      ...(base.category ?? other.category ? { category: base.category ?? other.category } : {}),
      sources: [...(base.sources ?? []), ...(other.sources ?? [])].sort(),
    };
  }
  return { spec: base, diagnostics };
}

/**
 * JSON-made specs (they carry a docId) first, then pages whose trees their samples gave, then pages whose nesting was
 * guessed, each by source path, so the result does not depend on input order.
 */
function rank(specs: readonly ApiSpec[], guessed: ReadonlySet<string>): ApiSpec[] {
  const trust = (s: ApiSpec) => (s.docId !== undefined ? 2 : guessed.has(s.sources?.[0] ?? '') ? 0 : 1);
  return [...specs].sort((a, b) => trust(b) - trust(a) || ((a.sources?.[0] ?? '') < (b.sources?.[0] ?? '') ? -1 : 1));
}

/**
 * Examples and default values come from pages only (the doc-site JSON has neither); the spec writer puts keys in the
 * contract's order, so plain assignment is enough.
 */
function addPageCells(base: ParamSpec[], other: ParamSpec[]): ParamSpec[] {
  return base.map((p) => {
    const match = other.find((o) => o.name === p.name);
    if (!match) return p;
    const out: ParamSpec = { ...p };
    if (out.example === undefined && match.example !== undefined) out.example = match.example;
    if (out.default === undefined && match.default !== undefined) out.default = match.default;
    if (out.children && match.children) out.children = addPageCells(out.children, match.children);
    return out;
  });
}

function firstDifference(a: ParamSpec[], b: ParamSpec[], path: string): string | undefined {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (!x || !y) return `${path}.${(x ?? y)?.name ?? '?'}`;
    const here = `${path}.${x.name}`;
    if (x.name !== y.name || x.type !== y.type || Boolean(x.list) !== Boolean(y.list) || (x.required ?? false) !== (y.required ?? false)) return here;
    const deeper = firstDifference(x.children ?? [], y.children ?? [], x.list ? `${here}[]` : here);
    if (deeper) return deeper;
  }
  return undefined;
}
