// Generated from specs/jipiao/taobao.alitrip.buyer.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.buyer.get` (敏感信息查询). */
export interface TaobaoAlitripBuyerGetRequest {
  /** 敏感信息查询请求参数 */
  request_axb: TaobaoAlitripBuyerGetRequestAxbDoInput;
}

/** Response of `taobao.alitrip.buyer.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripBuyerGetResponse {
  /** 请求内容，如阿里小号 */
  content?: string;
  /** 有效期 */
  expires?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RequestAxbDo` of `taobao.alitrip.buyer.get`. */
export interface TaobaoAlitripBuyerGetRequestAxbDoInput {
  /** 请求内容：0手机号 */
  req_content: Int64Input;
  /** 业务类型：0国内机票,1国际机票 */
  biz_type: Int64Input;
  /** 商家联系号码,多个号码以“,”分割；传证件号时为乘机人姓名 */
  contact_no: string;
  /** 用途 */
  purpose: string;
  /** 订单号 */
  order_id: Int64Input;
}

const REQUEST_SCHEMA = {
  request_axb: {
    req_content: 'Number',
    biz_type: 'Number',
    contact_no: 'String',
    purpose: 'String',
    order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  content: 'String',
  expires: 'Date',
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.buyer.get`: method, response root, request and response schemas. */
export const taobaoAlitripBuyerGetOperation = {
  method: 'taobao.alitrip.buyer.get',
  responseRoot: 'alitrip_buyer_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 敏感信息查询 — calls TOP method `taobao.alitrip.buyer.get`.
 *
 * 针对商家提供统一的TOP接口，可以根据订单获取订单对应买家联系电话（阿里小号）。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripBuyerGet(
  client: TopClient,
  request: TaobaoAlitripBuyerGetRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripBuyerGetResponse> {
  return client.call<TaobaoAlitripBuyerGetResponse>(
    {
      method: 'taobao.alitrip.buyer.get',
      responseRoot: 'alitrip_buyer_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
