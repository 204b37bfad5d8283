// Generated from specs/tvpay/taobao.tvpay.promotion.info.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tvpay.promotion.info.get` (tv支付查询消费抽奖配置). */
export interface TaobaoTvpayPromotionInfoGetRequest {
  /** 设备id */
  device_id: string;
  /** 来源 */
  from?: string;
  /** 淘系订单号 */
  ext_order_id?: string;
  /** 是否淘系 */
  is_tao: boolean;
  /** 标题 */
  subject?: string;
  /** 商品id */
  subject_id?: string;
}

/** Response of `taobao.tvpay.promotion.info.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTvpayPromotionInfoGetResponse {
  /** Top返回对象 */
  result?: TaobaoTvpayPromotionInfoGetTopResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultDo` of `taobao.tvpay.promotion.info.get`. */
export interface TaobaoTvpayPromotionInfoGetTopResultDo {
  /** 状态码 */
  code?: string;
  /** 结构体 */
  data?: TaobaoTvpayPromotionInfoGetGetPromotionInfoResultDo;
  /** 消息 */
  message?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `GetPromotionInfoResultDo` of `taobao.tvpay.promotion.info.get`. */
export interface TaobaoTvpayPromotionInfoGetGetPromotionInfoResultDo {
  /** 是否有抽奖活动 */
  has_promotion_event?: boolean;
  /** 描述 */
  hint?: string;
}

const REQUEST_SCHEMA = {
  device_id: 'String',
  from: 'String',
  ext_order_id: 'String',
  is_tao: 'Boolean',
  subject: 'String',
  subject_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      has_promotion_event: 'Boolean',
      hint: 'String',
    },
    message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tvpay.promotion.info.get`: method, response root, request and response schemas. */
export const taobaoTvpayPromotionInfoGetOperation = {
  method: 'taobao.tvpay.promotion.info.get',
  responseRoot: 'tvpay_promotion_info_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * tv支付查询消费抽奖配置 — calls TOP method `taobao.tvpay.promotion.info.get`.
 *
 * 查询消费抽奖配置
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTvpayPromotionInfoGet(
  client: TopClient,
  request: TaobaoTvpayPromotionInfoGetRequest,
  options?: CallOptions,
): Promise<TaobaoTvpayPromotionInfoGetResponse> {
  return client.call<TaobaoTvpayPromotionInfoGetResponse>(
    {
      method: 'taobao.tvpay.promotion.info.get',
      responseRoot: 'tvpay_promotion_info_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
