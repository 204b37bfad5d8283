// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.activity.goods.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.activity.goods.query` (营销抽奖-用户奖品查询). */
export interface AlitripMerchantGalaxyActivityGoodsQueryRequest {
  /** 商家租户id */
  tenant_key: string;
  /** 用户登录标识 */
  token?: string;
}

/** Response of `alitrip.merchant.galaxy.activity.goods.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyActivityGoodsQueryResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyActivityGoodsQueryResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.activity.goods.query`. */
export interface AlitripMerchantGalaxyActivityGoodsQueryResponse2 {
  /** 错误描述 */
  error_msg?: string;
  /** 错误代码 */
  error_code?: string;
  /** 是否成功 */
  success?: boolean;
  /** 奖品信息数据 */
  contents?: AlitripMerchantGalaxyActivityGoodsQueryActivityDrawUserGoodsVo[];
}

/** `ActivityDrawUserGoodsVo` of `alitrip.merchant.galaxy.activity.goods.query`. */
export interface AlitripMerchantGalaxyActivityGoodsQueryActivityDrawUserGoodsVo {
  /** 奖品ID */
  id?: Int64;
  /** 活动ID */
  offer_id?: Int64;
  /** 奖品图片 */
  image?: string;
  /** 奖品名称 */
  name?: string;
  /** 奖品状态 */
  goods_status?: Int64;
  /** 奖品邮寄信息 */
  activity_draw_goods_post_info?: AlitripMerchantGalaxyActivityGoodsQueryActivityDrawGoodsPostInfoVo;
  /** 记录ID */
  record_id?: string;
}

/** `ActivityDrawGoodsPostInfoVo` of `alitrip.merchant.galaxy.activity.goods.query`. */
export interface AlitripMerchantGalaxyActivityGoodsQueryActivityDrawGoodsPostInfoVo {
  /** 收货人地址 */
  receiver_address?: string;
  /** 收货人电话 */
  receiver_phone?: string;
  /** 收货人姓名 */
  receiver_name?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_msg: 'String',
    error_code: 'String',
    success: 'Boolean',
    contents: [
      {
        id: 'Number',
        offer_id: 'Number',
        image: 'String',
        name: 'String',
        goods_status: 'Number',
        activity_draw_goods_post_info: {
          receiver_address: 'String',
          receiver_phone: 'String',
          receiver_name: 'String',
        },
        record_id: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.activity.goods.query`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyActivityGoodsQueryOperation = {
  method: 'alitrip.merchant.galaxy.activity.goods.query',
  responseRoot: 'alitrip_merchant_galaxy_activity_goods_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 营销抽奖-用户奖品查询 — calls TOP method `alitrip.merchant.galaxy.activity.goods.query`.
 *
 * 星河产品-提供营销抽奖奖品查询服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyActivityGoodsQuery(
  client: TopClient,
  request: AlitripMerchantGalaxyActivityGoodsQueryRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyActivityGoodsQueryResponse> {
  return client.call<AlitripMerchantGalaxyActivityGoodsQueryResponse>(
    {
      method: 'alitrip.merchant.galaxy.activity.goods.query',
      responseRoot: 'alitrip_merchant_galaxy_activity_goods_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
