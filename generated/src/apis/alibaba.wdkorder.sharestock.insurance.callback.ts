// Generated from specs/wdk/alibaba.wdkorder.sharestock.insurance.callback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdkorder.sharestock.insurance.callback` (共享库存订单投保后回传保单号). */
export interface AlibabaWdkorderSharestockInsuranceCallbackRequest {
  /** 淘宝交易子订单ID */
  tb_sub_order_id: Int64Input;
  /** 投保单ID */
  insurance_id: string;
}

/** Response of `alibaba.wdkorder.sharestock.insurance.callback`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkorderSharestockInsuranceCallbackResponse {
  /** 系统自动生成 */
  result?: AlibabaWdkorderSharestockInsuranceCallbackMaochaoOrderInsuranceCallbackResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MaochaoOrderInsuranceCallbackResult` of `alibaba.wdkorder.sharestock.insurance.callback`. */
export interface AlibabaWdkorderSharestockInsuranceCallbackMaochaoOrderInsuranceCallbackResult {
  /** 返回码说明 */
  return_msg?: string;
  /** 返回码 */
  return_code?: string;
  /** 是否调用成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  tb_sub_order_id: 'Number',
  insurance_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    return_msg: 'String',
    return_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdkorder.sharestock.insurance.callback`: method, response root, request and response schemas. */
export const alibabaWdkorderSharestockInsuranceCallbackOperation = {
  method: 'alibaba.wdkorder.sharestock.insurance.callback',
  responseRoot: 'alibaba_wdkorder_sharestock_insurance_callback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 共享库存订单投保后回传保单号 — calls TOP method `alibaba.wdkorder.sharestock.insurance.callback`.
 *
 * 共享库存订单投保消息获取
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkorderSharestockInsuranceCallback(
  client: TopClient,
  request: AlibabaWdkorderSharestockInsuranceCallbackRequest,
  options?: CallOptions,
): Promise<AlibabaWdkorderSharestockInsuranceCallbackResponse> {
  return client.call<AlibabaWdkorderSharestockInsuranceCallbackResponse>(
    {
      method: 'alibaba.wdkorder.sharestock.insurance.callback',
      responseRoot: 'alibaba_wdkorder_sharestock_insurance_callback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
