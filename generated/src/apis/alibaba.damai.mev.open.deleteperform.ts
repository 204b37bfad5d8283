// Generated from specs/damai/alibaba.damai.mev.open.deleteperform.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.mev.open.deleteperform` (大麦换验平台-第三方对外开放-场次接口deletePerform). */
export interface AlibabaDamaiMevOpenDeleteperformRequest {
  /** 入参deletePerformParam */
  delete_perform_param?: AlibabaDamaiMevOpenDeleteperformPerformIdOpenParamInput;
}

/** Response of `alibaba.damai.mev.open.deleteperform`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMevOpenDeleteperformResponse {
  /** result */
  result?: AlibabaDamaiMevOpenDeleteperformResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PerformIdOpenParam` of `alibaba.damai.mev.open.deleteperform`. */
export interface AlibabaDamaiMevOpenDeleteperformPerformIdOpenParamInput {
  /** 场次id */
  perform_id?: Int64Input;
  /** 系统id */
  system_id?: Int64Input;
  /** 商户密钥 */
  supplier_secret?: string;
}

/** `Result` of `alibaba.damai.mev.open.deleteperform`. */
export interface AlibabaDamaiMevOpenDeleteperformResult {
  /** 错误码 */
  error_code?: Int64;
  /** 错误信息 */
  error_msg?: string;
  /** 返回结果 */
  model?: boolean;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  delete_perform_param: {
    perform_id: 'Number',
    system_id: 'Number',
    supplier_secret: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'Number',
    error_msg: 'String',
    model: 'Boolean',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.damai.mev.open.deleteperform`: method, response root, request and response schemas. */
export const alibabaDamaiMevOpenDeleteperformOperation = {
  method: 'alibaba.damai.mev.open.deleteperform',
  responseRoot: 'alibaba_damai_mev_open_deleteperform_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 大麦换验平台-第三方对外开放-场次接口deletePerform — calls TOP method `alibaba.damai.mev.open.deleteperform`.
 *
 * deletePerform
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMevOpenDeleteperform(
  client: TopClient,
  request: AlibabaDamaiMevOpenDeleteperformRequest = {},
  options?: CallOptions,
): Promise<AlibabaDamaiMevOpenDeleteperformResponse> {
  return client.call<AlibabaDamaiMevOpenDeleteperformResponse>(
    {
      method: 'alibaba.damai.mev.open.deleteperform',
      responseRoot: 'alibaba_damai_mev_open_deleteperform_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
