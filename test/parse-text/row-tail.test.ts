/**
 * A top-level row joins its cells with single spaces and drops empty ones, so `example description` must be split
 * by what else the page says: the sample's value, whether the param is an object, and what its type allows.
 */
import { describe, expect, it } from 'vitest';
import { splitRowTail, type RowTailContext } from '../../generator/parse/text/cells.js';

const scalar = (type: string, sample?: string): RowTailContext => ({ sample, object: false, type });
const object: RowTailContext = { sample: undefined, object: true, type: 'ResultSet' };

describe('splitRowTail', () => {
  it.each<[string, { tail: string; context: RowTailContext; want: { example?: string; description: string } }]>([
    ['the sample value is the prefix, spaces inside it', { tail: 'Google test item 商品标题', context: scalar('String', 'Google test item'), want: { example: 'Google test item', description: '商品标题' } }],
    ['a Java long literal matches its cell', { tail: '23211213 换货单号ID', context: scalar('Number', '23211213'), want: { example: '23211213', description: '换货单号ID' } }],
    ['the whole tail is the sample value', { tail: '2000-01-01 00:00:00', context: scalar('Date', '2000-01-01 00:00:00'), want: { example: '2000-01-01 00:00:00', description: '' } }],
    ['a sample that sets the param empty: no example', { tail: 'page number', context: scalar('Number', ''), want: { description: 'page number' } }],
    ['a lone word is the description', { tail: '返回结果', context: object, want: { description: '返回结果' } }],
    ['an object: a description with spaces', { tail: 'result object', context: object, want: { description: 'result object' } }],
    ['an object whose example repeats its description', { tail: 'ReverseResult ReverseResult', context: object, want: { example: 'ReverseResult', description: 'ReverseResult' } }],
    ['no sample value, text: the first word', { tail: 'abc 描述 还有', context: scalar('String'), want: { example: 'abc', description: '描述 还有' } }],
    ['no sample value, a date keeps its time', { tail: '2000-01-01 00:00:00 创建时间', context: scalar('Date'), want: { example: '2000-01-01 00:00:00', description: '创建时间' } }],
    ['no sample value, a number', { tail: '20 每页条数', context: scalar('Number'), want: { example: '20', description: '每页条数' } }],
    ['no sample value, a list of numbers', { tail: '1,2,3 id列表', context: scalar('Number []'), want: { example: '1,2,3', description: 'id列表' } }],
    ['no sample value, a number cannot start with a word', { tail: 'page number', context: scalar('Number'), want: { description: 'page number' } }],
    ['no sample value, a boolean cannot be a sentence', { tail: 'is default or not', context: scalar('Boolean'), want: { description: 'is default or not' } }],
    ['a file (its Java sample is a FileItem): a file name', { tail: 'a.jpg 凭证图片', context: scalar('byte[]'), want: { example: 'a.jpg', description: '凭证图片' } }],
    ['a file: a description that is not a file name', { tail: '图片（凭证）。类型: JPG,GIF,PNG', context: scalar('byte[]'), want: { description: '图片（凭证）。类型: JPG,GIF,PNG' } }],
  ])('%s', (_name, { tail, context, want }) => {
    expect(splitRowTail(tail, context)).toEqual(want);
  });
});
