// Generated from specs/wdk/alibaba.tcls.aelophy.bill.verificate.callback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tcls.aelophy.bill.verificate.callback` (翱象ERP核销回调). */
export interface AlibabaTclsAelophyBillVerificateCallbackRequest {
  /** 回调对象 */
  module?: AlibabaTclsAelophyBillVerificateCallbackVerificateCallbackDtoInput;
}

/** Response of `alibaba.tcls.aelophy.bill.verificate.callback`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTclsAelophyBillVerificateCallbackResponse {
  /** 处理结果 */
  api_result?: AlibabaTclsAelophyBillVerificateCallbackApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `VerificateCallbackDto` of `alibaba.tcls.aelophy.bill.verificate.callback`. */
export interface AlibabaTclsAelophyBillVerificateCallbackVerificateCallbackDtoInput {
  /** 核销说明, 核销失败则填写核销失败原因 */
  remark?: string;
  /** 核销时间 YYYY-MM-DD HH:MI:SS */
  verificate_time: string;
  /** 核销状态 1=核销完成 2=核销失败 */
  verificate_status: Int64Input;
  /** 核销账单类型 1=正向 / 2=逆向 */
  bill_type?: Int64Input;
  /** 核销账单ID */
  bill_order_id: string;
  /** 业务经营店ID */
  store_id: string;
  /** 商家编码 */
  merchant_code?: string;
}

/** `ApiResult` of `alibaba.tcls.aelophy.bill.verificate.callback`. */
export interface AlibabaTclsAelophyBillVerificateCallbackApiResult {
  /** 回调是否处理成功 */
  success?: boolean;
  /** 错误说明 */
  err_msg?: string;
  /** 错误编码 */
  err_code?: string;
}

const REQUEST_SCHEMA = {
  module: {
    remark: 'String',
    verificate_time: 'String',
    verificate_status: 'Number',
    bill_type: 'Number',
    bill_order_id: 'String',
    store_id: 'String',
    merchant_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    success: 'Boolean',
    err_msg: 'String',
    err_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tcls.aelophy.bill.verificate.callback`: method, response root, request and response schemas. */
export const alibabaTclsAelophyBillVerificateCallbackOperation = {
  method: 'alibaba.tcls.aelophy.bill.verificate.callback',
  responseRoot: 'alibaba_tcls_aelophy_bill_verificate_callback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 翱象ERP核销回调 — calls TOP method `alibaba.tcls.aelophy.bill.verificate.callback`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTclsAelophyBillVerificateCallback(
  client: TopClient,
  request: AlibabaTclsAelophyBillVerificateCallbackRequest = {},
  options?: CallOptions,
): Promise<AlibabaTclsAelophyBillVerificateCallbackResponse> {
  return client.call<AlibabaTclsAelophyBillVerificateCallbackResponse>(
    {
      method: 'alibaba.tcls.aelophy.bill.verificate.callback',
      responseRoot: 'alibaba_tcls_aelophy_bill_verificate_callback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
