// Generated from specs/jst/taobao.oc.ap.contractsigned.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.oc.ap.contractsigned.get` (用户是否签署支付宝代扣协议). */
export interface TaobaoOcApContractsignedGetRequest {}

/** Response of `taobao.oc.ap.contractsigned.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOcApContractsignedGetResponse {
  /** 调用出错描述信息 */
  error_description?: string;
  /** 是否开通 */
  contract_sign?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  error_description: 'String',
  contract_sign: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.oc.ap.contractsigned.get`: method, response root, request and response schemas. */
export const taobaoOcApContractsignedGetOperation = {
  method: 'taobao.oc.ap.contractsigned.get',
  responseRoot: 'oc_ap_contractsigned_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 用户是否签署支付宝代扣协议 — calls TOP method `taobao.oc.ap.contractsigned.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOcApContractsignedGet(
  client: TopClient,
  request: TaobaoOcApContractsignedGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoOcApContractsignedGetResponse> {
  return client.call<TaobaoOcApContractsignedGetResponse>(
    {
      method: 'taobao.oc.ap.contractsigned.get',
      responseRoot: 'oc_ap_contractsigned_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
