// Generated from specs/kclub/alibaba.kclub.kc.getcategorytree.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.kclub.kc.getcategorytree` (知识云-查询租户下类目树). */
export interface AlibabaKclubKcGetcategorytreeRequest {
  /** 租户id */
  tenant_id: Int64Input;
  /** 鉴权参数 */
  auth: AlibabaKclubKcGetcategorytreeTenancyAuthInput;
}

/** Response of `alibaba.kclub.kc.getcategorytree`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaKclubKcGetcategorytreeResponse {
  /** result */
  result?: AlibabaKclubKcGetcategorytreeResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TenancyAuth` of `alibaba.kclub.kc.getcategorytree`. */
export interface AlibabaKclubKcGetcategorytreeTenancyAuthInput {
  /** 鉴权秘钥 */
  secret_key: string;
  /** 鉴权应用名称 */
  name: string;
}

/** `Result` of `alibaba.kclub.kc.getcategorytree`. */
export interface AlibabaKclubKcGetcategorytreeResult {
  /** message */
  message?: string;
  /** 类目数据 JSONArray */
  data?: string;
  /** code */
  code?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  tenant_id: 'Number',
  auth: {
    secret_key: 'String',
    name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    data: 'String',
    code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.kclub.kc.getcategorytree`: method, response root, request and response schemas. */
export const alibabaKclubKcGetcategorytreeOperation = {
  method: 'alibaba.kclub.kc.getcategorytree',
  responseRoot: 'alibaba_kclub_kc_getcategorytree_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 知识云-查询租户下类目树 — calls TOP method `alibaba.kclub.kc.getcategorytree`.
 *
 * 知识云-查询租户下类目树。通过租户id、类型(外部类目、帮助中心类目、内部类目)。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaKclubKcGetcategorytree(
  client: TopClient,
  request: AlibabaKclubKcGetcategorytreeRequest,
  options?: CallOptions,
): Promise<AlibabaKclubKcGetcategorytreeResponse> {
  return client.call<AlibabaKclubKcGetcategorytreeResponse>(
    {
      method: 'alibaba.kclub.kc.getcategorytree',
      responseRoot: 'alibaba_kclub_kc_getcategorytree_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
