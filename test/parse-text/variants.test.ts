/**
 * The seed pages as other copies of them could look: other line endings and spaces, no banner, cells that break
 * over lines. Each variant must give the seed's golden spec (with the change the variant makes, where it makes one).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCopiedText, TEXT_CODES } from '../../generator/parse/text/index.js';
import { parseJsonSample } from '../../generator/parse/text/json-sample.js';
import { splitLines } from '../../generator/parse/text/lines.js';
import { readSpec } from '../../generator/spec/read.js';
import type { ApiSpec, ParamSpec } from '../../generator/spec/types.js';

const SEEDS = {
  s000: ['000_b0424229277e58b7.txt', 'taobao.rdc.aligenius.identification.case.update'],
  s001: ['001_b66b54eaae78ef96.txt', 'alibaba.wdk.reverse.creatrefund'],
  s002: ['002_1a904f78e912d50a.txt', 'alibaba.wdk.trade.refund.inform'],
  s003: ['003_a8cd2ce1bec7c9ae.txt', 'tmall.exchange.message.add'],
} as const;
type Seed = keyof typeof SEEDS;

const page = (s: Seed) => readFileSync(`pages/seeds/${SEEDS[s][0]}`, 'utf8');
const golden = (s: Seed): ApiSpec => readSpec(readFileSync(`test/golden/specs/${SEEDS[s][1]}.yaml`, 'utf8'), 'golden.yaml').spec!;

/** Replaces `from` (which must occur once) in `text`. */
function edit(text: string, from: string, to: string): string {
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, to);
}

const only = (ds: { code: string }[], code: string) => ds.filter((d) => d.code === code);

function param(params: ParamSpec[], path: string): ParamSpec {
  const [head, ...rest] = path.split('.');
  const p = params.find((x) => x.name === head)!;
  return rest.length === 0 ? p : param(p.children ?? [], rest.join('.'));
}

function parse(text: string): ApiSpec {
  const r = parseCopiedText({ text, file: 'variant.txt' });
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const spec = r.spec!;
  delete spec.sources;
  return spec;
}

const goldenOf = (s: Seed): ApiSpec => {
  const g = golden(s);
  delete g.sources;
  delete g.category;
  return g;
};

describe('copies of the seed pages that look different', () => {
  for (const s of Object.keys(SEEDS) as Seed[]) {
    it(`${s}: CRLF line endings, a byte-order mark, tabs and no-break spaces for spaces`, () => {
      expect(parse(page(s).replace(/\n/g, '\r\n'))).toEqual(goldenOf(s));
      expect(parse(`\ufeff${page(s)}`)).toEqual(goldenOf(s));
      expect(parse(page(s).replace(/^(\S+) (\S+) /gm, '$1\t$2\u00a0'))).toEqual(goldenOf(s));
    });
  }

  it('without the banner or breadcrumb line, with bullets indented otherwise', () => {
    expect(parse(page('s000').replace(/^注意.*\n\n/, ''))).toEqual(goldenOf('s000'));
    expect(parse(page('s001').replace(/^文档中心.*\n\n/, ''))).toEqual(goldenOf('s001'));
    expect(parse(page('s000').replace(/^ {2}• /gm, '•\t'))).toEqual(goldenOf('s000'));
  });
});

describe('默认值 (a default value) among the 更多限制 cells', () => {
  it('on a top-level row, alone or after a constraint, and on a row with no other 更多限制', () => {
    const want = goldenOf('s003');
    param(want.request, 'fields').default = 'id,created';
    param(want.request, 'dispute_id').default = '0';
    let text = edit(page('s003'), '  • 最大列表长度:20\n', '  • 最大列表长度:20\n  • 默认值:id,created\n');
    text = edit(text, 'dispute_id Number 必须 23211213 换货单号ID', 'dispute_id Number 必须 23211213\n  • 默认值：0\n  • 换货单号ID');
    expect(parse(text)).toEqual(want);
  });

  it('in nested bullets, whatever the value', () => {
    const want = goldenOf('s000');
    param(want.request, 'param.operate_type').default = 'zh_CN';
    expect(parse(edit(page('s000'), '  • 1\n  • 工单操作类型', '  • 1\n  • 默认值:zh_CN\n  • 工单操作类型'))).toEqual(want);
  });
});

describe('the XML response sample', () => {
  it('without its <x_response> root (qimen pages list the fields alone)', () => {
    let text = edit(page('s002'), '<alibaba_wdk_trade_refund_inform_response>\n', '');
    text = edit(text, '</alibaba_wdk_trade_refund_inform_response>\n', '');
    const r = parseCopiedText({ text, file: 'variant.txt' });
    expect(r.diagnostics).toEqual([]);
    delete r.spec!.sources;
    expect(r.spec).toEqual(goldenOf('s002'));
  });

  it('a list of several items is the example cell split at its commas', () => {
    const want = goldenOf('s001');
    param(want.response, 'result.model.out_biz_order_ids').example = '["a","b"]';
    let text = edit(page('s001'), '  • [1506864060698825068]\n', '  • ["a","b"]\n');
    text = edit(text, '<string>[1506864060698825068]</string>', '<string>[&quot;a&quot;</string>\n<string>&quot;b&quot;]</string>');
    const r = parseCopiedText({ text, file: 'variant.txt' });
    expect(only(r.diagnostics, TEXT_CODES.valueMismatch)).toEqual([]);
    delete r.spec!.sources;
    expect(r.spec).toEqual(want);
  });
});

