// Generated from specs/servicecenter/taobao.recycle.prededuct.old.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.recycle.prededuct.old.get` (查询回收单前置抵扣详情). */
export interface TaobaoRecyclePredeductOldGetRequest {
  /** 旧机单 ID */
  old_order_id?: Int64Input;
}

/** Response of `taobao.recycle.prededuct.old.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRecyclePredeductOldGetResponse {
  /** 回收单前置抵扣详情 */
  data?: TaobaoRecyclePredeductOldGetOfnRecycleOrderPreDeductDetailDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OfnRecycleOrderPreDeductDetailDTO` of `taobao.recycle.prededuct.old.get`. */
export interface TaobaoRecyclePredeductOldGetOfnRecycleOrderPreDeductDetailDTO {
  /** 前置抵扣红包发放总金额，单位 分 */
  pre_deduct_total_fee?: Int64;
  /** 前置抵扣红包使用金额，单位 分 */
  pre_deduct_used_fee?: Int64;
  /** 前置抵扣红包退回金额，单位 分 */
  pre_deduct_refund_fee?: Int64;
  /** 前置抵扣红包 ID */
  pre_deduct_fund_id?: Int64;
  /** 线下已结算金额，单位 分【正数表示服务商已给用户的钱，为负表示用户已给服务商的钱】 */
  offline_settle_fee?: Int64;
  /** 质检价，单位 分 */
  qa_amount?: Int64;
  /** 数据更新时间 */
  update_time?: string;
}

const REQUEST_SCHEMA = {
  old_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    pre_deduct_total_fee: 'Number',
    pre_deduct_used_fee: 'Number',
    pre_deduct_refund_fee: 'Number',
    pre_deduct_fund_id: 'Number',
    offline_settle_fee: 'Number',
    qa_amount: 'Number',
    update_time: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.recycle.prededuct.old.get`: method, response root, request and response schemas. */
export const taobaoRecyclePredeductOldGetOperation = {
  method: 'taobao.recycle.prededuct.old.get',
  responseRoot: 'recycle_prededuct_old_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询回收单前置抵扣详情 — calls TOP method `taobao.recycle.prededuct.old.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRecyclePredeductOldGet(
  client: TopClient,
  request: TaobaoRecyclePredeductOldGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoRecyclePredeductOldGetResponse> {
  return client.call<TaobaoRecyclePredeductOldGetResponse>(
    {
      method: 'taobao.recycle.prededuct.old.get',
      responseRoot: 'recycle_prededuct_old_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
