// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.query.draw.summary.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.query.draw.summary` (星河-抽奖活动概要列表查询). */
export interface AlitripMerchantGalaxyQueryDrawSummaryRequest {
  /** 商家租户id */
  tenant_key: string;
  /** 用户登录信息 */
  token?: string;
}

/** Response of `alitrip.merchant.galaxy.query.draw.summary`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyQueryDrawSummaryResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyQueryDrawSummaryResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.query.draw.summary`. */
export interface AlitripMerchantGalaxyQueryDrawSummaryResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误编码 */
  error_code?: string;
  /** 返回类型 */
  contents?: AlitripMerchantGalaxyQueryDrawSummaryDrawOfferSummaryVo[];
  /** 错误信息 */
  error_msg?: string;
}

/** `DrawOfferSummaryVo` of `alitrip.merchant.galaxy.query.draw.summary`. */
export interface AlitripMerchantGalaxyQueryDrawSummaryDrawOfferSummaryVo {
  /** 用户状态 */
  user_status?: Int64;
  /** 活动名称 */
  offer_name?: string;
  /** 子标题 */
  subtitle?: string;
  /** 无线端图片 */
  offer_image_wireless?: string[];
  /** 活动id */
  offer_id?: Int64;
  /** 活动状态 */
  offer_status?: Int64;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    contents: [
      {
        user_status: 'Number',
        offer_name: 'String',
        subtitle: 'String',
        offer_image_wireless: ['String'],
        offer_id: 'Number',
        offer_status: 'Number',
      },
    ],
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.query.draw.summary`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyQueryDrawSummaryOperation = {
  method: 'alitrip.merchant.galaxy.query.draw.summary',
  responseRoot: 'alitrip_merchant_galaxy_query_draw_summary_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 星河-抽奖活动概要列表查询 — calls TOP method `alitrip.merchant.galaxy.query.draw.summary`.
 *
 * 雅高小程序抽奖活动列表概要查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyQueryDrawSummary(
  client: TopClient,
  request: AlitripMerchantGalaxyQueryDrawSummaryRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyQueryDrawSummaryResponse> {
  return client.call<AlitripMerchantGalaxyQueryDrawSummaryResponse>(
    {
      method: 'alitrip.merchant.galaxy.query.draw.summary',
      responseRoot: 'alitrip_merchant_galaxy_query_draw_summary_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
