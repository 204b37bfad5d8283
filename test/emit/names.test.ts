import { describe, expect, it } from 'vitest';
import { buildModel } from '../../generator/model/build-model.js';
import { camelCase, categorySlug, isPropertyIdentifier, modulePathOf, NameRegistry, pascalCase, responseRootOf } from '../../generator/model/names.js';
import type { ApiSpec } from '../../generator/spec/types.js';

const api = (name: string, extra: Partial<ApiSpec> = {}): { spec: ApiSpec; file: string } => ({
  spec: { api: name, title: name, description: '', request: [], response: [], ...extra },
  file: `specs/${name}.yaml`,
});

describe('names', () => {
  it('PascalCases every method segment and keeps taobao', () => {
    expect(pascalCase('tmall.exchange.message.add')).toBe('TmallExchangeMessageAdd');
    expect(pascalCase('taobao.rdc.aligenius.identification.case.update')).toBe('TaobaoRdcAligeniusIdentificationCaseUpdate');
    expect(pascalCase('account.aliyuncs.com.CreateApp.2013-07-01')).toBe('AccountAliyuncsComCreateApp20130701');
    expect(pascalCase('123.abc')).toBe('Api123Abc');
    expect(camelCase('tmall.exchange.message.add')).toBe('tmallExchangeMessageAdd');
    expect(camelCase('delete')).toBe('deleteApi');
  });

  it('derives the response root, dropping one leading taobao.', () => {
    expect(responseRootOf('tmall.exchange.message.add')).toBe('tmall_exchange_message_add_response');
    expect(responseRootOf('taobao.rdc.aligenius.identification.case.update')).toBe('rdc_aligenius_identification_case_update_response');
    expect(responseRootOf('taobao.taobao.x')).toBe('taobao_x_response');
    expect(responseRootOf('alibaba.taobao.x')).toBe('alibaba_taobao_x_response');
  });

  it('keeps file names safe and categories sluggish', () => {
    expect(modulePathOf('tmall.exchange.message.add')).toBe('apis/tmall.exchange.message.add');
    expect(modulePathOf('a/b c')).toBe('apis/a_b_c');
    expect(categorySlug(undefined)).toBe('misc');
    expect(categorySlug('Exchange API')).toBe('exchange-api');
  });

  it('quotes only what is not an identifier', () => {
    expect(['class', '__proto__', 'snake_case', '$x'].every(isPropertyIdentifier)).toBe(true);
    expect(['a.b', 'x-y', '123abc', '', "it's"].some(isPropertyIdentifier)).toBe(false);
  });

  it('suffixes a taken name and says who owns it', () => {
    const registry = new NameRegistry(['TopClient']);
    expect(registry.claim('TopClient', 'x')).toEqual({ name: 'TopClient2', clashWith: '(package)' });
    expect(registry.claim('Foo', 'a')).toEqual({ name: 'Foo' });
    expect(registry.claim('Foo', 'b')).toEqual({ name: 'Foo2', clashWith: 'a' });
  });

  it('reports method names that collide, and keeps every name unique', () => {
    const { model, diagnostics } = buildModel([api('foo.bar_baz'), api('foo.bar.baz'), api('Foo.Bar.Baz')]);
    expect(model.apis.map((a) => a.method)).toEqual(['Foo.Bar.Baz', 'foo.bar.baz', 'foo.bar_baz']);
    expect(model.apis.map((a) => a.functionName)).toEqual(['fooBarBaz', 'fooBarBaz2', 'fooBarBaz3']);
    expect(model.apis.map((a) => a.requestType)).toEqual(['FooBarBazRequest', 'FooBarBazRequest2', 'FooBarBazRequest3']);
    expect(new Set(model.apis.map((a) => a.modulePath.toLowerCase())).size).toBe(3);
    expect(diagnostics.filter((d) => d.code === 'TOP301').length).toBeGreaterThanOrEqual(4);
    expect(diagnostics.every((d) => d.severity === 'error')).toBe(true);
  });

  it('reports a method defined twice and keeps the first', () => {
    const { model, diagnostics } = buildModel([api('a.b', { title: 'one' }), { ...api('a.b', { title: 'two' }), file: 'specs/z.yaml' }]);
    expect(model.apis.map((a) => a.title)).toEqual(['one']);
    expect(diagnostics.map((d) => d.code)).toEqual(['TOP305']);
  });

  it('scopes nested structs per API, shares identical shapes and suffixes different ones', () => {
    const result = (children: ApiSpec['response']) => ({ name: 'r', type: 'Result', description: '', children });
    const id = { name: 'id', type: 'Number', description: '' };
    const code = { name: 'code', type: 'String', description: '' };
    const { model } = buildModel([
      api('a.b', { response: [{ ...result([id]), name: 'x' }, { ...result([id]), name: 'y' }, { ...result([code]), name: 'z' }] }),
      api('c.d', { request: [{ ...result([id]), required: true }], response: [result([id])] }),
    ]);
    expect(model.apis[0]?.structs.map((s) => s.name)).toEqual(['ABResult', 'ABResult2']);
    expect(model.apis[1]?.structs.map((s) => s.name)).toEqual(['CDResultInput', 'CDResult']);
  });

  it('sorts APIs by code unit and groups categories, misc for none', () => {
    const { model } = buildModel([
      api('b.x', { category: { pkg: 'zeta', name: 'Z', id: 2 } }),
      api('B.x'),
      api('a.x', { category: { pkg: 'zeta', name: 'Z', id: 2 } }),
    ]);
    expect(model.apis.map((a) => a.method)).toEqual(['B.x', 'a.x', 'b.x']);
    expect(model.categories).toEqual([
      { pkg: 'misc', name: '', methods: ['B.x'] },
      { pkg: 'zeta', name: 'Z', methods: ['a.x', 'b.x'] },
    ]);
  });

  it('filters by include', () => {
    const specs = [api('a.x', { category: { pkg: 'one', name: '', id: 1 } }), api('b.x'), api('c.x')];
    expect(buildModel(specs, { include: { apis: ['c.x'], categories: ['one'] } }).model.apis.map((a) => a.method)).toEqual(['a.x', 'c.x']);
  });
});
