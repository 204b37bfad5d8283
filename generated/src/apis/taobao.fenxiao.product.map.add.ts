// Generated from specs/fenxiao/taobao.fenxiao.product.map.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fenxiao.product.map.add` (创建分销和后端商品映射关系). */
export interface TaobaoFenxiaoProductMapAddRequest {
  /** 分销产品id。 */
  product_id: Int64Input;
  /** 后端商品id（如果当前分销产品没有sku和后端商品时需要指定）。 */
  sc_item_id?: Int64Input;
  /** 分销产品的sku id。逗号分隔，顺序需要保证与sc_item_ids一致（没有sku就不传）。 */
  sku_ids?: string;
  /** 在有sku的情况下，与各个sku对应的后端商品id列表。逗号分隔，顺序需要保证与sku_ids一致。 */
  sc_item_ids?: string;
  /** 是否需要校验商家编码，true不校验，false校验。 */
  not_check_outer_code?: boolean;
}

/** Response of `taobao.fenxiao.product.map.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFenxiaoProductMapAddResponse {
  /** 操作结果 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  product_id: 'Number',
  sc_item_id: 'Number',
  sku_ids: 'String',
  sc_item_ids: 'String',
  not_check_outer_code: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.fenxiao.product.map.add`: method, response root, request and response schemas. */
export const taobaoFenxiaoProductMapAddOperation = {
  method: 'taobao.fenxiao.product.map.add',
  responseRoot: 'fenxiao_product_map_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建分销和后端商品映射关系 — calls TOP method `taobao.fenxiao.product.map.add`.
 *
 * 创建分销和供应链商品映射关系。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFenxiaoProductMapAdd(
  client: TopClient,
  request: TaobaoFenxiaoProductMapAddRequest,
  options?: CallOptions,
): Promise<TaobaoFenxiaoProductMapAddResponse> {
  return client.call<TaobaoFenxiaoProductMapAddResponse>(
    {
      method: 'taobao.fenxiao.product.map.add',
      responseRoot: 'fenxiao_product_map_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
