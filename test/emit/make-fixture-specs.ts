/**
 * Writes the emit fixtures in `test/fixtures/specs/`: the four seed APIs from the doc-site JSON (examples of
 * `tmall.exchange.message.add` added by hand from `pages/seeds/003_*.txt`), and one hostile spec.
 * Run: `node bin/run-ts.mjs test/emit/make-fixture-specs.ts`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseDocJson } from '../../generator/parse/json.js';
import type { ApiSpec, ParamSpec } from '../../generator/spec/types.js';
import { writeSpec } from '../../generator/spec/write.js';

const SEEDS = [
  'pages/toplib/refund/taobao_rdc_aligenius_identification_case_update.json',
  'pages/toplib/wdk/alibaba_wdk_reverse_creatrefund.json',
  'pages/toplib/trade/alibaba_wdk_trade_refund_inform.json',
  'pages/toplib/exchange/tmall_exchange_message_add.json',
];

/** Examples from the copied page of `tmall.exchange.message.add` (pages/seeds/003_*.txt). */
const EXAMPLES: Record<string, string> = {
  'request.content': '双击评论666',
  'request.dispute_id': '23211213',
  'request.message_pics': 'a.jpg',
  'request.fields': 'id,refund_id,owner_id,owner_nick,content,pic_urls,created,message_type',
  'response.result.exception': '{}',
  'response.result.error_code': '10000',
  'response.result.error_msg': '优秀!',
  'response.result.results.id': '2132321',
  'response.result.results.refund_id': '456456456',
  'response.result.results.owner_id': '23123123',
  'response.result.results.owner_nick': 'kaka',
  'response.result.results.content': 'youxiu',
  'response.result.results.pic_urls.url': 'http://assets.jc258.cn/assets/pictures/2017/7/55525/original_QQ_20170716093211.png',
  'response.result.results.created': '2000-01-01 00:00:00',
  'response.result.results.message_type': '100',
  'response.result.results.owner_role': 'kaka',
};

function addExamples(params: ParamSpec[], path: string): void {
  for (const p of params) {
    const example = EXAMPLES[`${path}.${p.name}`];
    if (example !== undefined) p.example = example;
    if (p.children) addExamples(p.children, `${path}.${p.name}`);
  }
}

const leaf = (name: string, type: string, description: string, extra: Partial<ParamSpec> = {}): ParamSpec => ({ name, type, description, ...extra });

export const HOSTILE: ApiSpec = {
  api: 'taobao.hostile.case',
  title: '恶意 */ 用例',
  description: 'Ends a comment */ early, has `backticks`, ${template} text,\nnew lines\u2028and <b>HTML</b><br/>&lt;script&gt; @deprecated tags.',
  request: [
    leaf('class', 'String', 'reserved word class', { required: true, example: '*/ example @see' }),
    leaf('default', 'Number', 'reserved word default', { required: false, constraints: { maxValue: 10, minValue: 1 }, default: '5' }),
    leaf('delete', 'Boolean', 'reserved word delete', { required: false, default: 'false */ @see' }),
    leaf('a.b', 'String', 'dotted name', { required: false, constraints: { maxLength: 64 } }),
    leaf('x-y', 'Date', 'dashed name', { required: false }),
    leaf('123abc', 'Price', 'starts with a digit', { required: false }),
    leaf('__proto__', 'String', 'prototype key', { required: false }),
    leaf('typo', 'Stirng', 'a type typo', { required: false }),
    leaf('blank', '', 'no type', { required: false }),
    leaf('nothing', 'null', 'null type', { required: false }),
    leaf('files', 'byte[]', 'files', { required: false, list: true }),
    leaf('payload', 'Json', 'json text or object', { required: false }),
  ],
  response: [
    { ...leaf('first', 'Result', 'first result shape'), children: [leaf('id', 'Number', 'id'), leaf("it's", 'String', "quote ' in a name")] },
    { ...leaf('second', 'Result', 'second result shape'), children: [leaf('code', 'String', 'code')] },
    { ...leaf('again', 'Result', 'same shape as first'), list: true, children: [leaf('id', 'Number', 'id'), leaf("it's", 'String', "quote ' in a name")] },
    leaf('empty_object', 'EmptyThing', 'an object type without children'),
    leaf('__proto__', 'Number', 'prototype key'),
    leaf('flag', 'byte', 'small number'),
  ],
  category: { pkg: 'hostile', name: '恶意', id: 1 },
};

export function makeFixtureSpecs(): { name: string; spec: ApiSpec }[] {
  const out: { name: string; spec: ApiSpec }[] = [];
  for (const file of SEEDS) {
    const { spec } = parseDocJson({ text: readFileSync(file, 'utf8'), file, category: categoryOf(file) });
    if (!spec) throw new Error(`cannot parse ${file}`);
    spec.sources = [file];
    if (spec.api === 'tmall.exchange.message.add') {
      addExamples(spec.request, 'request');
      addExamples(spec.response, 'response');
      spec.sources = [file, 'pages/seeds/003_a8cd2ce1bec7c9ae.txt'];
    }
    out.push({ name: `${spec.api}.yaml`, spec });
  }
  out.push({ name: `${HOSTILE.api}.yaml`, spec: HOSTILE });
  return out;
}

function categoryOf(file: string): ApiSpec['category'] {
  const dir = file.slice(0, file.lastIndexOf('/'));
  const c = JSON.parse(readFileSync(`${dir}/catelog.json`, 'utf8')) as { name: string; pkg: string; id: number };
  return { pkg: c.pkg, name: c.name, id: c.id };
}

if (process.argv[1]?.endsWith('make-fixture-specs.ts')) {
  mkdirSync('test/fixtures/specs', { recursive: true });
  for (const { name, spec } of makeFixtureSpecs()) writeFileSync(`test/fixtures/specs/${name}`, writeSpec(spec));
}
