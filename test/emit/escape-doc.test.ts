import { describe, expect, it } from 'vitest';
import { docLines, escapeDocLine, fieldDocText, htmlToText } from '../../generator/emit/escape-doc.js';
import { quote } from '../../generator/emit/print-code.js';

describe('doc escaping', () => {
  it('never lets text end the comment, start a tag or open a template', () => {
    expect(escapeDocLine('a */ b @see `c` ${d}')).toBe('a *\\/ b \\@see \\`c\\` $\\{d}');
  });

  it('turns HTML into lines and decodes entities after which it escapes again', () => {
    expect(htmlToText('a<br/>b<p>c</p><b>d</b>&lt;x&gt;&amp;&nbsp;')).toBe('a\nb\nc\nd<x>& ');
    expect(docLines('&#42;/ evil')).toEqual(['*\\/ evil']);
    expect(docLines('one\r\ntwo\u2028three\u2029four\n\n\n\nfive\n')).toEqual(['one', 'two', 'three', 'four', '', 'five']);
  });

  it('puts constraints before the example', () => {
    expect(fieldDocText({ description: 'd', example: '1', constraints: ['Max length: 2'] })).toBe('d\n\nMax length: 2\n@example 1');
    expect(fieldDocText({ description: '', constraints: [] })).toBeUndefined();
  });

  it('quotes any text as a valid string literal', () => {
    const text = "it's \\ a\nb\u2028";
    expect(new Function(`return ${quote(text)};`)()).toBe(text);
  });
});