describe('是否必须 and type cells beyond the seeds', () => {
  it('特殊可选 (optional under conditions) is optional, on a row and in bullets', () => {
    expect(parse(edit(page('s003'), 'message_pics byte[] 可选 a.jpg', 'message_pics byte[] 特殊可选 a.jpg'))).toEqual(goldenOf('s003'));
    expect(parse(edit(page('s000'), '  • String\n  • 可选\n  • {"key":"value"}', '  • String\n  • 特殊可选\n  • {"key":"value"}'))).toEqual(goldenOf('s000'));
  });

  it('Field List, the one type with a space, on a row and in bullets', () => {
    const want = goldenOf('s003');
    const fields = param(want.request, 'fields');
    fields.type = 'Field List';
    delete fields.list;
    expect(parse(edit(page('s003'), 'fields String [] 必须', 'fields Field List 必须'))).toEqual(want);
    const nested = goldenOf('s000');
    param(nested.request, 'param.ext_attrs').type = 'Field List';
    expect(parse(edit(page('s000'), '  • └ ext_attrs\n  • String', '  • └ ext_attrs\n  • Field List'))).toEqual(nested);
  });
});

describe('what the doc site gets wrong in its own pages', () => {
  it('a type cell that is only `[]` is a list of no type, not a broken page', () => {
    const want = goldenOf('s001');
    const p = param(want.request, 'param_create_reverse_req.gift_card_nos');
    p.type = '';
    expect(parse(edit(page('s001'), '  • └ gift_card_nos\n  • String []', '  • └ gift_card_nos\n  • []'))).toEqual(want);
  });

  it('an XML sample copied with its line-number gutter', () => {
    const gutter = Array.from({ length: 7 }, (_, i) => String(i + 1)).join('\n');
    let text = edit(page('s002'), '<alibaba_wdk_trade_refund_inform_response>', `${gutter}\n<alibaba_wdk_trade_refund_inform_response>`);
    // A value the XML sample gives differently shows the sample was read.
    text = edit(text, '<error_code>ILLEGAL_PARAMETERS</error_code>', '<error_code>OTHER</error_code>');
    const r = parseCopiedText({ text, file: 'variant.txt' });
    expect(r.diagnostics.map((d) => d.code)).toEqual([TEXT_CODES.valueMismatch]);
  });

  it('a list the XML sample leaves out is not misplaced', () => {
    const text = edit(page('s001'), '            <reverse_ids>\n                <number>[1000002329950431000]</number>\n            </reverse_ids>\n', '');
    expect(only(parseCopiedText({ text, file: 'variant.txt' }).diagnostics, TEXT_CODES.notInSample)).toEqual([]);
  });

  it('a Java sample that sets a list item’s object on an undeclared `listN` means the item', () => {
    const text = [
      'x.bidder.update (更新)',
      '请求参数',
      '名称 类型 是否必须 示例值 更多限制 描述',
      'bidder BidderDo 可选 竞买人',
      '  • users',
      '  • QualWhiteUser []',
      '  • 可选',
      '  • 白名单',
      '  • user_info',
      '  • UserInfo',
      '  • 可选',
      '  • 竞买人信息',
      '  • └ name',
      '  • String',
      '  • 可选',
      '  • 张三',
      '  • 姓名',
      '  • └ opt_type',
      '  • Number',
      '  • 可选',
      '  • 0',
      '  • 操作类型',
      '响应参数',
      '名称 类型 示例值 描述',
      '请求示例',
      'TaobaoClient client = new DefaultTaobaoClient(url, appkey, secret);',
      'XBidderUpdateRequest req = new XBidderUpdateRequest();',
      'XBidderUpdateRequest.BidderDo obj1 = new XBidderUpdateRequest.BidderDo();',
      'List<XBidderUpdateRequest.QualWhiteUser> list3 = new ArrayList<XBidderUpdateRequest.QualWhiteUser>();',
      'XBidderUpdateRequest.QualWhiteUser obj4 = new XBidderUpdateRequest.QualWhiteUser();',
      'list3.add(obj4);',
      'XBidderUpdateRequest.UserInfo obj6 = new XBidderUpdateRequest.UserInfo();',
      'obj6.setName("张三");',
      'list5.setUserInfo(obj6);',
      'obj4.setOptType(0L);',
      'obj1.setUsers(list3);',
      'req.setBidder(obj1);',
      '响应示例',
    ].join('\n');
    const r = parseCopiedText({ text, file: 'variant.txt' });
    expect(r.diagnostics).toEqual([]);
    const users = r.spec!.request[0]!.children![0]!;
    expect(users.children!.map((c) => [c.name, c.children?.map((g) => g.name)])).toEqual([
      ['user_info', ['name']],
      ['opt_type', undefined],
    ]);
  });
});

