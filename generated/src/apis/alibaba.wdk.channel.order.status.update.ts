// Generated from specs/wdk/alibaba.wdk.channel.order.status.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.channel.order.status.update` (订单状态变更). */
export interface AlibabaWdkChannelOrderStatusUpdateRequest {
  /** 修改信息 */
  order_status_info: AlibabaWdkChannelOrderStatusUpdateOrderStatusInfoInput;
}

/** Response of `alibaba.wdk.channel.order.status.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkChannelOrderStatusUpdateResponse {
  /** 返回结果 */
  api_result?: AlibabaWdkChannelOrderStatusUpdateApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderStatusInfo` of `alibaba.wdk.channel.order.status.update`. */
export interface AlibabaWdkChannelOrderStatusUpdateOrderStatusInfoInput {
  /** 经营店Id */
  store_id: string;
  /** 渠道店Id */
  shop_id: string;
  /** 外部订单号 */
  out_order_id: string;
  /** 订单状态 已支付： PAID； TRADE_CLOSE（仅未支付订单） */
  order_status: string;
}

/** `ApiResult` of `alibaba.wdk.channel.order.status.update`. */
export interface AlibabaWdkChannelOrderStatusUpdateApiResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  err_msg?: string;
  /** 返回内容 */
  model?: AlibabaWdkChannelOrderStatusUpdateOrderOperateResult;
  /** 错误编码 */
  err_code?: string;
}

/** `OrderOperateResult` of `alibaba.wdk.channel.order.status.update`. */
export interface AlibabaWdkChannelOrderStatusUpdateOrderOperateResult {
  /** 盒马主单号 */
  biz_order_id?: string;
  /** 外部主单号 */
  out_order_id?: string;
  /** 返回子单列表 */
  sub_order_results?: AlibabaWdkChannelOrderStatusUpdateSubOrder[];
}

/** `SubOrder` of `alibaba.wdk.channel.order.status.update`. */
export interface AlibabaWdkChannelOrderStatusUpdateSubOrder {
  /** 盒马子单号 */
  sub_biz_order_id?: string;
  /** 外部子单号 */
  sub_out_order_id?: string;
}

const REQUEST_SCHEMA = {
  order_status_info: {
    store_id: 'String',
    shop_id: 'String',
    out_order_id: 'String',
    order_status: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    success: 'Boolean',
    err_msg: 'String',
    model: {
      biz_order_id: 'String',
      out_order_id: 'String',
      sub_order_results: [
        {
          sub_biz_order_id: 'String',
          sub_out_order_id: 'String',
        },
      ],
    },
    err_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.channel.order.status.update`: method, response root, request and response schemas. */
export const alibabaWdkChannelOrderStatusUpdateOperation = {
  method: 'alibaba.wdk.channel.order.status.update',
  responseRoot: 'alibaba_wdk_channel_order_status_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单状态变更 — calls TOP method `alibaba.wdk.channel.order.status.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkChannelOrderStatusUpdate(
  client: TopClient,
  request: AlibabaWdkChannelOrderStatusUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaWdkChannelOrderStatusUpdateResponse> {
  return client.call<AlibabaWdkChannelOrderStatusUpdateResponse>(
    {
      method: 'alibaba.wdk.channel.order.status.update',
      responseRoot: 'alibaba_wdk_channel_order_status_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
