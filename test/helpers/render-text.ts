/**
 * Renders an ApiSpec as a copied doc page (the layout of `pages/seeds/*.txt`): top-level rows on one line with
 * empty cells dropped, nested params one cell per `• ` bullet (`└ name` for leaves), 更多限制 as bullets, then
 * the Java request sample and the XML response sample (or no samples).
 */
import type { ApiSpec, Constraints, ParamSpec } from '../../generator/spec/types.js';
import { CONSTRAINT_KEYS } from '../../generator/spec/types.js';
import { CONSTRAINT_LABELS } from '../../generator/parse/text/cells.js';

export interface RenderOptions {
  samples?: boolean;
  /** Indent everything from the 响应参数 section on by 4 spaces, as seed 003 is. */
  shift?: boolean;
  /** The response sample's tab: XML (the page's default) or JSON. */
  responseSample?: 'xml' | 'json';
}


/** Page text collapses white space; the page shows no line breaks inside a cell. */
const cell = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export function typeCell(p: ParamSpec): string {
  if (p.type === '') return '';
  return p.list ? `${p.type} []` : p.type;
}

/**
 * Deterministic made-up examples for every leaf (every fourth has none) and for every third object (real pages give
 * objects examples too: `result TopBatchResultDo 9904242013 返回结果`), for specs from the corpus JSON.
 */
export function withExamples(spec: ApiSpec): ApiSpec {
  let h = 0;
  let objects = 0;
  const fill = (p: ParamSpec): ParamSpec => {
    const q: ParamSpec = { ...p };
    delete q.example;
    if (p.children && p.children.length > 0) {
      // An example without a description reads as a description on the page (seed 001's `CreateReverseReq`).
      if (++objects % 3 === 0 && cell(p.description) !== '') q.example = objects % 2 === 0 ? '{}' : `o${objects}`;
      q.children = p.children.map(fill);
    } else {
      h++;
      if (h % 4 !== 3) {
        const t = p.type;
        q.example = t === 'Number' ? String(100 + h) : t === 'Boolean' ? 'true' : t === 'Date' ? '2000-01-01 00:00:00' : t === 'byte[]' ? 'a.jpg' : `x${h}`;
      }
    }
    return q;
  };
  // Some request leaves get a 默认值 (the doc-site JSON has none).
  let d = 0;
  const withDefault = (p: ParamSpec): ParamSpec => {
    if (p.children && p.children.length > 0) return { ...p, children: p.children.map(withDefault) };
    return ++d % 7 === 0 ? { ...p, default: p.type === 'Number' ? String(d) : p.type === 'Boolean' ? 'false' : `d${d}` } : p;
  };
  return { ...spec, request: spec.request.map(fill).map(withDefault), response: spec.response.map(fill) };
}

/** The 更多限制 cells of a param: its constraints, then its default value. */
export function limitCells(p: ParamSpec): string[] {
  const out = CONSTRAINT_KEYS.filter((k) => p.constraints?.[k] !== undefined).map((k) => `${CONSTRAINT_LABELS[k]}:${p.constraints?.[k]}`);
  if (p.default !== undefined) out.push(`默认值:${p.default}`);
  return out;
}

