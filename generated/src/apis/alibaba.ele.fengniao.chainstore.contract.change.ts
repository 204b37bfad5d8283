// Generated from specs/logistic/alibaba.ele.fengniao.chainstore.contract.change.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ele.fengniao.chainstore.contract.change` (门店改签合同接口). */
export interface AlibabaEleFengniaoChainstoreContractChangeRequest {
  /** 系统自动生成 */
  param: AlibabaEleFengniaoChainstoreContractChangeParamInput;
}

/** Response of `alibaba.ele.fengniao.chainstore.contract.change`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEleFengniaoChainstoreContractChangeResponse {
  /** msg */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Param` of `alibaba.ele.fengniao.chainstore.contract.change`. */
export interface AlibabaEleFengniaoChainstoreContractChangeParamInput {
  /** 服务包code */
  service_package_code?: string;
  /** appid */
  app_id?: string;
  /** 商户code */
  merchant_code?: string;
  /** 门店code */
  chainstore_code?: string;
}

const REQUEST_SCHEMA = {
  param: {
    service_package_code: 'String',
    app_id: 'String',
    merchant_code: 'String',
    chainstore_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ele.fengniao.chainstore.contract.change`: method, response root, request and response schemas. */
export const alibabaEleFengniaoChainstoreContractChangeOperation = {
  method: 'alibaba.ele.fengniao.chainstore.contract.change',
  responseRoot: 'alibaba_ele_fengniao_chainstore_contract_change_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店改签合同接口 — calls TOP method `alibaba.ele.fengniao.chainstore.contract.change`.
 *
 * 通过调用接口，门店改签物流服务包
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEleFengniaoChainstoreContractChange(
  client: TopClient,
  request: AlibabaEleFengniaoChainstoreContractChangeRequest,
  options?: CallOptions,
): Promise<AlibabaEleFengniaoChainstoreContractChangeResponse> {
  return client.call<AlibabaEleFengniaoChainstoreContractChangeResponse>(
    {
      method: 'alibaba.ele.fengniao.chainstore.contract.change',
      responseRoot: 'alibaba_ele_fengniao_chainstore_contract_change_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
