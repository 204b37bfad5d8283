// Generated from specs/servicecenter/taobao.fuwu.sp.confirm.apply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fuwu.sp.confirm.apply` (内购服务确认单申请接口). */
export interface TaobaoFuwuSpConfirmApplyRequest {
  /** 确认单申请 */
  param_income_confirm_d_t_o: TaobaoFuwuSpConfirmApplyIncomeConfirmDtoInput;
}

/** Response of `taobao.fuwu.sp.confirm.apply`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFuwuSpConfirmApplyResponse {
  /** 返回的是服务市场的确认单ID */
  apply_result?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IncomeConfirmDto` of `taobao.fuwu.sp.confirm.apply`. */
export interface TaobaoFuwuSpConfirmApplyIncomeConfirmDtoInput {
  /** appkey */
  appkey: string;
  /** 确认扩展信息 */
  extend?: string;
  /** 确认金额 */
  fee: Int64Input;
  /** 卖家nick */
  nick: string;
  /** 服务市场有效订单ID */
  order_id?: Int64Input;
  /** 外部确认账单ID */
  out_confirm_id: string;
  /** 外部订单ID */
  out_order_id?: string;
}

const REQUEST_SCHEMA = {
  param_income_confirm_d_t_o: {
    appkey: 'String',
    extend: 'String',
    fee: 'Number',
    nick: 'String',
    order_id: 'Number',
    out_confirm_id: 'String',
    out_order_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  apply_result: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.fuwu.sp.confirm.apply`: method, response root, request and response schemas. */
export const taobaoFuwuSpConfirmApplyOperation = {
  method: 'taobao.fuwu.sp.confirm.apply',
  responseRoot: 'fuwu_sp_confirm_apply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 内购服务确认单申请接口 — calls TOP method `taobao.fuwu.sp.confirm.apply`.
 *
 * isv能通过该接口发起确认申请单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFuwuSpConfirmApply(
  client: TopClient,
  request: TaobaoFuwuSpConfirmApplyRequest,
  options?: CallOptions,
): Promise<TaobaoFuwuSpConfirmApplyResponse> {
  return client.call<TaobaoFuwuSpConfirmApplyResponse>(
    {
      method: 'taobao.fuwu.sp.confirm.apply',
      responseRoot: 'fuwu_sp_confirm_apply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
