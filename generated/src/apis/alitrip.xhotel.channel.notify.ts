// Generated from specs/xhotelonlineorder/alitrip.xhotel.channel.notify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.xhotel.channel.notify` (分销渠道各类通知接口). */
export interface AlitripXhotelChannelNotifyRequest {
  /** 通知类型查询条件 */
  order_notify_query?: AlitripXhotelChannelNotifyOrderNotifyQueryInput;
}

/** Response of `alitrip.xhotel.channel.notify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripXhotelChannelNotifyResponse {
  /** 结果信息 */
  result?: AlitripXhotelChannelNotifyHbsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderNotifyQuery` of `alitrip.xhotel.channel.notify`. */
export interface AlitripXhotelChannelNotifyOrderNotifyQueryInput {
  /** 支付时间 */
  pay_time?: DateInput;
  /** 订单号 */
  biz_order_id?: Int64Input;
  /** 通知类型，0代表支付通知 */
  notify_type?: Int64Input;
  /** 平台促销 */
  platform_promotion?: Int64Input;
  /** 会员卡号 */
  member_card_no?: string;
}

/** `HbsResult` of `alitrip.xhotel.channel.notify`. */
export interface AlitripXhotelChannelNotifyHbsResult {
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  order_notify_query: {
    pay_time: 'Date',
    biz_order_id: 'Number',
    notify_type: 'Number',
    platform_promotion: 'Number',
    member_card_no: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.xhotel.channel.notify`: method, response root, request and response schemas. */
export const alitripXhotelChannelNotifyOperation = {
  method: 'alitrip.xhotel.channel.notify',
  responseRoot: 'alitrip_xhotel_channel_notify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分销渠道各类通知接口 — calls TOP method `alitrip.xhotel.channel.notify`.
 *
 * 分销渠道支付通知
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripXhotelChannelNotify(
  client: TopClient,
  request: AlitripXhotelChannelNotifyRequest = {},
  options?: CallOptions,
): Promise<AlitripXhotelChannelNotifyResponse> {
  return client.call<AlitripXhotelChannelNotifyResponse>(
    {
      method: 'alitrip.xhotel.channel.notify',
      responseRoot: 'alitrip_xhotel_channel_notify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
