// Generated from specs/lsttrade/alibaba.lst.trade.fastrefund.goodsstatus.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.trade.fastrefund.goodsstatus.sync` (卖家退款单商品状态同步). */
export interface AlibabaLstTradeFastrefundGoodsstatusSyncRequest {
  /** 主订单id */
  main_order_id?: Int64Input;
  /** 退款单id */
  refund_id?: string;
  /** 未发货，枚举类型：UNSEND */
  status?: string;
}

/** Response of `alibaba.lst.trade.fastrefund.goodsstatus.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstTradeFastrefundGoodsstatusSyncResponse {
  /** true表示成功，false表示失败 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  main_order_id: 'Number',
  refund_id: 'String',
  status: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.trade.fastrefund.goodsstatus.sync`: method, response root, request and response schemas. */
export const alibabaLstTradeFastrefundGoodsstatusSyncOperation = {
  method: 'alibaba.lst.trade.fastrefund.goodsstatus.sync',
  responseRoot: 'alibaba_lst_trade_fastrefund_goodsstatus_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 卖家退款单商品状态同步 — calls TOP method `alibaba.lst.trade.fastrefund.goodsstatus.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstTradeFastrefundGoodsstatusSync(
  client: TopClient,
  request: AlibabaLstTradeFastrefundGoodsstatusSyncRequest = {},
  options?: CallOptions,
): Promise<AlibabaLstTradeFastrefundGoodsstatusSyncResponse> {
  return client.call<AlibabaLstTradeFastrefundGoodsstatusSyncResponse>(
    {
      method: 'alibaba.lst.trade.fastrefund.goodsstatus.sync',
      responseRoot: 'alibaba_lst_trade_fastrefund_goodsstatus_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
