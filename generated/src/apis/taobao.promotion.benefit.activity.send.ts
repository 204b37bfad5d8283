// Generated from specs/promotion/taobao.promotion.benefit.activity.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotion.benefit.activity.send` (活动权益发放接口). */
export interface TaobaoPromotionBenefitActivitySendRequest {
  /** 单个权益发放请求 */
  send_request: TaobaoPromotionBenefitActivitySendBenefitSingleSendRequestInput;
  /** 非混淆的接收者id */
  receiver_id?: Int64Input;
  /** 混淆的接收者nick */
  nick?: string;
  /** 非混淆的接收者nick */
  plat_nick?: string;
  /** 混淆的接收者id */
  mix_receiver_id?: string;
  /** ouid */
  ouid?: string;
  /** openid */
  uid?: string;
}

/** Response of `taobao.promotion.benefit.activity.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionBenefitActivitySendResponse {
  /** 返回活动详情级别的权益发放情况 */
  result_list?: TaobaoPromotionBenefitActivitySendBenefitSendResultExt[];
  /** uniqueId */
  unique_id?: string;
  /** 接口调用是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BenefitSingleSendRequest` of `taobao.promotion.benefit.activity.send`. */
export interface TaobaoPromotionBenefitActivitySendBenefitSingleSendRequestInput {
  /** 权益类型 */
  benefit_type?: string;
  /** 活动详情id */
  detail_id?: Int64Input;
  /** 活动id */
  relation_id?: Int64Input;
  /** 权益发放数量 */
  send_count: Int64Input;
  /** 幂等ID，代表一次发放。如，超时重试，需要保证幂等ID不变。不同的幂等ID代表两次不同得发放，因业务方更换幂等ID导致的超发问题由业务方负责 */
  unique_id?: string;
}

/** `BenefitSendResultExt` of `taobao.promotion.benefit.activity.send`. */
export interface TaobaoPromotionBenefitActivitySendBenefitSendResultExt {
  /** 异常码列表 */
  error_code_list?: string[];
  /** 失败数 */
  failure_count?: Int64;
  /** 活动详情id */
  index_id?: Int64;
  /** 成功数 */
  success_count?: Int64;
}

const REQUEST_SCHEMA = {
  send_request: {
    benefit_type: 'String',
    detail_id: 'Number',
    relation_id: 'Number',
    send_count: 'Number',
    unique_id: 'String',
  },
  receiver_id: 'Number',
  nick: 'String',
  plat_nick: 'String',
  mix_receiver_id: 'String',
  ouid: 'String',
  uid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_list: [
    {
      error_code_list: ['String'],
      failure_count: 'Number',
      index_id: 'Number',
      success_count: 'Number',
    },
  ],
  unique_id: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotion.benefit.activity.send`: method, response root, request and response schemas. */
export const taobaoPromotionBenefitActivitySendOperation = {
  method: 'taobao.promotion.benefit.activity.send',
  responseRoot: 'promotion_benefit_activity_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 活动权益发放接口 — calls TOP method `taobao.promotion.benefit.activity.send`.
 *
 * 活动权益发放接口，用于卖家针对活动进行权益发放
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionBenefitActivitySend(
  client: TopClient,
  request: TaobaoPromotionBenefitActivitySendRequest,
  options?: CallOptions,
): Promise<TaobaoPromotionBenefitActivitySendResponse> {
  return client.call<TaobaoPromotionBenefitActivitySendResponse>(
    {
      method: 'taobao.promotion.benefit.activity.send',
      responseRoot: 'promotion_benefit_activity_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