export function renderCopiedText(spec: ApiSpec, options: RenderOptions = {}): string {
  const samples = options.samples ?? true;
  const out: string[] = [];
  let indent = '';
  const line = (s: string) => out.push(s === '' ? '' : indent + s);
  const bullet = (s: string) => line(`  • ${s}`);
  line(`${spec.api} (${cell(spec.title)})`);
  line('');
  if (cell(spec.description) !== '') {
    line(cell(spec.description));
    line('');
  }
  line('公共参数');
  line('');
  const table = (params: readonly ParamSpec[], request: boolean) => {
    const nested = (p: ParamSpec) => {
      const leaf = !p.children || p.children.length === 0;
      bullet(leaf ? `└ ${p.name}` : p.name);
      if (typeCell(p) !== '') bullet(typeCell(p));
      if (request) bullet(p.required ? '必须' : '可选');
      if (cell(p.example) !== '') bullet(cell(p.example));
      for (const c of limitCells(p)) bullet(c);
      if (cell(p.description) !== '') bullet(cell(p.description));
      for (const c of p.children ?? []) nested(c);
    };
    for (const p of params) {
      const limits = limitCells(p);
      const cells = [p.name, typeCell(p), request ? (p.required ? '必须' : '可选') : '', cell(p.example)];
      if (limits.length === 0) cells.push(cell(p.description));
      line(cells.filter((c) => c !== '').join(' '));
      if (limits.length > 0) {
        for (const c of limits) bullet(c);
        if (cell(p.description) !== '') bullet(cell(p.description));
      }
      for (const c of p.children ?? []) nested(c);
    }
  };
  line('请求参数');
  line('');
  line('名称 类型 是否必须 示例值 更多限制 描述');
  table(spec.request, true);
  line('');
  if (options.shift) indent = '    ';
  line('响应参数');
  line('');
  line('名称 类型 示例值 描述');
  table(spec.response, false);
  line('');
  line('请求示例');
  line('');
  for (const lang of ['JAVA', '.NET', 'PHP', 'CURL', 'Python', 'C/C++', 'NodeJS']) bullet(lang);
  if (samples) for (const l of javaSample(spec)) line(l);
  line('');
  line('响应示例');
  line('');
  bullet('XML示例');
  bullet('JSON示例');
  if (samples) for (const l of options.responseSample === 'json' ? jsonSample(spec) : xmlSample(spec)) line(l);
  line('');
  line('异常示例');
  line('');
  bullet('XML示例');
  bullet('JSON示例');
  for (const l of ['<error_response>', '    <code>50</code>', '    <msg>Remote service error</msg>', '    <sub_code>isv.invalid-parameter</sub_code>', '    <sub_msg>非法参数</sub_msg>', '</error_response>']) line(l);
  line('');
  for (const l of ['错误码解释', '', '错误码 错误描述 解决方案', '', 'API工具', '', '如何获得此API', '', 'FAQ', '', '返回']) line(l);
  out.push(`${indent}顶部`);
  return out.join('\n');
}

const pascal = (name: string) => name.split(/[_.]/).map((s) => (s === '' ? '' : s[0]!.toUpperCase() + s.slice(1))).join('');
const snake = (type: string) => type.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

function requestClass(api: string): string {
  const parts = api.split('.');
  if (parts[0] === 'taobao') parts.shift();
  return parts.map(pascal).join('');
}

