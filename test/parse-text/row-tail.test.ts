/**
 * A top-level row joins its cells with single spaces and drops empty ones, so `example description` must be split
 * by what else the page says: the sample's value, whether the param is an object, and what its type allows.
 */
import { describe, expect, it } from 'vitest';
import { splitRowTail, type RowTailContext } from '../../generator/parse/text/row-tail.js';

const scalar = (type: string, sample?: string): RowTailContext => ({ sample, object: false, type });
const object: RowTailContext = { sample: undefined, object: true, type: 'ResultSet' };

describe('splitRowTail', () => {
  it.each<[string, { tail: string; context: RowTailContext; want: { example?: string; description: string } }]>([
    ['the sample value is the prefix, spaces inside it', { tail: 'Google test item 商品标题', context: scalar('String', 'Google test item'), want: { example: 'Google test item', description: '商品标题' } }],
    ['a Java long literal matches its cell', { tail: '23211213 换货单号ID', context: scalar('Number', '23211213'), want: { example: '23211213', description: '换货单号ID' } }],
    ['the whole tail is the sample value', { tail: '2000-01-01 00:00:00', context: scalar('Date', '2000-01-01 00:00:00'), want: { example: '2000-01-01 00:00:00', description: '' } }],
    ['a sample that sets the param empty: no example', { tail: 'page number', context: scalar('Number', ''), want: { description: 'page number' } }],
    ['a lone word is the description', { tail: '返回结果', context: object, want: { description: '返回结果' } }],
    ['an object with an example (samples never give objects values)', { tail: '9904242013 返回结果', context: object, want: { example: '9904242013', description: '返回结果' } }],
    ['an object with a word example', { tail: 'json对象 调用结果', context: object, want: { example: 'json对象', description: '调用结果' } }],
    ['an object whose example repeats its description', { tail: 'ReverseResult ReverseResult', context: object, want: { example: 'ReverseResult', description: 'ReverseResult' } }],
    ['an object: plain English words are a description', { tail: 'result object', context: object, want: { description: 'result object' } }],
    ['a text param: plain English words after its example', { tail: 'aaa campaign Id', context: scalar('String'), want: { example: 'aaa', description: 'campaign Id' } }],
    ['no sample value, text: the first word', { tail: 'abc 描述 还有', context: scalar('String'), want: { example: 'abc', description: '描述 还有' } }],
    ['a date-time keeps its time, whatever the type', { tail: '2000-01-01 23:59:59 创建时间', context: scalar('String'), want: { example: '2000-01-01 23:59:59', description: '创建时间' } }],
    ['a date-time without leading zeros', { tail: '2017-9-9 12:00:00 定时发送时间', context: scalar('String'), want: { example: '2017-9-9 12:00:00', description: '定时发送时间' } }],
    ['a JSON example with spaces', { tail: '{ "appDomain": "5357049", "k": [1, 2] } 上下文', context: scalar('Json'), want: { example: '{ "appDomain": "5357049", "k": [1, 2] }', description: '上下文' } }],
    ['an XML example with spaces', { tail: '<?xml version="1.0"?> <rule><a>1</a></rule> 商品信息', context: scalar('String'), want: { example: '<?xml version="1.0"?> <rule><a>1</a></rule>', description: '商品信息' } }],
    ['JSON that fills the whole tail is the description (a lone `{` is no example)', { tail: '{ "skillId": 209, "name": "测试34" }', context: object, want: { description: '{ "skillId": 209, "name": "测试34" }' } }],
    ['no sample value, a number', { tail: '20 每页条数', context: scalar('Number'), want: { example: '20', description: '每页条数' } }],
    ['no sample value, a list of numbers', { tail: '1,2,3 id列表', context: scalar('Number []'), want: { example: '1,2,3', description: 'id列表' } }],
    ['a number cannot start with a word', { tail: 'page 页码', context: scalar('Number'), want: { description: 'page 页码' } }],
    ['a placeholder example for a number', { tail: 'null 根据指定酒店状态查询', context: scalar('Number'), want: { example: 'null', description: '根据指定酒店状态查询' } }],
    ['a boolean cannot be a word', { tail: '是 是否默认', context: scalar('Boolean'), want: { description: '是 是否默认' } }],
    ['a boolean value ahead of English words', { tail: 'true success', context: scalar('Boolean'), want: { example: 'true', description: 'success' } }],
    ['a typed param whose example does not fit its type', { tail: 'isv.sys.error 通讯失败码', context: scalar('Boolean'), want: { example: 'isv.sys.error', description: '通讯失败码' } }],
    ['a lone `{}` is a description (the doc-site JSON has such descriptions)', { tail: '{}', context: object, want: { description: '{}' } }],
    ['a file (its Java sample is a FileItem): a file name', { tail: 'a.jpg 凭证图片', context: scalar('byte[]'), want: { example: 'a.jpg', description: '凭证图片' } }],
    ['a file: placeholder examples', { tail: '[1,2,3] 图片二进制流', context: scalar('byte[]'), want: { example: '[1,2,3]', description: '图片二进制流' } }],
    ['a first word that ends a clause opens a description', { tail: '图片（凭证）。类型: JPG,GIF,PNG', context: scalar('byte[]'), want: { description: '图片（凭证）。类型: JPG,GIF,PNG' } }],
    ['an ASCII example may end in a comma', { tail: ',ifd_warning,FakeCredit_Warning, 忽略警告提示.', context: scalar('String'), want: { example: ',ifd_warning,FakeCredit_Warning,', description: '忽略警告提示.' } }],
    ['a first word with a full stop inside', { tail: '产品对象记录集。返回 FenxiaoProduct 包含的字段信息。', context: object, want: { description: '产品对象记录集。返回 FenxiaoProduct 包含的字段信息。' } }],
    ['a description cannot start with punctuation', { tail: '地址区域信息列表 。', context: object, want: { description: '地址区域信息列表 。' } }],
  ])('%s', (_name, { tail, context, want }) => {
    expect(splitRowTail(tail, context)).toEqual(want);
  });
});
