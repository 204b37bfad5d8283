// Generated from specs/youkuott/youku.ott.kitty.commonorder.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `youku.ott.kitty.commonorder.sync` (运营商一般订单同步). */
export interface YoukuOttKittyCommonorderSyncRequest {
  /** 运营商订单id,最好是16位及以上唯一ID */
  order_id: string;
  /** 充值的商品id（此商品需要事先给到优酷，并把商品的业务逻辑确定下来，比如是连续包月还是单月/单季/单年) */
  product_id: string;
  /** 同步时间 格式yyyy-MM-dd HH:mm:ss 说明：如果是线上或线下订单此时间是用户支付成功时间，如果是退订则是退订时间 */
  sync_time: string;
  /** 运营商渠道（需要找优酷方确认） */
  channel_id: string;
  /** 运营商用户账号账号id,与盒子登录账号tuid一致 */
  account_id: string;
  /** 订单类型 1:线上支付订单(线上应用内购买), 2:线下支付订单(比如营业厅订单), 3:连续包取消续订, 4:全额退款(立即终止权益,不分产品包,不计财务), 5:续费(运营商侧发起时才使用),6:非连续包退订(按未使用天数退款) */
  type: string;
  /** 扩展字段，根据需要，约定具体的字段，json格式 */
  ext_info?: string;
}

/** Response of `youku.ott.kitty.commonorder.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface YoukuOttKittyCommonorderSyncResponse {
  /** 是否成功 true:成功 false:失败 */
  is_success?: boolean;
  /** 错误消息 */
  message?: string;
  /** 返回码（一般情况请求方只需要关心success，除非特殊情况需要关心错误码） */
  ret_code?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'String',
  product_id: 'String',
  sync_time: 'String',
  channel_id: 'String',
  account_id: 'String',
  type: 'String',
  ext_info: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  message: 'String',
  ret_code: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `youku.ott.kitty.commonorder.sync`: method, response root, request and response schemas. */
export const youkuOttKittyCommonorderSyncOperation = {
  method: 'youku.ott.kitty.commonorder.sync',
  responseRoot: 'youku_ott_kitty_commonorder_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 运营商一般订单同步 — calls TOP method `youku.ott.kitty.commonorder.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function youkuOttKittyCommonorderSync(
  client: TopClient,
  request: YoukuOttKittyCommonorderSyncRequest,
  options?: CallOptions,
): Promise<YoukuOttKittyCommonorderSyncResponse> {
  return client.call<YoukuOttKittyCommonorderSyncResponse>(
    {
      method: 'youku.ott.kitty.commonorder.sync',
      responseRoot: 'youku_ott_kitty_commonorder_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