describe('the Java sample of a Json param', () => {
  it('sets it as text (`setXxxString`): the setter still matches its param', () => {
    const want = goldenOf('s003');
    param(want.request, 'content').type = 'Json';
    let text = edit(page('s003'), 'content String 必须', 'content Json 必须');
    text = edit(text, 'req.setContent("双击评论666");', 'req.setContentString("双击评论666");');
    const r = parseCopiedText({ text, file: 'variant.txt' });
    expect(r.diagnostics).toEqual([]);
    delete r.spec!.sources;
    expect(r.spec).toEqual(want);
  });
});

describe('a page copied with the JSON示例 tab open', () => {
  it('reads the JSON response sample as it reads the XML one', () => {
    const xml = page('s003').slice(page('s003').indexOf('    <tmall_exchange_message_add_response>'), page('s003').indexOf('    异常示例'));
    const json = `{
    "tmall_exchange_message_add_response":{
        "result":{
            "exception":"{}",
            "error_code":"10000",
            "error_msg":"优秀!",
            "results":{
                "refund_message":[
                    {
                        "id":2132321,
                        "refund_id":456456456,
                        "owner_id":23123123,
                        "owner_nick":"kaka",
                        "content":"youxiu",
                        "pic_urls":{
                            "pic_url":[
                                {
                                    "url":"http:\\/\\/assets.jc258.cn\\/assets\\/pictures\\/2017\\/7\\/55525\\/original_QQ_20170716093211.png"
                                }
                            ]
                        },
                        "created":"2000-01-01 00:00:00",
                        "message_type":"100",
                        "owner_role":"kaka"
                    }
                ]
            }
        }
    }
}
`;
    const tree = parseJsonSample(splitLines(json));
    expect(tree?.name).toBe('tmall_exchange_message_add_response');
    expect(tree?.children[0]?.children.map((c) => [c.name, c.text, c.line.no])).toEqual([
      ['exception', '{}', 4],
      ['error_code', '10000', 5],
      ['error_msg', '优秀!', 6],
      ['results', '', 7],
    ]);
    const r = parseCopiedText({ text: edit(page('s003'), xml, json), file: 'variant.txt' });
    expect(r.diagnostics.filter((d) => d.severity === 'error' || d.code === TEXT_CODES.unknownElement || d.code === TEXT_CODES.notInSample)).toEqual([]);
    delete r.spec!.sources;
    expect(r.spec).toEqual(goldenOf('s003'));
  });

  it('a JSON sample that is not JSON is no evidence, not an error', () => {
    const xml = page('s002').slice(page('s002').indexOf('<alibaba_wdk_trade_refund_inform_response>'), page('s002').indexOf('异常示例'));
    expect(parse(edit(page('s002'), xml, '{\n  "alibaba_wdk_trade_refund_inform_response": {\n    "result": {\n'))).toEqual(goldenOf('s002'));
  });
});

describe('a cell that breaks over lines (a description with <br>)', () => {
  it('inside a nested param: the next plain line, indented or not, continues the description', () => {
    const want = goldenOf('s000');
    param(want.request, 'param.operate_type').description = '工单操作类型,\n1:开启,2:完结';
    for (const next of ['1:开启,2:完结', '    1:开启,2:完结']) {
      expect(parse(edit(page('s000'), '  • 工单操作类型,1:开启,2:完结', `  • 工单操作类型,\n${next}`))).toEqual(want);
    }
  });

  it('on a top-level row and on a top-level row’s own description bullet', () => {
    const want = goldenOf('s003');
    param(want.request, 'content').description = '留言内容\n不超过200字';
    param(want.request, 'fields').description = '返回字段。\n目前支持id,refund_id,owner_id,owner_nick,owner_role,content,pic_urls,created,message_type';
    let text = edit(page('s003'), 'content String 必须 双击评论666 留言内容', 'content String 必须 双击评论666 留言内容\n不超过200字');
    text = edit(text, '  • 返回字段。目前支持', '  • 返回字段。\n目前支持');
    expect(parse(text)).toEqual(want);
  });

  it('a broken row below another still fails loudly instead of joining the description above', () => {
    const text = edit(page('s003'), 'dispute_id Number 必须 23211213 换货单号ID', 'dispute_id Number 23211213 换货单号ID');
    const r = parseCopiedText({ text, file: 'variant.txt' });
    expect(r.spec).toBeUndefined();
    expect(r.diagnostics).toMatchObject([{ code: TEXT_CODES.badRow, severity: 'error' }]);
  });
});
