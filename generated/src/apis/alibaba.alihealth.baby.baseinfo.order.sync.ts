// Generated from specs/alihealthcrm/alibaba.alihealth.baby.baseinfo.order.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.baby.baseinfo.order.sync` (alibaba.alihealth.baby.baseinfo.order.sync). */
export interface AlibabaAlihealthBabyBaseinfoOrderSyncRequest {
  /** 健康id */
  tp_user_id: Int64Input;
  /** 商品id */
  commodity_id: string;
  /** 商品名称 */
  commodity_name: string;
  /** 价钱 */
  amount: string;
  /** 状态，1是已支付，2是已退款 */
  status: Int64Input;
  /** 订单时间 */
  order_time: string;
  /** 订单id */
  order_id: string;
}

/** Response of `alibaba.alihealth.baby.baseinfo.order.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthBabyBaseinfoOrderSyncResponse {
  /** 操作提示 */
  return_msg?: string;
  /** 操作码 */
  return_code?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  tp_user_id: 'Number',
  commodity_id: 'String',
  commodity_name: 'String',
  amount: 'Price',
  status: 'Number',
  order_time: 'String',
  order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  return_msg: 'String',
  return_code: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.baby.baseinfo.order.sync`: method, response root, request and response schemas. */
export const alibabaAlihealthBabyBaseinfoOrderSyncOperation = {
  method: 'alibaba.alihealth.baby.baseinfo.order.sync',
  responseRoot: 'alibaba_alihealth_baby_baseinfo_order_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * alibaba.alihealth.baby.baseinfo.order.sync — calls TOP method `alibaba.alihealth.baby.baseinfo.order.sync`.
 *
 * 育学园将订单信息回传给我们
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthBabyBaseinfoOrderSync(
  client: TopClient,
  request: AlibabaAlihealthBabyBaseinfoOrderSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthBabyBaseinfoOrderSyncResponse> {
  return client.call<AlibabaAlihealthBabyBaseinfoOrderSyncResponse>(
    {
      method: 'alibaba.alihealth.baby.baseinfo.order.sync',
      responseRoot: 'alibaba_alihealth_baby_baseinfo_order_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
