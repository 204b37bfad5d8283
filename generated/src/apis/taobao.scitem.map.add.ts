// Generated from specs/fenxiao/taobao.scitem.map.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.scitem.map.add` (创建IC商品与后端商品的映射关系). */
export interface TaobaoScitemMapAddRequest {
  /** 前台ic商品id */
  item_id: Int64Input;
  /** 前台ic商品skuid */
  sku_id?: Int64Input;
  /** sc_item_id和outer_code 其中一个不能为空 */
  sc_item_id?: Int64Input;
  /** sc_item_id和outer_code 其中一个不能为空 */
  outer_code?: string;
  /**
   * 默认值为false
   * true:进行高级校验,前端商品或SKU的商家编码必须与后端商品的商家编码一致，否则会拒绝关联
   * false:不进行高级校验
   */
  need_check?: boolean;
}

/** Response of `taobao.scitem.map.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoScitemMapAddResponse {
  /** 接口调用返回结果信息：商家编码 */
  outer_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  sku_id: 'Number',
  sc_item_id: 'Number',
  outer_code: 'String',
  need_check: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  outer_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.scitem.map.add`: method, response root, request and response schemas. */
export const taobaoScitemMapAddOperation = {
  method: 'taobao.scitem.map.add',
  responseRoot: 'scitem_map_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建IC商品与后端商品的映射关系 — calls TOP method `taobao.scitem.map.add`.
 *
 * 创建IC商品或分销商品与后端商品的映射关系
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoScitemMapAdd(
  client: TopClient,
  request: TaobaoScitemMapAddRequest,
  options?: CallOptions,
): Promise<TaobaoScitemMapAddResponse> {
  return client.call<TaobaoScitemMapAddResponse>(
    {
      method: 'taobao.scitem.map.add',
      responseRoot: 'scitem_map_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
