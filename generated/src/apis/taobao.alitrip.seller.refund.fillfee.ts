// Generated from specs/jipiao/taobao.alitrip.seller.refund.fillfee.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.seller.refund.fillfee` (机票代理商】回填手续费). */
export interface TaobaoAlitripSellerRefundFillfeeRequest {
  /** 申请单ID */
  apply_id: Int64Input;
  /** 费对于关系，格式：{apply_fee_id:123,value:费用,金额单位分} */
  fee_price_map: string | Record<string, unknown>;
  /** 改签费用，格式：{detail_id:123,value:费用,金额单位分} */
  modify_fee?: string | Record<string, unknown>;
  /** 票价信息，格式：{apply_fee_id：123,value:费用,金额单位分} */
  ticket_price_map: string | Record<string, unknown>;
  /** 升舱费用，格式：{detail_id:123,value:费用,金额单位分} */
  upgrade_fee?: string | Record<string, unknown>;
}

/** Response of `taobao.alitrip.seller.refund.fillfee`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripSellerRefundFillfeeResponse {
  /** 结果 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  apply_id: 'Number',
  fee_price_map: 'Json',
  modify_fee: 'Json',
  ticket_price_map: 'Json',
  upgrade_fee: 'Json',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.seller.refund.fillfee`: method, response root, request and response schemas. */
export const taobaoAlitripSellerRefundFillfeeOperation = {
  method: 'taobao.alitrip.seller.refund.fillfee',
  responseRoot: 'alitrip_seller_refund_fillfee_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 机票代理商】回填手续费 — calls TOP method `taobao.alitrip.seller.refund.fillfee`.
 *
 * 回填手续费
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripSellerRefundFillfee(
  client: TopClient,
  request: TaobaoAlitripSellerRefundFillfeeRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripSellerRefundFillfeeResponse> {
  return client.call<TaobaoAlitripSellerRefundFillfeeResponse>(
    {
      method: 'taobao.alitrip.seller.refund.fillfee',
      responseRoot: 'alitrip_seller_refund_fillfee_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
