// Generated from specs/wdk/alibaba.wdk.channel.order.usercancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.channel.order.usercancel` (用户发起售中取消). */
export interface AlibabaWdkChannelOrderUsercancelRequest {
  /** 取消信息 */
  user_cancel_info: AlibabaWdkChannelOrderUsercancelOrderUserCancelInfoInput;
}

/** Response of `alibaba.wdk.channel.order.usercancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkChannelOrderUsercancelResponse {
  /** 返回结果 */
  api_result?: AlibabaWdkChannelOrderUsercancelApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderUserCancelInfo` of `alibaba.wdk.channel.order.usercancel`. */
export interface AlibabaWdkChannelOrderUsercancelOrderUserCancelInfoInput {
  /** 盒马主单号 */
  biz_order_id: string;
  /** 经营店Id */
  store_id: string;
  /** 渠道店Id */
  shop_id: string;
}

/** `ApiResult` of `alibaba.wdk.channel.order.usercancel`. */
export interface AlibabaWdkChannelOrderUsercancelApiResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  err_msg?: string;
}

const REQUEST_SCHEMA = {
  user_cancel_info: {
    biz_order_id: 'String',
    store_id: 'String',
    shop_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    success: 'Boolean',
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.channel.order.usercancel`: method, response root, request and response schemas. */
export const alibabaWdkChannelOrderUsercancelOperation = {
  method: 'alibaba.wdk.channel.order.usercancel',
  responseRoot: 'alibaba_wdk_channel_order_usercancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 用户发起售中取消 — calls TOP method `alibaba.wdk.channel.order.usercancel`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkChannelOrderUsercancel(
  client: TopClient,
  request: AlibabaWdkChannelOrderUsercancelRequest,
  options?: CallOptions,
): Promise<AlibabaWdkChannelOrderUsercancelResponse> {
  return client.call<AlibabaWdkChannelOrderUsercancelResponse>(
    {
      method: 'alibaba.wdk.channel.order.usercancel',
      responseRoot: 'alibaba_wdk_channel_order_usercancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
