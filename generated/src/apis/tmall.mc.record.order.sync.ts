// Generated from specs/mc/tmall.mc.record.order.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.mc.record.order.sync` (订单信息同步). */
export interface TmallMcRecordOrderSyncRequest {
  /** 设备编码 */
  device_code: string;
  /** 原价 */
  origin_price: Int64Input;
  /** 实付价 */
  pay_price: Int64Input;
  /** 用户openId */
  open_id: string;
  /** 核销结果 */
  result: string;
  /** 云码版本号 */
  version: string;
}

/** Response of `tmall.mc.record.order.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallMcRecordOrderSyncResponse {
  /** 同步成功 */
  data?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  device_code: 'String',
  origin_price: 'Number',
  pay_price: 'Number',
  open_id: 'String',
  result: 'String',
  version: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `tmall.mc.record.order.sync`: method, response root, request and response schemas. */
export const tmallMcRecordOrderSyncOperation = {
  method: 'tmall.mc.record.order.sync',
  responseRoot: 'tmall_mc_record_order_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单信息同步 — calls TOP method `tmall.mc.record.order.sync`.
 *
 * 订单信息同步(零售云接口)
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallMcRecordOrderSync(
  client: TopClient,
  request: TmallMcRecordOrderSyncRequest,
  options?: CallOptions,
): Promise<TmallMcRecordOrderSyncResponse> {
  return client.call<TmallMcRecordOrderSyncResponse>(
    {
      method: 'tmall.mc.record.order.sync',
      responseRoot: 'tmall_mc_record_order_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
