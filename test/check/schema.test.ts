// specs/spec.schema.json agrees with readSpec: what the schema accepts reads cleanly, what readSpec rejects the schema rejects.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readSpec } from '../../generator/spec/read.js';
import { writeSpec } from '../../generator/spec/write.js';
import { schemaDiagnostics, specSchema, validateSchema } from '../../generator/spec/schema.js';
import { corpusEntries, corpusFiles } from './corpus.js';

const VALID = [
  'api: a.b\n',
  'api: taobao.trade.get\ntitle: 查询\ndescription: d\nrequest:\n  - name: fields\n    type: Field List\n    required: true\n    example: tid,type\n    description: x\n    constraints: { maxLength: 10 }\nresponse:\n  - name: trade\n    type: Trade\n    description: t\n    children:\n      - name: tid\n        type: Number\n        description: id\n',
  'api: a.b\ndocId: 3\ncategory: { pkg: x, name: 类, id: 1 }\nsources: [pages/a.json]\nrequest: null\nresponse: []\n',
  'api: a.b\nrequest:\n  - name: n\n    type: String\n    list: true\n    example: 10\n',
  'api: a.b\nrequest:\n  - name: n\n    type: Number\n    required: false\n    description: d\n    default: 0\n  - name: b\n    type: Boolean\n    default: "false"\n',
];
const INVALID = [
  'api: a.b\nrequest:\n  - name: b\n    type: Boolean\n    default: false\n',
  'title: no api\n',
  'api: a.b\nrequest:\n  - type: String\n',
  'api: a.b\nrequest:\n  - name: x\n',
  'api: a.b\nrequest:\n  - name: x\n    type: String\n    required: yes please\n',
  'api: a.b\nrequest:\n  - name: x\n    type: String\n    constraints: { maxLength: ten }\n',
  'api: a.b\nrequest: 3\n',
  'api: a.b\ncategory: { pkg: x }\n',
  'api: a.b\nrequest:\n  - name: x\n    type: String\n    list: "yes"\n',
  '- api: a.b\n',
  'api: a.b\nrequest:\n  - name: x\n    type: String\n    children: {}\n',
];

describe('spec schema', () => {
  it('is draft 2020-12 with the contract keys', () => {
    const s = specSchema();
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(s.properties!).sort()).toEqual(['api', 'category', 'description', 'docId', 'request', 'response', 'sources', 'title']);
    expect(Object.keys(s.$defs!.param!.properties!).sort()).toEqual(['children', 'constraints', 'default', 'description', 'example', 'list', 'name', 'required', 'type']);
  });
  it.each(VALID)('accepts what readSpec reads cleanly: %#', (yaml) => {
    expect(validateSchema(parse(yaml))).toEqual([]);
    const r = readSpec(yaml, 'x.yaml');
    expect(r.diagnostics).toEqual([]);
    expect(r.spec).toBeDefined();
  });
  it.each(INVALID)('rejects what readSpec rejects: %#', (yaml) => {
    expect(readSpec(yaml, 'x.yaml').spec).toBeUndefined();
    expect(validateSchema(parse(yaml)).length).toBeGreaterThan(0);
  });
  it('flags unknown keys, which readSpec warns about (TOP203)', () => {
    const yaml = 'api: a.b\nfoo: 1\nrequest:\n  - name: x\n    type: String\n    colour: red\n';
    expect(validateSchema(parse(yaml)).map((e) => e.pointer)).toEqual(['/foo', '/request/0/colour']);
    expect(readSpec(yaml, 'x.yaml').diagnostics.map((d) => d.code)).toEqual(['TOP203', 'TOP203']);
  });
  it('TOP225 names the pointer', () => {
    expect(schemaDiagnostics({ api: 'a.b', request: [{ name: 'x', type: 1, list: 'no' }] }, 'f.yaml')).toEqual([
      { code: 'TOP225', severity: 'error', message: '/request/0/list must be boolean, not string', file: 'f.yaml', line: 0 },
    ]);
  });
  it('accepts the written YAML of every 40th corpus spec', () => {
    const entries = corpusEntries(corpusFiles().filter((_, i) => i % 40 === 0));
    for (const { spec, file } of entries) expect(validateSchema(parse(writeSpec(spec))), file).toEqual([]);
  });
});
