// Generated from specs/cainiaocntec/cainiao.cntec.compass.rpa.exe.resultsave.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.cntec.compass.rpa.exe.resultsave` (rpa执行结果回传). */
export interface CainiaoCntecCompassRpaExeResultsaveRequest {
  /** 请求参数 */
  rpa_exe_result_by_uuid_req?: CainiaoCntecCompassRpaExeResultsaveRpaExeResultByUuidReqInput;
}

/** Response of `cainiao.cntec.compass.rpa.exe.resultsave`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoCntecCompassRpaExeResultsaveResponse {
  /** 结果 */
  result?: CainiaoCntecCompassRpaExeResultsaveResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RpaExeResultByUuidReq` of `cainiao.cntec.compass.rpa.exe.resultsave`. */
export interface CainiaoCntecCompassRpaExeResultsaveRpaExeResultByUuidReqInput {
  /** 执行结果code */
  code: string;
  /** 详细信息 */
  data?: string;
  /** 访问业务secretKey */
  secret_key: string;
  /** 描述 */
  message?: string;
  /** uuid */
  uuid: string;
}

/** `Result` of `cainiao.cntec.compass.rpa.exe.resultsave`. */
export interface CainiaoCntecCompassRpaExeResultsaveResult {
  /** 请求trace_id */
  trace_id?: string;
  /** 请求结果 */
  success?: boolean;
  /** 错误code */
  err_code?: string;
  /** 错误描述 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  rpa_exe_result_by_uuid_req: {
    code: 'String',
    data: 'String',
    secret_key: 'String',
    message: 'String',
    uuid: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    trace_id: 'String',
    success: 'Boolean',
    err_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.cntec.compass.rpa.exe.resultsave`: method, response root, request and response schemas. */
export const cainiaoCntecCompassRpaExeResultsaveOperation = {
  method: 'cainiao.cntec.compass.rpa.exe.resultsave',
  responseRoot: 'cainiao_cntec_compass_rpa_exe_resultsave_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * rpa执行结果回传 — calls TOP method `cainiao.cntec.compass.rpa.exe.resultsave`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoCntecCompassRpaExeResultsave(
  client: TopClient,
  request: CainiaoCntecCompassRpaExeResultsaveRequest = {},
  options?: CallOptions,
): Promise<CainiaoCntecCompassRpaExeResultsaveResponse> {
  return client.call<CainiaoCntecCompassRpaExeResultsaveResponse>(
    {
      method: 'cainiao.cntec.compass.rpa.exe.resultsave',
      responseRoot: 'cainiao_cntec_compass_rpa_exe_resultsave_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
