// Generated from specs/fenxiao/taobao.fenxiao.dealer.requisitionorder.close.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fenxiao.dealer.requisitionorder.close` (供应商/分销商关闭采购申请/经销采购单). */
export interface TaobaoFenxiaoDealerRequisitionorderCloseRequest {
  /** 经销采购单编号 */
  dealer_order_id: Int64Input;
  /**
   * 关闭原因：
   * 1：长时间无法联系到分销商，取消交易。
   * 2：分销商错误提交申请，取消交易。
   * 3：缺货，近段时间都无法发货。
   * 4：分销商恶意提交申请单。
   * 5：其他原因。
   */
  reason: Int64Input;
  /** 关闭详细原因，字数5-200字 */
  reason_detail: string;
}

/** Response of `taobao.fenxiao.dealer.requisitionorder.close`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFenxiaoDealerRequisitionorderCloseResponse {
  /** 操作是否成功。true：成功；false：失败。 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  dealer_order_id: 'Number',
  reason: 'Number',
  reason_detail: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.fenxiao.dealer.requisitionorder.close`: method, response root, request and response schemas. */
export const taobaoFenxiaoDealerRequisitionorderCloseOperation = {
  method: 'taobao.fenxiao.dealer.requisitionorder.close',
  responseRoot: 'fenxiao_dealer_requisitionorder_close_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商/分销商关闭采购申请/经销采购单 — calls TOP method `taobao.fenxiao.dealer.requisitionorder.close`.
 *
 * 供应商或分销商关闭采购申请/经销采购单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFenxiaoDealerRequisitionorderClose(
  client: TopClient,
  request: TaobaoFenxiaoDealerRequisitionorderCloseRequest,
  options?: CallOptions,
): Promise<TaobaoFenxiaoDealerRequisitionorderCloseResponse> {
  return client.call<TaobaoFenxiaoDealerRequisitionorderCloseResponse>(
    {
      method: 'taobao.fenxiao.dealer.requisitionorder.close',
      responseRoot: 'fenxiao_dealer_requisitionorder_close_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
