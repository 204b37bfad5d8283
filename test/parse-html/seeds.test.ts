import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectInput } from '../../generator/parse/detect.js';
import { parseDocJson } from '../../generator/parse/json.js';
import { parseSavedHtml } from '../../generator/parse/html/index.js';
import { layoutHtml } from '../../generator/parse/html/layout.js';
import { parseCopiedText } from '../../generator/parse/text/index.js';
import { copiedTextToHtml } from '../helpers/render-html.js';
import { treeOf } from '../helpers/render-text.js';

const SEEDS = [
  ['000_b0424229277e58b7.txt', 'refund/taobao_rdc_aligenius_identification_case_update.json'],
  ['001_b66b54eaae78ef96.txt', 'wdk/alibaba_wdk_reverse_creatrefund.json'],
  ['002_1a904f78e912d50a.txt', 'trade/alibaba_wdk_trade_refund_inform.json'],
  ['003_a8cd2ce1bec7c9ae.txt', 'exchange/tmall_exchange_message_add.json'],
] as const;

/** Lines a copy shows, without indentation and blank lines (the HTML layout does not reproduce those). */
const shown = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');

describe('seed pages as saved HTML', () => {
  for (const [seed, json] of SEEDS) {
    describe(seed, () => {
      const file = `pages/seeds/${seed}`;
      const text = readFileSync(file, 'utf8');
      const html = copiedTextToHtml(text);
      const htmlFile = file.replace(/\.txt$/, '.html');

      it('is detected as HTML', () => {
        expect(detectInput(new TextEncoder().encode(html)).kind).toBe('html');
      });

      it('lays out as the copied text', () => {
        expect(shown(layoutHtml(html).text)).toEqual(shown(text));
      });

      it('parses to the spec parseCopiedText gives for the seed text', () => {
        const fromText = parseCopiedText({ text, file });
        const fromHtml = parseSavedHtml({ html, file: htmlFile });
        expect(fromHtml.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(fromHtml.spec).toEqual(fromText.spec);
        expect(fromHtml.diagnostics.map((d) => [d.code, d.message])).toEqual(fromText.diagnostics.map((d) => [d.code, d.message]));
      });

      it('has the request/response trees of the corpus JSON', () => {
        const jsonFile = `pages/toplib/${json}`;
        const expected = parseDocJson({ text: readFileSync(jsonFile, 'utf8'), file: jsonFile }).spec!;
        const got = parseSavedHtml({ html, file: htmlFile }).spec!;
        expect(treeOf(got.request)).toEqual(treeOf(expected.request));
        expect(treeOf(got.response)).toEqual(treeOf(expected.response));
        expect(got.api).toBe(expected.api);
        expect(got.title).toBe(expected.title);
      });
    });
  }
});
