/**
 * The Java request sample: `objN.setFooBar(value)`, `listN.add(objM)`, `req.setX(objN)`. It tells which object
 * each setter is called on (nesting evidence) and gives the literal values (example evidence).
 */
import type { Line } from './lines.js';
import type { Evidence, EvidenceEntry } from './evidence.js';
import { normName } from './evidence.js';

export interface SetterCall {
  target: string;
  setter: string;
  /** Variable name when the argument is `objN`/`listN`. */
  ref?: string;
  /** Literal value, when the argument is one. */
  value?: string;
  line: Line;
}

export interface JavaSample {
  calls: SetterCall[];
  /** listN → the objects added to it. */
  lists: Map<string, string[]>;
  /** The request variable (`req`). */
  request: string;
}

const SETTER = /^(\w+)\.set(\w+)\((.*)$/;
const ADD = /^(\w+)\.add\((\w+)\);?$/;
const DECL = /^([\w.<>, ]+?) (\w+) = new ([\w.<>, ]+)\(.*\);?$/;

export function parseJavaSample(body: readonly Line[]): JavaSample | undefined {
  const calls: SetterCall[] = [];
  const lists = new Map<string, string[]>();
  const declared = new Set<string>();
  /** The object last added to a list: the doc site's sample sets an item's nested object on it by a wrong name. */
  let lastItem: string | undefined;
  let request: string | undefined;
  for (let i = 0; i < body.length; i++) {
    const line = body[i];
    if (!line || line.bullet || line.text === '') continue;
    const d = DECL.exec(line.text);
    if (d) {
      declared.add(d[2] ?? '');
      if (/Request$/.test(d[3] ?? '') && request === undefined && !/\./.test(d[3] ?? '')) request = d[2];
      if (/^(Array)?List</.test(d[3] ?? '')) lists.set(d[2] ?? '', []);
      continue;
    }
    const a = ADD.exec(line.text);
    if (a) {
      lists.get(a[1] ?? '')?.push(a[2] ?? '');
      lastItem = a[2];
      continue;
    }
    const s = SETTER.exec(line.text);
    if (!s) continue;
    let arg = s[3] ?? '';
    // `new Long[] { 5 };` is followed by `);` on the next line in copied pages.
    if (!/\);?$/.test(arg) || /\{[^}]*\};?$/.test(arg)) {
      const next = body[i + 1];
      if (next && /^\);?$/.test(next.text)) i++;
    }
    arg = arg.replace(/\);?$/, '').replace(/;$/, '').trim();
    // `list5.setUserInfo(obj6)` with no `list5` declared: the doc site's generator means the list item (`obj4`).
    const named = s[1] ?? '';
    const target = /^list\d+$/.test(named) && !declared.has(named) && lastItem !== undefined ? lastItem : named;
    const call: SetterCall = { target, setter: s[2] ?? '', line };
    const value = literal(arg);
    if (/^(obj|list)\d+$/.test(arg)) call.ref = arg;
    else if (value !== undefined) call.value = value;
    calls.push(call);
  }
  if (request === undefined) request = 'req';
  return calls.length > 0 || lists.size > 0 ? { calls, lists, request } : undefined;
}

function literal(arg: string): string | undefined {
  const str = /^"((?:[^"\\]|\\.)*)"$/.exec(arg);
  if (str) return (str[1] ?? '').replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
  const num = /^(-?\d+(?:\.\d+)?)[LlFfDd]?$/.exec(arg);
  if (num) return num[1];
  if (/^(true|false)$/.test(arg)) return arg;
  const arr = /^new \w+\[\] ?\{(.*)\}$/.exec(arg);
  if (arr) return (arr[1] ?? '').split(',').map((x) => literal(x.trim()) ?? x.trim()).join(',');
  if (/^new FileItem\(/.test(arg)) return undefined;
  const date = /^StringUtils\.parseDateTime\("(.*)"\)$/.exec(arg);
  if (date) return date[1];
  return undefined;
}

/** Nesting evidence: the request's top-level setters, each object's setters below it. */
export function javaEvidence(sample: JavaSample): Evidence {
  const byTarget = new Map<string, SetterCall[]>();
  for (const c of sample.calls) {
    const list = byTarget.get(c.target) ?? [];
    list.push(c);
    byTarget.set(c.target, list);
  }
  const build = (vars: readonly string[], seen: Set<string>): Evidence => {
    const names = new Map<string, EvidenceEntry>();
    for (const v of vars) {
      if (seen.has(v)) continue;
      for (const c of byTarget.get(v) ?? []) {
        const key = normName(c.setter);
        if (names.has(key)) continue;
        const entry: EvidenceEntry = { name: `set${c.setter}`, line: c.line };
        if (c.value !== undefined) entry.value = c.value;
        if (c.ref !== undefined) {
          const targets = sample.lists.get(c.ref) ?? [c.ref];
          entry.children = build(targets, new Set([...seen, v]));
        }
        names.set(key, entry);
      }
    }
    return { names, used: new Set() };
  };
  return build([sample.request], new Set());
}
