/**
 * Page regions: breadcrumb/notice, title `api.name (中文名)`, description, then sections introduced by heading
 * lines (公共参数, 请求参数, 响应参数, 请求示例, 响应示例, 异常示例, and boilerplate after them).
 */
import type { Line } from './lines.js';

export const SECTION_HEADINGS = ['公共参数', '请求参数', '响应参数', '请求示例', '响应示例', '异常示例', '错误码解释', 'API工具', 'FAQ', '返回', '顶部'] as const;
export type SectionName = (typeof SECTION_HEADINGS)[number];

export interface Title {
  api: string;
  title: string;
  line: Line;
}

export interface Page {
  title: Title;
  /** Description lines between the title and the first section. */
  description: Line[];
  /** Body lines of each section (heading excluded), first occurrence only. */
  sections: Partial<Record<SectionName, { heading: Line; body: Line[] }>>;
}

const TITLE = /^([A-Za-z][\w-]*(?:\.[\w-]+)+) ?[(（](.*)[)）]$/;

export function matchTitle(line: Line): Title | undefined {
  if (line.bullet) return undefined;
  const m = TITLE.exec(line.text);
  return m ? { api: m[1] ?? '', title: (m[2] ?? '').trim(), line } : undefined;
}

function headingOf(line: Line): SectionName | undefined {
  if (line.bullet) return undefined;
  return (SECTION_HEADINGS as readonly string[]).includes(line.text) ? (line.text as SectionName) : undefined;
}

/** Splits the page into regions; `undefined` when there is no title line. */
export function splitSections(lines: readonly Line[]): Page | undefined {
  let t = -1;
  let title: Title | undefined;
  for (let i = 0; i < lines.length && !title; i++) {
    const l = lines[i];
    if (!l) continue;
    title = matchTitle(l);
    if (title) t = i;
  }
  if (!title) return undefined;
  const page: Page = { title, description: [], sections: {} };
  let current: { heading: Line; body: Line[] } | undefined;
  let seenAny = false;
  for (const line of lines.slice(t + 1)) {
    const h = headingOf(line);
    if (h) {
      seenAny = true;
      current = page.sections[h] ? { heading: line, body: [] } : (page.sections[h] = { heading: line, body: [] });
      continue;
    }
    if (!seenAny) page.description.push(line);
    else current?.body.push(line);
  }
  return page;
}

export function descriptionText(lines: readonly Line[]): string {
  const texts = lines.map((l) => l.text);
  while (texts.length > 0 && texts[0] === '') texts.shift();
  while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
  return texts.join('\n');
}
