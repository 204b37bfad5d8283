// Generated from specs/fenxiao/taobao.fenxiao.productcats.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fenxiao.productcats.get` (查询产品线列表). */
export interface TaobaoFenxiaoProductcatsGetRequest {
  /** 返回字段列表 */
  fields?: string;
}

/** Response of `taobao.fenxiao.productcats.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFenxiaoProductcatsGetResponse {
  /** 查询结果记录数 */
  total_results?: Int64;
  /** 产品线列表。返回 ProductCat 包含的字段信息。 */
  productcats?: TaobaoFenxiaoProductcatsGetProductCat[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProductCat` of `taobao.fenxiao.productcats.get`. */
export interface TaobaoFenxiaoProductcatsGetProductCat {
  /** 产品线ID */
  id?: Int64;
  /** 产品线名称 */
  name?: string;
  /** 产品数量 */
  product_num?: Int64;
  /** 产品最低零售价 */
  retail_low_percent?: string;
  /** 产品最高零售价 */
  retail_high_percent?: string;
  /** 产品代销采购价 */
  cost_percent_agent?: string;
  /** 产品经销采购价 */
  cost_percent_dealer?: string;
}

const REQUEST_SCHEMA = {
  fields: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_results: 'Number',
  productcats: [
    {
      id: 'Number',
      name: 'String',
      product_num: 'Number',
      retail_low_percent: 'String',
      retail_high_percent: 'String',
      cost_percent_agent: 'String',
      cost_percent_dealer: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.fenxiao.productcats.get`: method, response root, request and response schemas. */
export const taobaoFenxiaoProductcatsGetOperation = {
  method: 'taobao.fenxiao.productcats.get',
  responseRoot: 'fenxiao_productcats_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询产品线列表 — calls TOP method `taobao.fenxiao.productcats.get`.
 *
 * 查询供应商的所有产品线数据。根据登陆用户来查询，不需要其他入参
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFenxiaoProductcatsGet(
  client: TopClient,
  request: TaobaoFenxiaoProductcatsGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoFenxiaoProductcatsGetResponse> {
  return client.call<TaobaoFenxiaoProductcatsGetResponse>(
    {
      method: 'taobao.fenxiao.productcats.get',
      responseRoot: 'fenxiao_productcats_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
