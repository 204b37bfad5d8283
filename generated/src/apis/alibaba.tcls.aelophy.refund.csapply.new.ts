// Generated from specs/wdk/alibaba.tcls.aelophy.refund.csapply.new.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tcls.aelophy.refund.csapply.new` (代客退). */
export interface AlibabaTclsAelophyRefundCsapplyNewRequest {
  /** 逆向申请入参 */
  refund_cs_apply_d_t_o: AlibabaTclsAelophyRefundCsapplyNewRefundCsApplyNewDTOInput;
}

/** Response of `alibaba.tcls.aelophy.refund.csapply.new`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTclsAelophyRefundCsapplyNewResponse {
  /** 根据站点名称查询产品 */
  api_result?: AlibabaTclsAelophyRefundCsapplyNewApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundCsApplyNewDTO` of `alibaba.tcls.aelophy.refund.csapply.new`. */
export interface AlibabaTclsAelophyRefundCsapplyNewRefundCsApplyNewDTOInput {
  /** 退款原因id */
  reason_id: Int64Input;
  /** 渠道订单ID */
  out_order_id: string;
  /** 商家经营店ID */
  store_id: string;
  /** 请求唯一键 */
  request_id: string;
  /** 申请退款的子订单ID列表 */
  sub_refund_orders: AlibabaTclsAelophyRefundCsapplyNewCsApplySubOrderDTOInput[];
  /** 备注说明 */
  memo?: string;
  /** 渠道来源 */
  order_from?: Int64Input;
  /** 申请退款金额 */
  refund_fee?: Int64Input;
  /** 申请退运费 */
  refund_delivery_fee?: Int64Input;
  /** 申请退包装费 */
  refund_package_fee?: Int64Input;
  /** 申请退款原因 */
  refund_reason?: string;
}

/** `CsApplySubOrderDTO` of `alibaba.tcls.aelophy.refund.csapply.new`. */
export interface AlibabaTclsAelophyRefundCsapplyNewCsApplySubOrderDTOInput {
  /** 申请子单退款金额 */
  refund_fee?: string;
  /** 申请子单退货数量 */
  refund_amount?: string;
  /** 渠道子订单号，淘鲜达渠道为TP子单号 */
  out_sub_order_id?: string;
}

/** `ApiResult` of `alibaba.tcls.aelophy.refund.csapply.new`. */
export interface AlibabaTclsAelophyRefundCsapplyNewApiResult {
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
    sub_refund_orders: [
      {
        refund_fee: 'Price',
        refund_amount: 'Price',
        out_sub_order_id: 'String',
      },
    ],
    memo: 'String',
    order_from: 'Number',
    refund_fee: 'Number',
    refund_delivery_fee: 'Number',
    refund_package_fee: 'Number',
    refund_reason: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    err_msg: 'String',
    err_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tcls.aelophy.refund.csapply.new`: method, response root, request and response schemas. */
export const alibabaTclsAelophyRefundCsapplyNewOperation = {
  method: 'alibaba.tcls.aelophy.refund.csapply.new',
  responseRoot: 'alibaba_tcls_aelophy_refund_csapply_new_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 代客退 — calls TOP method `alibaba.tcls.aelophy.refund.csapply.new`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTclsAelophyRefundCsapplyNew(
  client: TopClient,
  request: AlibabaTclsAelophyRefundCsapplyNewRequest,
  options?: CallOptions,
): Promise<AlibabaTclsAelophyRefundCsapplyNewResponse> {
  return client.call<AlibabaTclsAelophyRefundCsapplyNewResponse>(
    {
      method: 'alibaba.tcls.aelophy.refund.csapply.new',
      responseRoot: 'alibaba_tcls_aelophy_refund_csapply_new_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
