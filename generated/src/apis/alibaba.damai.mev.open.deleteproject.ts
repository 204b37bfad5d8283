// Generated from specs/damai/alibaba.damai.mev.open.deleteproject.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.mev.open.deleteproject` (大麦换验平台-第三方对外开放-项目接口deleteProject). */
export interface AlibabaDamaiMevOpenDeleteprojectRequest {
  /** 入参deleteProjectParam */
  delete_project_param?: AlibabaDamaiMevOpenDeleteprojectProjectIdOpenParamInput;
}

/** Response of `alibaba.damai.mev.open.deleteproject`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMevOpenDeleteprojectResponse {
  /** result */
  result?: AlibabaDamaiMevOpenDeleteprojectResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProjectIdOpenParam` of `alibaba.damai.mev.open.deleteproject`. */
export interface AlibabaDamaiMevOpenDeleteprojectProjectIdOpenParamInput {
  /** 项目id */
  project_id?: Int64Input;
  /** 系统id */
  system_id?: Int64Input;
  /** 商户密钥 */
  supplier_secret?: string;
}

/** `Result` of `alibaba.damai.mev.open.deleteproject`. */
export interface AlibabaDamaiMevOpenDeleteprojectResult {
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
  delete_project_param: {
    project_id: 'Number',
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

/** Static description of `alibaba.damai.mev.open.deleteproject`: method, response root, request and response schemas. */
export const alibabaDamaiMevOpenDeleteprojectOperation = {
  method: 'alibaba.damai.mev.open.deleteproject',
  responseRoot: 'alibaba_damai_mev_open_deleteproject_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 大麦换验平台-第三方对外开放-项目接口deleteProject — calls TOP method `alibaba.damai.mev.open.deleteproject`.
 *
 * deleteProject
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMevOpenDeleteproject(
  client: TopClient,
  request: AlibabaDamaiMevOpenDeleteprojectRequest = {},
  options?: CallOptions,
): Promise<AlibabaDamaiMevOpenDeleteprojectResponse> {
  return client.call<AlibabaDamaiMevOpenDeleteprojectResponse>(
    {
      method: 'alibaba.damai.mev.open.deleteproject',
      responseRoot: 'alibaba_damai_mev_open_deleteproject_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
