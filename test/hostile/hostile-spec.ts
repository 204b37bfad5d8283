/** The made-up API `taobao.hostile.page.test`: hostile descriptions and hostile param names on both sides. */
import type { ApiSpec, ParamSpec } from '../../generator/spec/types.js';

/** Every description holds a comment end, backticks, a template hole, markup, U+2028 and an emoji. */
export const HOSTILE_TEXT = 'ends */ here `tick` ${x} <b>html</b> \u2028 next 😀';
export const HOSTILE_NAMES = ['class', 'default', 'delete', 'a.b', 'x-y', '123abc'] as const;

const d = (what: string) => `${what}: ${HOSTILE_TEXT}`;

function leaves(request: boolean): ParamSpec[] {
  return HOSTILE_NAMES.map((name, i) => ({
    name,
    type: i % 2 === 0 ? 'String' : 'Number',
    ...(request ? { required: i === 0 } : {}),
    example: i % 2 === 0 ? `ex${i}` : String(100 + i),
    description: d(name),
  }));
}

export const HOSTILE_SPEC: ApiSpec = {
  api: 'taobao.hostile.page.test',
  title: '敌意页面测试',
  description: d('api'),
  request: [...leaves(true), { name: 'nested', type: 'HostileInput', required: false, description: d('nested'), children: leaves(true) }],
  response: [
    ...leaves(false),
    { name: 'result', type: 'HostileResult', description: d('result'), children: [...leaves(false), { name: 'inner', type: 'HostileInner', list: true, description: d('inner'), children: leaves(false) }] },
  ],
};
