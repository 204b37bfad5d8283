// Generated from specs/wdk/alibaba.tcls.aelophy.refund.csapply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tcls.aelophy.refund.csapply` (商家代客售后提交逆向申请). */
export interface AlibabaTclsAelophyRefundCsapplyRequest {
  /** 逆向申请入参 */
  refund_cs_apply_d_t_o: AlibabaTclsAelophyRefundCsapplyRefundCsApplyDtoInput;
}

/** Response of `alibaba.tcls.aelophy.refund.csapply`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTclsAelophyRefundCsapplyResponse {
  /** 根据站点名称查询产品 */
  api_result?: AlibabaTclsAelophyRefundCsapplyApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundCsApplyDto` of `alibaba.tcls.aelophy.refund.csapply`. */
export interface AlibabaTclsAelophyRefundCsapplyRefundCsApplyDtoInput {
  /** 退款原因id */
  reason_id: Int64Input;
  /** 渠道订单ID */
  out_order_id: string;
  /** 商家经营店ID */
  store_id: string;
  /** 请求唯一键 */
  request_id: string;
  /** 申请退款的子订单ID列表 */
  out_sub_order_ids: string[];
  /** 备注说明 */
  memo?: string;
}

/** `ApiResult` of `alibaba.tcls.aelophy.refund.csapply`. */
export interface AlibabaTclsAelophyRefundCsapplyApiResult {
  /** 错误信息 */
  err_msg?: string;
  /** 错误编码 */
  err_code?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  refund_cs_apply_d_t_o: {
    reason_id: 'Number',
    out_order_id: 'String',
    store_id: 'String',
    request_id: 'String',
    out_sub_order_ids: ['String'],
    memo: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    err_msg: 'String',
    err_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tcls.aelophy.refund.csapply`: method, response root, request and response schemas. */
export const alibabaTclsAelophyRefundCsapplyOperation = {
  method: 'alibaba.tcls.aelophy.refund.csapply',
  responseRoot: 'alibaba_tcls_aelophy_refund_csapply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家代客售后提交逆向申请 — calls TOP method `alibaba.tcls.aelophy.refund.csapply`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTclsAelophyRefundCsapply(
  client: TopClient,
  request: AlibabaTclsAelophyRefundCsapplyRequest,
  options?: CallOptions,
): Promise<AlibabaTclsAelophyRefundCsapplyResponse> {
  return client.call<AlibabaTclsAelophyRefundCsapplyResponse>(
    {
      method: 'alibaba.tcls.aelophy.refund.csapply',
      responseRoot: 'alibaba_tcls_aelophy_refund_csapply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
