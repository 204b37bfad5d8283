/**
 * A minimal XML reader for TOP responses: elements, text, CDATA, the five predefined entities and numeric
 * character references. Skips the XML declaration, comments (also after the root) and processing instructions.
 * Attributes are ignored (TOP puts all data in elements).
 */

export interface XmlElement {
  name: string;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes entity and character references. */
export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
}

/** Parses a document and returns its root element; throws `SyntaxError` on malformed input. */
export function parseXml(xml: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) {
      const top = stack[stack.length - 1];
      if (top) top.text += decodeXmlText(xml.slice(i, textEnd));
      else if (xml.slice(i, textEnd).trim() !== '') throw new SyntaxError('XML: text outside the root element');
    }
    if (lt === -1) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end === -1) throw new SyntaxError('XML: unterminated comment');
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end === -1) throw new SyntaxError('XML: unterminated CDATA');
      const top = stack[stack.length - 1];
      if (top) top.text += xml.slice(lt + 9, end);
      i = end + 3;
    } else if (xml.startsWith('<?', lt) || xml.startsWith('<!', lt)) {
      const end = xml.indexOf('>', lt);
      if (end === -1) throw new SyntaxError('XML: unterminated declaration');
      i = end + 1;
    } else {
      const end = xml.indexOf('>', lt);
      if (end === -1) throw new SyntaxError('XML: unterminated tag');
      const raw = xml.slice(lt + 1, end);
      i = end + 1;
      if (raw.startsWith('/')) {
        const name = raw.slice(1).trim();
        const open = stack.pop();
        if (!open || open.name !== name) throw new SyntaxError(`XML: unexpected </${name}>`);
        if (stack.length === 0) root = open;
        continue;
      }
      const selfClosing = raw.endsWith('/');
      const name = /^[^\s/>]+/.exec(raw)?.[0];
      if (!name) throw new SyntaxError('XML: empty tag name');
      const el: XmlElement = { name, children: [], text: '' };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(el);
      else if (root) throw new SyntaxError('XML: more than one root element');
      if (selfClosing) {
        if (!parent) root = el;
      } else stack.push(el);
    }
  }
  if (stack.length > 0 || !root) throw new SyntaxError('XML: unterminated document');
  return root;
}
