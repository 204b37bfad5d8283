// Generated from specs/tbrefund/taobao.rp.returngoods.refill.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.rp.returngoods.refill` (卖家回填物流信息). */
export interface TaobaoRpReturngoodsRefillRequest {
  /** 退款单编号 */
  refund_id: Int64Input;
  /** 退款阶段，可选值：售中：onsale，售后：aftersale */
  refund_phase: string;
  /** 物流公司运单号 */
  logistics_waybill_no: string;
  /** 物流公司编号 */
  logistics_company_code: string;
}

/** Response of `taobao.rp.returngoods.refill`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRpReturngoodsRefillResponse {
  /** 验货操作是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  refund_id: 'Number',
  refund_phase: 'String',
  logistics_waybill_no: 'String',
  logistics_company_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.rp.returngoods.refill`: method, response root, request and response schemas. */
export const taobaoRpReturngoodsRefillOperation = {
  method: 'taobao.rp.returngoods.refill',
  responseRoot: 'rp_returngoods_refill_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 卖家回填物流信息 — calls TOP method `taobao.rp.returngoods.refill`.
 *
 * 卖家收到货物回填物流信息，如果买家已经回填物流信息，则接口报错，目前仅支持天猫订单。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRpReturngoodsRefill(
  client: TopClient,
  request: TaobaoRpReturngoodsRefillRequest,
  options?: CallOptions,
): Promise<TaobaoRpReturngoodsRefillResponse> {
  return client.call<TaobaoRpReturngoodsRefillResponse>(
    {
      method: 'taobao.rp.returngoods.refill',
      responseRoot: 'rp_returngoods_refill_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