export function javaSample(spec: ApiSpec): string[] {
  const cls = `${requestClass(spec.api)}Request`;
  const out = ['TaobaoClient client = new DefaultTaobaoClient(url, appkey, secret);', `${cls} req = new ${cls}();`];
  let n = 0;
  const emit = (p: ParamSpec, target: string) => {
    const setter = `${target}.set${pascal(p.name)}`;
    if (p.children && p.children.length > 0) {
      const t = `${cls}.${p.type}`;
      const obj = () => {
        const v = `obj${++n}`;
        out.push(`${t} ${v} = new ${t}();`);
        return v;
      };
      if (p.list) {
        const list = `list${++n}`;
        out.push(`List<${t}> ${list} = new ArrayList<${t}>();`);
        const v = obj();
        out.push(`${list}.add(${v});`);
        for (const c of p.children) emit(c, v);
        out.push(`${setter}(${list});`);
      } else {
        const v = obj();
        for (const c of p.children) emit(c, v);
        out.push(`${setter}(${v});`);
      }
      return;
    }
    const ex = p.example ?? '';
    if (p.type === 'byte[]') out.push(`${setter}(new FileItem("/tmp/file.txt"));`);
    else if (p.type === 'Number' && p.list) out.push(`${setter}(new Long[] { ${ex} };`, ');');
    else if (p.type === 'Number' && /^-?\d+$/.test(ex)) out.push(`${setter}(${ex}L);`);
    else if (p.type === 'Boolean' && /^(true|false)$/.test(ex)) out.push(`${setter}(${ex});`);
    else if (p.type === 'Date') out.push(`${setter}(StringUtils.parseDateTime("${ex}"));`);
    else out.push(`${setter}(${JSON.stringify(ex)});`);
  };
  for (const p of spec.request) emit(p, 'req');
  out.push(`${requestClass(spec.api)}Response rsp = client.execute(req, sessionKey);`, 'System.out.println(rsp.getBody());');
  return out;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function xmlSample(spec: ApiSpec): string[] {
  const root = `${spec.api.replace(/\./g, '_')}_response`;
  const out = [`<${root}>`];
  const pad = (d: number) => '    '.repeat(d);
  const emit = (p: ParamSpec, d: number) => {
    const kids = p.children ?? [];
    const item = snake(p.type.replace(/\[\]$/, '')) || 'item';
    if (kids.length > 0) {
      out.push(`${pad(d)}<${p.name}>`);
      if (p.list) out.push(`${pad(d + 1)}<${item}>`);
      for (const c of kids) emit(c, d + (p.list ? 2 : 1));
      if (p.list) out.push(`${pad(d + 1)}</${item}>`);
      out.push(`${pad(d)}</${p.name}>`);
    } else if (p.list) {
      out.push(`${pad(d)}<${p.name}>`, `${pad(d + 1)}<${item}>${esc(cell(p.example))}</${item}>`, `${pad(d)}</${p.name}>`);
    } else out.push(`${pad(d)}<${p.name}>${esc(cell(p.example))}</${p.name}>`);
  };
  for (const p of spec.response) emit(p, 1);
  out.push(`</${root}>`);
  return out;
}

/**
 * The JSON tab's sample: the XML's shape (list wrappers and all), four-space indented, numbers and booleans bare.
 * Written out by hand, as a page may repeat a key (two params of one name) where an object could not.
 */
export function jsonSample(spec: ApiSpec): string[] {
  type Json = string | { entries: [string, Json][] } | { items: Json[] };
  const value = (p: ParamSpec): Json => {
    const kids = p.children ?? [];
    const item = snake(p.type.replace(/\[\]$/, '')) || 'item';
    const one = (): Json => {
      if (kids.length > 0) return { entries: kids.map((c) => [c.name, value(c)]) };
      const ex = cell(p.example);
      if (p.type === 'Number' && /^-?\d+$/.test(ex)) return ex;
      if (p.type === 'Boolean' && /^(true|false)$/.test(ex)) return ex;
      return JSON.stringify(ex);
    };
    return p.list ? { entries: [[item, { items: [one()] }]] } : one();
  };
  const write = (v: Json, d: number): string => {
    if (typeof v === 'string') return v;
    const pad = '    '.repeat(d + 1);
    const parts = 'entries' in v ? v.entries.map(([k, x]) => `${pad}${JSON.stringify(k)}: ${write(x, d + 1)}`) : v.items.map((x) => `${pad}${write(x, d + 1)}`);
    const [open, close] = 'entries' in v ? ['{', '}'] : ['[', ']'];
    return parts.length === 0 ? `${open}${close}` : `${open}\n${parts.join(',\n')}\n${'    '.repeat(d)}${close}`;
  };
  const root: Json = { entries: [[`${spec.api.replace(/\./g, '_')}_response`, { entries: spec.response.map((p) => [p.name, value(p)]) }]] };
  return write(root, 0).split('\n');
}

/** The tree of a param list: names, nesting, list-ness, types, required flags, constraints (no text cells). */
export interface TreeNode {
  name: string;
  type: string;
  list: boolean;
  required?: boolean;
  constraints?: Constraints;
  default?: string;
  children?: TreeNode[];
}

export function treeOf(params: readonly ParamSpec[]): TreeNode[] {
  return params.map((p) => {
    const t: TreeNode = { name: p.name, type: p.type, list: p.list === true };
    if (p.required !== undefined) t.required = p.required;
    if (p.constraints && Object.keys(p.constraints).length > 0) t.constraints = p.constraints;
    if (p.default !== undefined) t.default = p.default;
    if (p.children && p.children.length > 0) t.children = treeOf(p.children);
    return t;
  });
}

/** Every `[path, example, description]` in preorder, for comparing the text cells. */
export function cellsOf(params: readonly ParamSpec[], path = ''): [string, string | undefined, string][] {
  return params.flatMap((p) => [[`${path}.${p.name}`, p.example, p.description] as [string, string | undefined, string], ...cellsOf(p.children ?? [], `${path}.${p.name}`)]);
}
