// Generated from specs/logistic/alibaba.ele.fengniao.merchant.contract.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ele.fengniao.merchant.contract.cancel` (蜂鸟商户解约接口). */
export interface AlibabaEleFengniaoMerchantContractCancelRequest {
  /** 系统自动生成 */
  param?: AlibabaEleFengniaoMerchantContractCancelParamInput;
}

/** Response of `alibaba.ele.fengniao.merchant.contract.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEleFengniaoMerchantContractCancelResponse {
  /** 出参 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Param` of `alibaba.ele.fengniao.merchant.contract.cancel`. */
export interface AlibabaEleFengniaoMerchantContractCancelParamInput {
  /** appid */
  app_id?: string;
  /** 商户code */
  merchant_code?: string;
}

const REQUEST_SCHEMA = {
  param: {
    app_id: 'String',
    merchant_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ele.fengniao.merchant.contract.cancel`: method, response root, request and response schemas. */
export const alibabaEleFengniaoMerchantContractCancelOperation = {
  method: 'alibaba.ele.fengniao.merchant.contract.cancel',
  responseRoot: 'alibaba_ele_fengniao_merchant_contract_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 蜂鸟商户解约接口 — calls TOP method `alibaba.ele.fengniao.merchant.contract.cancel`.
 *
 * 通过调用此接口，商家及商家下的所有门店解除蜂鸟物流服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEleFengniaoMerchantContractCancel(
  client: TopClient,
  request: AlibabaEleFengniaoMerchantContractCancelRequest = {},
  options?: CallOptions,
): Promise<AlibabaEleFengniaoMerchantContractCancelResponse> {
  return client.call<AlibabaEleFengniaoMerchantContractCancelResponse>(
    {
      method: 'alibaba.ele.fengniao.merchant.contract.cancel',
      responseRoot: 'alibaba_ele_fengniao_merchant_contract_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
