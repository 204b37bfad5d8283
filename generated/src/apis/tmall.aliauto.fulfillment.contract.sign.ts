// Generated from specs/tmallcar/tmall.aliauto.fulfillment.contract.sign.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.aliauto.fulfillment.contract.sign` (合同签署). */
export interface TmallAliautoFulfillmentContractSignRequest {
  /** 入参 */
  req?: TmallAliautoFulfillmentContractSignSignContractReqInput;
}

/** Response of `tmall.aliauto.fulfillment.contract.sign`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallAliautoFulfillmentContractSignResponse {
  /** 出参 */
  result?: TmallAliautoFulfillmentContractSignAliAutoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SignContractReq` of `tmall.aliauto.fulfillment.contract.sign`. */
export interface TmallAliautoFulfillmentContractSignSignContractReqInput {
  /** 乙方手机号 */
  second_party_mobile_num?: string;
  /** 订单id */
  order_id: Int64Input;
  /** 合同类型。购车合同：PURCHASE_VEHICLE；提车合同：GET_VEHICLE */
  contract_type: string;
  /** 甲方名称 */
  first_party_name?: string;
  /** 合同文件url */
  file_url?: string;
  /** 合同签署日期 */
  issue_date?: DateInput;
  /** 乙方名称 */
  second_party_name?: string;
  /** 乙方身份证号 */
  second_party_id_card?: string;
}

/** `AliAutoResult` of `tmall.aliauto.fulfillment.contract.sign`. */
export interface TmallAliautoFulfillmentContractSignAliAutoResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  msg_info?: string;
  /** 错误code */
  msg_code?: string;
}

const REQUEST_SCHEMA = {
  req: {
    second_party_mobile_num: 'String',
    order_id: 'Number',
    contract_type: 'String',
    first_party_name: 'String',
    file_url: 'String',
    issue_date: 'Date',
    second_party_name: 'String',
    second_party_id_card: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.aliauto.fulfillment.contract.sign`: method, response root, request and response schemas. */
export const tmallAliautoFulfillmentContractSignOperation = {
  method: 'tmall.aliauto.fulfillment.contract.sign',
  responseRoot: 'tmall_aliauto_fulfillment_contract_sign_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 合同签署 — calls TOP method `tmall.aliauto.fulfillment.contract.sign`.
 *
 * 商家回传用户签署的合同信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallAliautoFulfillmentContractSign(
  client: TopClient,
  request: TmallAliautoFulfillmentContractSignRequest = {},
  options?: CallOptions,
): Promise<TmallAliautoFulfillmentContractSignResponse> {
  return client.call<TmallAliautoFulfillmentContractSignResponse>(
    {
      method: 'tmall.aliauto.fulfillment.contract.sign',
      responseRoot: 'tmall_aliauto_fulfillment_contract_sign_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
