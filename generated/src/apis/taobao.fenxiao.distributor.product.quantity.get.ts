// Generated from specs/fenxiao/taobao.fenxiao.distributor.product.quantity.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fenxiao.distributor.product.quantity.get` (分销商查询产品库存). */
export interface TaobaoFenxiaoDistributorProductQuantityGetRequest {
  /** 产品ID */
  product_id?: Int64Input;
  /** SKU ID */
  sku_id?: Int64Input;
}

/** Response of `taobao.fenxiao.distributor.product.quantity.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFenxiaoDistributorProductQuantityGetResponse {
  /** 查询结果 */
  result?: TaobaoFenxiaoDistributorProductQuantityGetResultDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDTO` of `taobao.fenxiao.distributor.product.quantity.get`. */
export interface TaobaoFenxiaoDistributorProductQuantityGetResultDTO {
  /** 是否成功 */
  success?: boolean;
  /** 库存数量 */
  module?: string;
  /** 错误信息 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  product_id: 'Number',
  sku_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    module: 'String',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.fenxiao.distributor.product.quantity.get`: method, response root, request and response schemas. */
export const taobaoFenxiaoDistributorProductQuantityGetOperation = {
  method: 'taobao.fenxiao.distributor.product.quantity.get',
  responseRoot: 'fenxiao_distributor_product_quantity_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分销商查询产品库存 — calls TOP method `taobao.fenxiao.distributor.product.quantity.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFenxiaoDistributorProductQuantityGet(
  client: TopClient,
  request: TaobaoFenxiaoDistributorProductQuantityGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoFenxiaoDistributorProductQuantityGetResponse> {
  return client.call<TaobaoFenxiaoDistributorProductQuantityGetResponse>(
    {
      method: 'taobao.fenxiao.distributor.product.quantity.get',
      responseRoot: 'fenxiao_distributor_product_quantity_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
