import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HTML_CODES, parseSavedHtml } from '../../generator/parse/html/index.js';
import { TEXT_CODES } from '../../generator/parse/text/index.js';
import { parseDocJson } from '../../generator/parse/json.js';
import { renderSavedHtml } from '../helpers/render-html.js';

const FILE = 'pages/saved/tmall_exchange_message_add.html';
const jsonFile = 'pages/toplib/exchange/tmall_exchange_message_add.json';
const spec = parseDocJson({ text: readFileSync(jsonFile, 'utf8'), file: jsonFile }).spec!;
const html = renderSavedHtml(spec);
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('broken saved HTML', () => {
  it('a page cut in half before its tables: an error with the HTML file and line, no spec, no throw', () => {
    const cut = html.slice(0, html.indexOf('<table class="params"'));
    const r = parseSavedHtml({ html: cut, file: FILE });
    expect(r.spec).toBeUndefined();
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: TEXT_CODES.missingSection, file: FILE, api: 'tmall.exchange.message.add' });
    // The last thing the cut page shows is the 请求参数 heading: the error points at its HTML line.
    expect(errors[0]!.line).toBe(lineOf(cut, '<h2>请求参数</h2>'));
    expect(errors[0]!.frame).toBe('<h2>请求参数</h2>');
  });

  it('a page cut in the middle of the response table: an error on an HTML line of the page, no throw', () => {
    const cut = html.slice(0, html.indexOf('results') + 40);
    const r = parseSavedHtml({ html: cut, file: FILE });
    expect(r.spec).toBeUndefined();
    const error = r.diagnostics.find((d) => d.severity === 'error')!;
    expect(error).toMatchObject({ code: TEXT_CODES.truncatedTable, file: FILE });
    expect(error.line).toBeGreaterThan(lineOf(cut, '<h2>响应参数</h2>'));
    expect(error.line).toBeLessThanOrEqual(cut.split('\n').length);
  });

  it('an empty file: TOP050', () => {
    expect(parseSavedHtml({ html: ' \n', file: FILE }).diagnostics).toEqual([{ code: HTML_CODES.empty, severity: 'error', message: 'file is empty', file: FILE, line: 1 }]);
  });

  it('a page that shows no text: TOP052', () => {
    const r = parseSavedHtml({ html: '<!DOCTYPE html>\n<html><head><script>var a = 1;</script></head><body><nav>文档中心</nav></body></html>', file: FILE });
    expect(r.diagnostics).toEqual([{ code: HTML_CODES.noText, severity: 'error', message: 'HTML page shows no text: not a saved doc page', file: FILE, line: 1 }]);
  });

  it('some other HTML page: the core says it is not a doc page, on the HTML line', () => {
    const r = parseSavedHtml({ html: '<html>\n<body>\n<p>hello &amp; welcome</p>\n</body>\n</html>', file: FILE });
    expect(r.spec).toBeUndefined();
    expect(r.diagnostics).toMatchObject([{ code: TEXT_CODES.noTitle, severity: 'error', file: FILE, line: 3, frame: '<p>hello &amp; welcome</p>' }]);
  });

  it('a warning inside the Java sample points at its HTML line', () => {
    const broken = html.replace('req.setDisputeId(', 'req.setDisputeIdX(');
    const r = parseSavedHtml({ html: broken, file: FILE });
    expect(r.spec).toBeDefined();
    const d = r.diagnostics.find((x) => x.code === TEXT_CODES.unknownSetter)!;
    expect(d).toMatchObject({ severity: 'warning', file: FILE, line: lineOf(broken, 'req.setDisputeIdX(') });
    expect(d.frame).toContain('setDisputeIdX');
  });

  it('garbage and odd markup do not throw', () => {
    for (const junk of ['<', '<html', '<table><tr><td>名称 类型</td>', '<div>\u0000\u0001</div>', html.slice(0, html.length / 2), html.replace(/<\/td>/g, '')]) {
      expect(() => parseSavedHtml({ html: junk, file: FILE })).not.toThrow();
    }
  });
});
