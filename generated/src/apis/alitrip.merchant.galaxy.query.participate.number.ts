// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.query.participate.number.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.query.participate.number` (星河-抽奖活动次数查询). */
export interface AlitripMerchantGalaxyQueryParticipateNumberRequest {
  /** 商家租户id */
  tenant_key: string;
  /** 用户登录信息 */
  token?: string;
  /** 活动id */
  offer_id: Int64Input;
}

/** Response of `alitrip.merchant.galaxy.query.participate.number`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyQueryParticipateNumberResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyQueryParticipateNumberResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.query.participate.number`. */
export interface AlitripMerchantGalaxyQueryParticipateNumberResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误编码 */
  error_code?: string;
  /** 返回类型 */
  content?: AlitripMerchantGalaxyQueryParticipateNumberActivityParticipateNumberVo;
  /** 错误信息 */
  error_msg?: string;
}

/** `ActivityParticipateNumberVo` of `alitrip.merchant.galaxy.query.participate.number`. */
export interface AlitripMerchantGalaxyQueryParticipateNumberActivityParticipateNumberVo {
  /** 活动id */
  offer_id?: Int64;
  /** 剩余次数 */
  left_time?: Int64;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  offer_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: {
      offer_id: 'Number',
      left_time: 'Number',
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.query.participate.number`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyQueryParticipateNumberOperation = {
  method: 'alitrip.merchant.galaxy.query.participate.number',
  responseRoot: 'alitrip_merchant_galaxy_query_participate_number_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 星河-抽奖活动次数查询 — calls TOP method `alitrip.merchant.galaxy.query.participate.number`.
 *
 * 雅高小程序抽奖活动，查询用户抽奖次数
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyQueryParticipateNumber(
  client: TopClient,
  request: AlitripMerchantGalaxyQueryParticipateNumberRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyQueryParticipateNumberResponse> {
  return client.call<AlitripMerchantGalaxyQueryParticipateNumberResponse>(
    {
      method: 'alitrip.merchant.galaxy.query.participate.number',
      responseRoot: 'alitrip_merchant_galaxy_query_participate_number_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
