/**
 * Saved HTML pages for the HTML front-end's tests (the doc site's real HTML is not available):
 * - `renderSavedHtml(spec)`: an ApiSpec laid out the way the doc site shows a page — title heading, description,
 *   a `<table>` per params section (名称/类型/是否必须/示例值/更多限制/描述), 更多限制 as `<ul><li>` items, nested
 *   params as one `<ul><li>└ name</li><li>type</li>…</ul>` block each inside the row's 描述 cell (empty cells kept as
 *   empty items, which a copy drops), then the Java and XML samples in `<pre>`; plus the chrome a saved page carries
 *   (head, styles, scripts, navigation) and entities.
 * - `copiedTextToHtml(text)`: a copied page (`pages/seeds/*.txt`) as the HTML a browser shows it from. Where the text
 *   does not say where one cell ends (the tail of a row, one param's bullets from the next), the HTML keeps them in
 *   one cell / one list, which copies back to the same text.
 * Every element starts on its own line, so HTML line numbers in diagnostics are meaningful.
 */
import type { ApiSpec, ParamSpec } from '../../generator/spec/types.js';
import { javaSample, limitCells, typeCell, xmlSample } from './render-text.js';


export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cell = (s: string | undefined) => escapeHtml((s ?? '').replace(/\s+/g, ' ').trim());

const HEAD = [
  '<!DOCTYPE html>',
  '<html lang="zh-CN">',
  '<head>',
  '<meta charset="utf-8">',
  '<title>API文档 - 淘宝开放平台</title>',
  '<style>.doc table { border: 1px solid #ccc; } li::before { content: "• "; }</style>',
  '<script>window.__INITIAL__ = { "tab": "<table>", "x": "请求参数" };</script>',
  '</head>',
  '<body>',
  '<nav class="top-nav"><a href="/">开放平台</a> <a href="/doc">文档中心</a> <span>请求参数</span></nav>',
];

const TAIL = [
  '<h2>异常示例</h2>',
  '<ul class="tabs"><li>XML示例</li><li>JSON示例</li></ul>',
  '<pre>',
  '&lt;error_response&gt;',
  '    &lt;code&gt;50&lt;/code&gt;',
  '    &lt;msg&gt;Remote service error&lt;/msg&gt;',
  '    &lt;sub_code&gt;isv.invalid-parameter&lt;/sub_code&gt;',
  '    &lt;sub_msg&gt;非法参数&lt;/sub_msg&gt;',
  '&lt;/error_response&gt;</pre>',
  '<h2>错误码解释</h2>',
  '<table class="codes">',
  '<tr><th>错误码</th><th>错误描述</th><th>解决方案</th></tr>',
  '</table>',
  '<h2>API工具</h2>',
  '<h2>如何获得此API</h2>',
  '<h2>FAQ</h2>',
  '</div>',
  '<footer><nav><a href="#">返回</a> <a href="#top">顶部</a></nav></footer>',
  '<script>document.querySelectorAll("pre").forEach(function (e) { e.dataset.x = "<pre>"; });</script>',
  '</body>',
  '</html>',
];

export interface HtmlRenderOptions {
  samples?: boolean;
  /** Where nested params go: inside the row's 描述 cell (default) or in a row of their own (`<td colspan>`). */
  nested?: 'cell' | 'row';
}

export function renderSavedHtml(spec: ApiSpec, options: HtmlRenderOptions = {}): string {
  const samples = options.samples ?? true;
  const out = [...HEAD];
  out.push(`<div class="crumbs">文档中心 &gt; API类目 &gt; ${cell(spec.category?.name ?? '开放API')}</div>`);
  out.push('<div class="doc">');
  out.push(`<h1 class="api-title">${cell(spec.api)} (${cell(spec.title)})</h1>`);
  if (cell(spec.description) !== '') out.push(`<div class="api-desc"><p>${cell(spec.description)}</p></div>`);
  out.push('<h2>公共参数</h2>');
  const table = (params: readonly ParamSpec[], request: boolean) => {
    out.push('<table class="params">');
    out.push(`<thead><tr>${(request ? ['名称', '类型', '是否必须', '示例值', '更多限制', '描述'] : ['名称', '类型', '示例值', '描述']).map((h) => `<th>${h}</th>`).join('')}</tr></thead>`);
    out.push('<tbody>');
    const limits = (p: ParamSpec) => limitCells(p).map((c) => `<li>${cell(c)}</li>`);
    const nested = (p: ParamSpec) => {
      const leaf = !p.children || p.children.length === 0;
      const items = [leaf ? `└ ${escapeHtml(p.name)}` : escapeHtml(p.name), escapeHtml(typeCell(p))];
      if (request) items.push(p.required ? '必须' : '可选');
      items.push(cell(p.example));
      const lim = limits(p);
      out.push(`<ul class="sub-param">${items.map((i) => `<li>${i}</li>`).join('')}${lim.join('')}<li>${cell(p.description)}</li></ul>`);
      for (const c of p.children ?? []) nested(c);
    };
    for (const p of params) {
      const lim = limits(p);
      const cells = [escapeHtml(p.name), escapeHtml(typeCell(p))];
      if (request) cells.push(p.required ? '必须' : '可选');
      cells.push(cell(p.example));
      if (request) cells.push(lim.length > 0 ? `<ul class="limits">${lim.join('')}</ul>` : '');
      out.push(`<tr>${cells.map((c) => `<td>${c}</td>`).join('')}<td>${cell(p.description)}`);
      const kids = p.children ?? [];
      if (options.nested === 'row' && kids.length > 0) out.push('</td></tr>', `<tr class="sub-params"><td colspan="${request ? 6 : 4}">`);
      for (const c of kids) nested(c);
      out.push('</td></tr>');
    }
    out.push('</tbody>', '</table>');
  };
  out.push('<h2>请求参数</h2>');
  table(spec.request, true);
  out.push('<h2>响应参数</h2>');
  table(spec.response, false);
  out.push('<h2>请求示例</h2>');
  out.push(`<ul class="tabs">${['JAVA', '.NET', 'PHP', 'CURL', 'Python', 'C/C++', 'NodeJS'].map((l) => `<li>${l}</li>`).join('')}</ul>`);
  if (samples) out.push(`<pre><code class="java">${javaSample(spec).map(escapeHtml).join('\n')}</code></pre>`);
  out.push('<h2>响应示例</h2>');
  out.push('<ul class="tabs"><li>XML示例</li><li>JSON示例</li></ul>');
  if (samples) out.push(`<pre class="xml">\n${xmlSample(spec).map(escapeHtml).join('\n')}</pre>`);
  out.push(...TAIL);
  return out.join('\n');
}

