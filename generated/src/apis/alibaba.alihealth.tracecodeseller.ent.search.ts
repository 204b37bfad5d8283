// Generated from specs/alihealth2/alibaba.alihealth.tracecodeseller.ent.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.tracecodeseller.ent.search` (查询商家信息). */
export interface AlibabaAlihealthTracecodesellerEntSearchRequest {
  /** appkey */
  skey_code: string;
  /** 商家名称 */
  name: string;
  /** 淘宝名 */
  tb_user_id: string;
}

/** Response of `alibaba.alihealth.tracecodeseller.ent.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthTracecodesellerEntSearchResponse {
  /** result */
  result?: AlibabaAlihealthTracecodesellerEntSearchTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultModel` of `alibaba.alihealth.tracecodeseller.ent.search`. */
export interface AlibabaAlihealthTracecodesellerEntSearchTopResultModel {
  /** 返回json字符串，包含商家的省、市、县、和id */
  models?: string[];
  /** 成功、失败编码 */
  msg_code?: string;
  /** 成功失败信息 */
  msg_info?: string;
}

const REQUEST_SCHEMA = {
  skey_code: 'String',
  name: 'String',
  tb_user_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    models: ['String'],
    msg_code: 'String',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.tracecodeseller.ent.search`: method, response root, request and response schemas. */
export const alibabaAlihealthTracecodesellerEntSearchOperation = {
  method: 'alibaba.alihealth.tracecodeseller.ent.search',
  responseRoot: 'alibaba_alihealth_tracecodeseller_ent_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询商家信息 — calls TOP method `alibaba.alihealth.tracecodeseller.ent.search`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthTracecodesellerEntSearch(
  client: TopClient,
  request: AlibabaAlihealthTracecodesellerEntSearchRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthTracecodesellerEntSearchResponse> {
  return client.call<AlibabaAlihealthTracecodesellerEntSearchResponse>(
    {
      method: 'alibaba.alihealth.tracecodeseller.ent.search',
      responseRoot: 'alibaba_alihealth_tracecodeseller_ent_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
