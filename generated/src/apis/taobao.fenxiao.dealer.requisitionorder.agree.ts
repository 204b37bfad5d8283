// Generated from specs/fenxiao/taobao.fenxiao.dealer.requisitionorder.agree.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fenxiao.dealer.requisitionorder.agree` (供应商/分销商通过采购申请/经销采购单申请). */
export interface TaobaoFenxiaoDealerRequisitionorderAgreeRequest {
  /** 采购申请/经销采购单编号 */
  dealer_order_id: Int64Input;
}

/** Response of `taobao.fenxiao.dealer.requisitionorder.agree`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFenxiaoDealerRequisitionorderAgreeResponse {
  /** 操作是否成功。true：成功；false：失败。 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  dealer_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.fenxiao.dealer.requisitionorder.agree`: method, response root, request and response schemas. */
export const taobaoFenxiaoDealerRequisitionorderAgreeOperation = {
  method: 'taobao.fenxiao.dealer.requisitionorder.agree',
  responseRoot: 'fenxiao_dealer_requisitionorder_agree_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商/分销商通过采购申请/经销采购单申请 — calls TOP method `taobao.fenxiao.dealer.requisitionorder.agree`.
 *
 * 供应商或分销商通过采购申请/经销采购单审核
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFenxiaoDealerRequisitionorderAgree(
  client: TopClient,
  request: TaobaoFenxiaoDealerRequisitionorderAgreeRequest,
  options?: CallOptions,
): Promise<TaobaoFenxiaoDealerRequisitionorderAgreeResponse> {
  return client.call<TaobaoFenxiaoDealerRequisitionorderAgreeResponse>(
    {
      method: 'taobao.fenxiao.dealer.requisitionorder.agree',
      responseRoot: 'fenxiao_dealer_requisitionorder_agree_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
