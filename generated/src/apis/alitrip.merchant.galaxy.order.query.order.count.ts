// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.order.query.order.count.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.order.query.order.count` (查询各种状态订单的总数). */
export interface AlitripMerchantGalaxyOrderQueryOrderCountRequest {
  /** 租户标识 */
  tenant_key: string;
  /** 用户token */
  token: string;
}

/** Response of `alitrip.merchant.galaxy.order.query.order.count`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyOrderQueryOrderCountResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyOrderQueryOrderCountResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.order.query.order.count`. */
export interface AlitripMerchantGalaxyOrderQueryOrderCountResponse2 {
  /** 成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 返回实体 */
  content?: AlitripMerchantGalaxyOrderQueryOrderCountOrderCountVO;
}

/** `OrderCountVO` of `alitrip.merchant.galaxy.order.query.order.count`. */
export interface AlitripMerchantGalaxyOrderQueryOrderCountOrderCountVO {
  /** 酒店图片 */
  hotel_picture?: string;
  /** 标题 */
  title?: string;
  /** 摘要 */
  abstract_content?: string;
  /** 倒计时开始时间 */
  pay_remain_time?: Int64;
  /** 入住日期 */
  check_in_date?: string;
  /** 对应状态订单对应总数 */
  order_count_detail_v_os?: AlitripMerchantGalaxyOrderQueryOrderCountOrderCountDetailVO[];
  /** 订单id */
  order_id?: string;
  /** 订单类型 OrderTypeEnum枚举 calendar_room:日历房订单。paid_membership_card：付费会员卡订单 */
  order_type?: string;
}

/** `OrderCountDetailVO` of `alitrip.merchant.galaxy.order.query.order.count`. */
export interface AlitripMerchantGalaxyOrderQueryOrderCountOrderCountDetailVO {
  /** 状态枚举 code */
  order_status?: string;
  /** 状态中文值 */
  order_status_str?: string;
  /** 对应数量 */
  count?: Int64;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    content: {
      hotel_picture: 'String',
      title: 'String',
      abstract_content: 'String',
      pay_remain_time: 'Number',
      check_in_date: 'String',
      order_count_detail_v_os: [
        {
          order_status: 'String',
          order_status_str: 'String',
          count: 'Number',
        },
      ],
      order_id: 'String',
      order_type: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.order.query.order.count`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyOrderQueryOrderCountOperation = {
  method: 'alitrip.merchant.galaxy.order.query.order.count',
  responseRoot: 'alitrip_merchant_galaxy_order_query_order_count_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询各种状态订单的总数 — calls TOP method `alitrip.merchant.galaxy.order.query.order.count`.
 *
 * 调用查询接口整合各个订单类型总数
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyOrderQueryOrderCount(
  client: TopClient,
  request: AlitripMerchantGalaxyOrderQueryOrderCountRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyOrderQueryOrderCountResponse> {
  return client.call<AlitripMerchantGalaxyOrderQueryOrderCountResponse>(
    {
      method: 'alitrip.merchant.galaxy.order.query.order.count',
      responseRoot: 'alitrip_merchant_galaxy_order_query_order_count_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
