import { describe, expect, it } from 'vitest';
import { parseSavedHtml } from '../../generator/parse/html/index.js';
import type { ParamSpec } from '../../generator/spec/types.js';
import { loadCorpus } from '../../scripts/roundtrip.js';
import { renderSavedHtml } from '../helpers/render-html.js';
import { cellsOf, treeOf } from '../helpers/render-text.js';

/** A fixed sample of 200 corpus APIs: every 21st of the corpus sorted by category and file, so every part of it. */
function sample<T>(all: readonly T[], n = 200): T[] {
  const step = Math.floor(all.length / n);
  return Array.from({ length: n }, (_, i) => all[i * step] as T);
}

/** HTML cannot carry NUL characters (a few corpus descriptions have them): the parser drops them, as a browser does. */
const norm = (s: string | undefined) => (s ?? '').replace(/\u0000/g, '').replace(/\s+/g, ' ').trim();
const texts = (params: readonly ParamSpec[]) => cellsOf(params).map(([path, example, description]) => [path, norm(example) || undefined, norm(description)]);

describe('corpus APIs rendered as saved HTML', () => {
  const corpus = sample(loadCorpus());

  it('samples 200 APIs across categories', () => {
    expect(corpus).toHaveLength(200);
    expect(new Set(corpus.map((c) => c.file.split('/')[2])).size).toBeGreaterThan(60);
  });

  it('parses every page into the request/response trees, descriptions and examples of its JSON', () => {
    const failed: string[] = [];
    for (const { file, spec } of corpus) {
      const html = renderSavedHtml(spec);
      const r = parseSavedHtml({ html, file: `${file}.html` });
      const got = r.spec;
      const same =
        got !== undefined &&
        JSON.stringify(treeOf(got.request)) === JSON.stringify(treeOf(spec.request)) &&
        JSON.stringify(treeOf(got.response)) === JSON.stringify(treeOf(spec.response)) &&
        JSON.stringify(texts(got.request)) === JSON.stringify(texts(spec.request)) &&
        JSON.stringify(texts(got.response)) === JSON.stringify(texts(spec.response)) &&
        got.api === spec.api &&
        got.title === norm(spec.title);
      if (!same) failed.push(file);
    }
    console.log(`saved HTML, 200-API sample: ${200 - failed.length}/200 come back exactly`);
    expect(failed).toEqual([]);
  });

  it('reads nested params laid out in rows of their own the same way', () => {
    for (const { file, spec } of corpus) {
      const got = parseSavedHtml({ html: renderSavedHtml(spec, { nested: 'row' }), file }).spec;
      expect(got && treeOf(got.request), file).toEqual(treeOf(spec.request));
      expect(got && treeOf(got.response), file).toEqual(treeOf(spec.response));
      expect(got && texts(got.request), file).toEqual(texts(spec.request));
      expect(got && texts(got.response), file).toEqual(texts(spec.response));
    }
  });

  it('parses every page the same without samples when the tree is flat', () => {
    for (const { file, spec } of corpus.filter((c) => [...c.spec.request, ...c.spec.response].every((p) => !p.children?.length)).slice(0, 50)) {
      const got = parseSavedHtml({ html: renderSavedHtml(spec, { samples: false }), file }).spec;
      expect(got && treeOf(got.request)).toEqual(treeOf(spec.request));
      expect(got && treeOf(got.response)).toEqual(treeOf(spec.response));
    }
  });
});
