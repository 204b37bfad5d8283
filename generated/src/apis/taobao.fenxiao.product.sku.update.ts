// Generated from specs/fenxiao/taobao.fenxiao.product.sku.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fenxiao.product.sku.update` (产品sku编辑接口). */
export interface TaobaoFenxiaoProductSkuUpdateRequest {
  /** 产品ID */
  product_id: Int64Input;
  /** 采购基准价 */
  standard_price?: string;
  /** 代销采购价 */
  agent_cost_price?: string;
  /** 经销采购价 */
  dealer_cost_price?: string;
  /** 产品SKU库存 */
  quantity?: Int64Input;
  /** 商家编码 */
  sku_number?: string;
  /** sku属性 */
  properties: string;
}

/** Response of `taobao.fenxiao.product.sku.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFenxiaoProductSkuUpdateResponse {
  /** 操作结果 */
  result?: boolean;
  /** 操作时间 */
  created?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  product_id: 'Number',
  standard_price: 'String',
  agent_cost_price: 'String',
  dealer_cost_price: 'String',
  quantity: 'Number',
  sku_number: 'String',
  properties: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
  created: 'Date',
} as const satisfies ObjectSchema;

/** Static description of `taobao.fenxiao.product.sku.update`: method, response root, request and response schemas. */
export const taobaoFenxiaoProductSkuUpdateOperation = {
  method: 'taobao.fenxiao.product.sku.update',
  responseRoot: 'fenxiao_product_sku_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 产品sku编辑接口 — calls TOP method `taobao.fenxiao.product.sku.update`.
 *
 * 产品SKU信息更新
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFenxiaoProductSkuUpdate(
  client: TopClient,
  request: TaobaoFenxiaoProductSkuUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoFenxiaoProductSkuUpdateResponse> {
  return client.call<TaobaoFenxiaoProductSkuUpdateResponse>(
    {
      method: 'taobao.fenxiao.product.sku.update',
      responseRoot: 'fenxiao_product_sku_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
