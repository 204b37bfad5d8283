// Every doc-site JSON document of the corpus parses into a spec that carries every field it has.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocJson } from '../../generator/parse/json.js';
import { joinTypeText } from '../../generator/spec/type-text.js';
import { readSpec } from '../../generator/spec/read.js';
import { writeSpec } from '../../generator/spec/write.js';
import type { ParamSpec } from '../../generator/spec/types.js';

const ROOT = join(import.meta.dirname, '../../pages/toplib');

function corpusFiles(): string[] {
  return readdirSync(ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(ROOT, d.name)).filter((f) => f.endsWith('.json') && f !== 'catelog.json').map((f) => `${d.name}/${f}`))
    .sort();
}

type RawParam = { name?: string; type?: string; description?: string; required?: boolean; subParams?: RawParam[]; [k: string]: unknown };

/** The JSON param rebuilt from a spec param: what the spec must have kept. */
function toRaw(p: ParamSpec, section: 'request' | 'response'): RawParam {
  const raw: RawParam = { name: p.name };
  if (p.type !== '') raw.type = joinTypeText(p);
  if (p.description !== '') raw.description = p.description;
  if (section === 'request' && p.required) raw.required = true;
  Object.assign(raw, p.constraints ?? {});
  if (p.children) raw.subParams = p.children.map((c) => toRaw(c, section));
  return raw;
}

/** The original JSON param with its incidental spellings folded (type spacing, `required: false`, trimmed text). */
function normalize(p: RawParam, section: 'request' | 'response'): RawParam {
  const raw: RawParam = { name: (p.name ?? '').trim() };
  if (p.type !== undefined && p.type.trim() !== '') raw.type = p.type.replace(/\s+/g, '').replace(/^byte\[\]$/, 'byte[]');
  if (p.description !== undefined && p.description.trim() !== '') raw.description = p.description.trim();
  if (section === 'request' && p.required === true) raw.required = true;
  for (const k of ['maxLength', 'maxListSize', 'maxValue', 'minValue']) if (p[k] !== undefined) raw[k] = Number(p[k]);
  if (p.subParams && p.subParams.length > 0) raw.subParams = p.subParams.map((c) => normalize(c, section));
  return raw;
}

describe('doc-site JSON corpus', () => {
  const files = corpusFiles();

  it('has the whole corpus', () => {
    expect(files.length).toBe(4250);
  });

  it('parses every document with no loss, and its YAML reads back to the same spec', () => {
    const losses: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      const doc = JSON.parse(text) as { name: string; apiChineseName: string; description: string; id: number; requestParams?: RawParam[]; responseParams?: RawParam[] };
      const { spec, diagnostics } = parseDocJson({ text, file });
      if (!spec || diagnostics.some((d) => d.severity === 'error')) {
        losses.push(`${file}: no spec`);
        continue;
      }
      const want = {
        name: doc.name,
        title: doc.apiChineseName.trim(),
        description: doc.description.trim(),
        id: doc.id,
        request: (doc.requestParams ?? []).map((p) => normalize(p, 'request')),
        response: (doc.responseParams ?? []).map((p) => normalize(p, 'response')),
      };
      const got = {
        name: spec.api,
        title: spec.title,
        description: spec.description,
        id: spec.docId,
        request: spec.request.map((p) => toRaw(p, 'request')),
        response: spec.response.map((p) => toRaw(p, 'response')),
      };
      try {
        expect(got).toEqual(want);
      } catch {
        losses.push(`${file}: spec differs from the document`);
        continue;
      }
      const back = readSpec(writeSpec(spec), file);
      try {
        expect(back.spec).toEqual(spec);
      } catch {
        losses.push(`${file}: YAML does not read back to the same spec`);
      }
    }
    expect(losses).toEqual([]);
  });
});

describe('parseDocJson', () => {
  it.each([
    ['not JSON', '{"name": ', 'TOP101', /not valid JSON/],
    ['JSON but no API', '{"hello": 1}', 'TOP102', /no API `name`/],
  ])('reports %s', (_, text, code, message) => {
    const { spec, diagnostics } = parseDocJson({ text, file: 'x.json' });
    expect(spec).toBeUndefined();
    expect(diagnostics).toMatchObject([{ code, severity: 'error', file: 'x.json', line: 1 }]);
    expect(diagnostics[0]?.message).toMatch(message);
  });

  it('accepts the getDocument.json envelope and keeps list-ness, files and constraints', () => {
    const text = JSON.stringify({
      success: true,
      data: {
        name: 'a.b.c',
        apiChineseName: '名',
        description: ' d ',
        id: 7,
        requestParams: [
          { name: 'ids', type: 'Number []', description: 'x', required: true, maxListSize: 20 },
          { name: 'pic', type: 'byte[]', description: 'file' },
          { name: 'pics', type: 'byte[][]', description: 'files' },
        ],
        responseParams: [{ name: 'r', type: 'Foo', subParams: [{ name: 'x', type: 'String' }] }],
      },
    });
    const { spec } = parseDocJson({ text, file: 'x.json' });
    expect(spec).toEqual({
      api: 'a.b.c',
      title: '名',
      description: 'd',
      docId: 7,
      request: [
        { name: 'ids', type: 'Number', list: true, required: true, description: 'x', constraints: { maxListSize: 20 } },
        { name: 'pic', type: 'byte[]', required: false, description: 'file' },
        { name: 'pics', type: 'byte[]', list: true, required: false, description: 'files' },
      ],
      response: [{ name: 'r', type: 'Foo', description: '', children: [{ name: 'x', type: 'String', description: '' }] }],
    });
  });

  it('warns about a param without a type, naming its path', () => {
    const text = '{\n"name": "a.b",\n"requestParams": [\n{"name": "info", "description": "补充"}\n]\n}';
    const { diagnostics } = parseDocJson({ text, file: 'x.json' });
    expect(diagnostics).toEqual([{ code: 'TOP103', severity: 'warning', message: '"info" has no type in the document', file: 'x.json', line: 4, api: 'a.b', path: 'request.info' }]);
  });
});
