// Generated from specs/jst/taobao.top.biz.seller.sign.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.top.biz.seller.sign` (淘宝订单履约-商家erp签约). */
export interface TaobaoTopBizSellerSignRequest {
  /** 商家主账号昵称 */
  seller_nick?: string;
  /** appkey名称 */
  appkey_title?: string;
  /** 商家主账号ID */
  seller_id: Int64Input;
  /** 签约类型：1-补发 */
  type: Int64Input;
  /** 状态：0-无效；1-有效 */
  status?: Int64Input;
}

/** Response of `taobao.top.biz.seller.sign`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTopBizSellerSignResponse {
  /** 调用结果 */
  call_result?: boolean;
  /** 失败code */
  call_err_code?: string;
  /** 失败msg */
  call_err_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  seller_nick: 'String',
  appkey_title: 'String',
  seller_id: 'Number',
  type: 'Number',
  status: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  call_result: 'Boolean',
  call_err_code: 'String',
  call_err_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.top.biz.seller.sign`: method, response root, request and response schemas. */
export const taobaoTopBizSellerSignOperation = {
  method: 'taobao.top.biz.seller.sign',
  responseRoot: 'top_biz_seller_sign_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝订单履约-商家erp签约 — calls TOP method `taobao.top.biz.seller.sign`.
 *
 * 淘宝订单履约-商家erp签约，包含各场景的签约
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTopBizSellerSign(
  client: TopClient,
  request: TaobaoTopBizSellerSignRequest,
  options?: CallOptions,
): Promise<TaobaoTopBizSellerSignResponse> {
  return client.call<TaobaoTopBizSellerSignResponse>(
    {
      method: 'taobao.top.biz.seller.sign',
      responseRoot: 'top_biz_seller_sign_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
