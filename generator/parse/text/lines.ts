/**
 * Line normalisation for copied page text: CRLF/CR, NBSP and other odd spaces, trailing and leading white space
 * (copied pages indent by varying amounts; seed 003 shifts everything after a point by 4 spaces).
 * Every line keeps its 1-based line number in the input, for diagnostics.
 */

export interface Line {
  /** 1-based line number in the input. */
  no: number;
  /** The text with indentation and trailing white space removed, odd spaces made plain. */
  text: string;
  /** The line as it was (CR removed), for diagnostic frames. */
  raw: string;
  /** True for `• ` list bullets (one table cell each); `text` then holds the cell without the bullet. */
  bullet: boolean;
}

const ODD_SPACES = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff\t]/g;

export function splitLines(input: string): Line[] {
  const text = input.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  return text.split('\n').map((raw, i) => {
    let t = raw.replace(ODD_SPACES, ' ').replace(/ +$/, '').replace(/^ +/, '');
    let bullet = false;
    const m = /^[•·●▪◦] ?(.*)$/s.exec(t);
    if (m) {
      bullet = true;
      t = (m[1] ?? '').trim();
    }
    return { no: i + 1, text: t, raw, bullet };
  });
}
