// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.wechat.card.query.record.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.wechat.card.query.record` (微信会员卡领取记录查询). */
export interface AlitripMerchantGalaxyWechatCardQueryRecordRequest {
  /** 租户Id */
  tenant_key?: string;
  /** 用户登录凭证 */
  token?: string;
}

/** Response of `alitrip.merchant.galaxy.wechat.card.query.record`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyWechatCardQueryRecordResponse {
  /** 返回结果 */
  result?: AlitripMerchantGalaxyWechatCardQueryRecordResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.wechat.card.query.record`. */
export interface AlitripMerchantGalaxyWechatCardQueryRecordResponse2 {
  /** 成功失败 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 内容 */
  content?: string;
  /** 消息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.wechat.card.query.record`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyWechatCardQueryRecordOperation = {
  method: 'alitrip.merchant.galaxy.wechat.card.query.record',
  responseRoot: 'alitrip_merchant_galaxy_wechat_card_query_record_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 微信会员卡领取记录查询 — calls TOP method `alitrip.merchant.galaxy.wechat.card.query.record`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyWechatCardQueryRecord(
  client: TopClient,
  request: AlitripMerchantGalaxyWechatCardQueryRecordRequest = {},
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyWechatCardQueryRecordResponse> {
  return client.call<AlitripMerchantGalaxyWechatCardQueryRecordResponse>(
    {
      method: 'alitrip.merchant.galaxy.wechat.card.query.record',
      responseRoot: 'alitrip_merchant_galaxy_wechat_card_query_record_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
