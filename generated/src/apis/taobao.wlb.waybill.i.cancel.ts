// Generated from specs/waybill/taobao.wlb.waybill.i.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.waybill.i.cancel` (商家取消获取的电子面单号v1.0). */
export interface TaobaoWlbWaybillICancelRequest {
  /** 取消接口入参 */
  waybill_apply_cancel_request: TaobaoWlbWaybillICancelWaybillApplyCancelRequestInput;
}

/** Response of `taobao.wlb.waybill.i.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbWaybillICancelResponse {
  /** 调用取消是否成功 */
  cancel_result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WaybillApplyCancelRequest` of `taobao.wlb.waybill.i.cancel`. */
export interface TaobaoWlbWaybillICancelWaybillApplyCancelRequestInput {
  /** CP快递公司编码 */
  cp_code: string;
  /** 交易订单列表 */
  trade_order_list: string[];
  /** 面单使用者编号 */
  real_user_id?: Int64Input;
  /** 电子面单号码 */
  waybill_code: string;
  /** ERP订单号或包裹号 */
  package_id?: string;
}

const REQUEST_SCHEMA = {
  waybill_apply_cancel_request: {
    cp_code: 'String',
    trade_order_list: ['String'],
    real_user_id: 'Number',
    waybill_code: 'String',
    package_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  cancel_result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.waybill.i.cancel`: method, response root, request and response schemas. */
export const taobaoWlbWaybillICancelOperation = {
  method: 'taobao.wlb.waybill.i.cancel',
  responseRoot: 'wlb_waybill_i_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家取消获取的电子面单号v1.0 — calls TOP method `taobao.wlb.waybill.i.cancel`.
 *
 * 面单号有误需要取消的时候，调用该接口取消获取的电子面单。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbWaybillICancel(
  client: TopClient,
  request: TaobaoWlbWaybillICancelRequest,
  options?: CallOptions,
): Promise<TaobaoWlbWaybillICancelResponse> {
  return client.call<TaobaoWlbWaybillICancelResponse>(
    {
      method: 'taobao.wlb.waybill.i.cancel',
      responseRoot: 'wlb_waybill_i_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