const HEADINGS = new Set(['公共参数', '请求参数', '响应参数', '请求示例', '响应示例', '异常示例', '错误码解释', 'API工具', '如何获得此API', 'FAQ']);
const TITLE = /^[A-Za-z][\w-]*(?:\.[\w-]+)+\s*[(（]/;

/** A copied page (seed text) → the HTML it was copied from, as far as the text tells. */
export function copiedTextToHtml(text: string): string {
  const out = ['<!DOCTYPE html>', '<html>', '<head><meta charset="utf-8"><title>doc</title><script>var s = "请求参数";</script></head>', '<body>'];
  type Mode = 'none' | 'table' | 'row' | 'pre' | 'tabs';
  let mode: Mode = 'none';
  let columns = 0;
  let inSample = false;
  let titleSeen = false;
  const close = () => {
    if (mode === 'row') out.push('</ul></td></tr>', '</table>');
    else if (mode === 'table') out.push('</table>');
    else if (mode === 'pre') out[out.length - 1] += '</pre>';
    else if (mode === 'tabs') out.push('</ul>');
    mode = 'none';
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const t = raw.trim();
    const bullet = /^• ?(.*)$/.exec(t);
    if (mode === 'pre' && !bullet && !HEADINGS.has(t) && t !== '') {
      out.push(escapeHtml(raw));
      continue;
    }
    if (t === '') {
      if (mode === 'pre') out.push('');
      continue;
    }
    if (bullet) {
      const item = `<li>${escapeHtml(bullet[1] ?? '')}</li>`;
      if (mode === 'row') out.push(item);
      else if (mode === 'table' || mode === 'none' || mode === 'pre') {
        if (mode === 'table') {
          // Bullets straight after a row: they sit in the row's last cell.
          out[out.length - 1] = (out[out.length - 1] as string).replace(/<\/td><\/tr>$/, '');
          out.push('<ul>', item);
          mode = 'row';
          continue;
        }
        close();
        out.push('<ul class="tabs">', item);
        mode = 'tabs';
      } else out.push(item);
      continue;
    }
    if (HEADINGS.has(t)) {
      close();
      inSample = t === '请求示例' || t === '响应示例' || t === '异常示例';
      out.push(`<h2>${escapeHtml(t)}</h2>`);
      continue;
    }
    if (!titleSeen && TITLE.test(t)) {
      close();
      titleSeen = true;
      out.push(`<h1>${escapeHtml(t)}</h1>`);
      continue;
    }
    if (!titleSeen) {
      out.push(`<div class="crumbs">${escapeHtml(t)}</div>`);
      continue;
    }
    if (/^名称 类型/.test(t) || /^错误码 错误描述/.test(t)) {
      close();
      const heads = t.split(' ');
      columns = heads.length;
      out.push('<table>', `<tr>${heads.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`);
      mode = 'table';
      continue;
    }
    if (mode === 'table' || mode === 'row') {
      if (mode === 'row') {
        out.push('</ul></td></tr>');
        mode = 'table';
      }
      // The row's first cell is its name; where the rest splits into cells the text does not say.
      const at = t.indexOf(' ');
      const cells = at < 0 ? [t] : [t.slice(0, at), t.slice(at + 1)];
      out.push(`<tr>${cells.map((c, i) => `<td${i === cells.length - 1 && columns > cells.length ? ` colspan="${columns - cells.length + 1}"` : ''}>${escapeHtml(c)}</td>`).join('')}</tr>`);
      continue;
    }
    if (inSample) {
      close();
      out.push(`<pre>${escapeHtml(raw)}`);
      mode = 'pre';
      continue;
    }
    close();
    out.push(`<p>${escapeHtml(t)}</p>`);
  }
  close();
  out.push('</body>', '</html>');
  return out.join('\n');
}
