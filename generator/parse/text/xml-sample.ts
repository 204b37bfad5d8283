/**
 * The XML response sample: element nesting is the response tree; list params wrap their items
 * (`<pic_urls><pic_url>…</pic_url></pic_urls>`, `<reverse_ids><number>…</number></reverse_ids>`).
 */
import type { Line } from './lines.js';
import type { Evidence, EvidenceEntry } from './evidence.js';
import { normName } from './evidence.js';

export interface XmlElement {
  name: string;
  children: XmlElement[];
  text: string;
  line: Line;
}

/**
 * Parses the sample's elements; `undefined` when it is not well-formed (then it is no evidence). The root is the
 * `<x_response>` element; a sample that lists the response's fields without one (qimen pages) gets a root of no
 * name holding them.
 */
export function parseXmlSample(body: readonly Line[]): XmlElement | undefined {
  const stack: XmlElement[] = [];
  const tops: XmlElement[] = [];
  for (const line of body) {
    if (line.bullet || line.text === '') continue;
    const re = /<(\/?)([\w.:-]+)[^>]*?(\/?)>|([^<]+)/g;
    for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
      if (m[4] !== undefined) {
        const top = stack[stack.length - 1];
        if (top) top.text += decode(m[4]);
        // Outside the elements: a code block's line-number gutter (`1`, `2`, … before the XML) is not the sample's.
        else if (!/^[\s\d]*$/.test(m[4])) return rootOf(tops);
        continue;
      }
      const name = m[2] ?? '';
      if (m[1]) {
        const top = stack.pop();
        if (!top || top.name !== name) return undefined;
        continue;
      }
      const el: XmlElement = { name, children: [], text: '', line };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(el);
      else tops.push(el);
      if (!m[3]) stack.push(el);
    }
  }
  return stack.length === 0 ? rootOf(tops) : undefined;
}

/** The one `…_response` element, or a nameless root over the top-level elements of a sample without one. */
export function rootOf(tops: readonly XmlElement[]): XmlElement | undefined {
  const first = tops[0];
  if (!first) return undefined;
  if (tops.length === 1 && /_response$/.test(first.name)) return first;
  return { name: '', children: [...tops], text: '', line: first.line };
}

function decode(s: string): string {
  return s.replace(/&(quot|amp|lt|gt|apos|#(\d+));/g, (_, e: string, d: string | undefined) =>
    d ? String.fromCodePoint(Number(d)) : ({ quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" } as Record<string, string>)[e] ?? '',
  );
}

/** Evidence from an element's children; a list param's element wraps items, so children/value resolve by list-ness. */
export function xmlEvidence(el: XmlElement): Evidence {
  const names = new Map<string, EvidenceEntry>();
  for (const child of el.children) {
    const key = normName(child.name);
    if (names.has(key)) continue;
    const entry: EvidenceEntry = {
      name: `<${child.name}>`,
      line: child.line,
      resolve: (list) => {
        if (list && child.children.length > 0) {
          const items = child.children;
          if (items.some((it) => it.children.length > 0)) {
            return { children: xmlEvidence({ name: child.name, children: items.flatMap((it) => it.children), text: '', line: child.line }) };
          }
          // `<string>a</string><string>b</string>` is the list `a,b` (an example cell `["a","b"]` splits the same way).
          return { value: items.map((it) => it.text.trim()).join(',') };
        }
        if (child.children.length > 0) return { children: xmlEvidence(child) };
        return { value: child.text.trim() };
      },
    };
    names.set(key, entry);
  }
  return { names, used: new Set() };
}
