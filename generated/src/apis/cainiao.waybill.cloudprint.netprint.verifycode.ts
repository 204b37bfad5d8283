// Generated from specs/logistic/cainiao.waybill.cloudprint.netprint.verifycode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.waybill.cloudprint.netprint.verifycode` (打印验证码). */
export interface CainiaoWaybillCloudprintNetprintVerifycodeRequest {
  /** 请求 */
  printer: CainiaoWaybillCloudprintNetprintVerifycodeCloudPrinterVerifyCodeRequestInput;
}

/** Response of `cainiao.waybill.cloudprint.netprint.verifycode`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoWaybillCloudprintNetprintVerifycodeResponse {
  /** 返回值 */
  result?: CainiaoWaybillCloudprintNetprintVerifycodeIsvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CloudPrinterVerifyCodeRequest` of `cainiao.waybill.cloudprint.netprint.verifycode`. */
export interface CainiaoWaybillCloudprintNetprintVerifycodeCloudPrinterVerifyCodeRequestInput {
  /** 打印机 id */
  uid: string;
}

/** `IsvResult` of `cainiao.waybill.cloudprint.netprint.verifycode`. */
export interface CainiaoWaybillCloudprintNetprintVerifycodeIsvResult {
  /** 错误码，0 表示正常 */
  server_error_code?: string;
  /** 描述 */
  describe?: string;
}

const REQUEST_SCHEMA = {
  printer: {
    uid: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    server_error_code: 'String',
    describe: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.waybill.cloudprint.netprint.verifycode`: method, response root, request and response schemas. */
export const cainiaoWaybillCloudprintNetprintVerifycodeOperation = {
  method: 'cainiao.waybill.cloudprint.netprint.verifycode',
  responseRoot: 'cainiao_waybill_cloudprint_netprint_verifycode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 打印验证码 — calls TOP method `cainiao.waybill.cloudprint.netprint.verifycode`.
 *
 * 打印获取验证码
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoWaybillCloudprintNetprintVerifycode(
  client: TopClient,
  request: CainiaoWaybillCloudprintNetprintVerifycodeRequest,
  options?: CallOptions,
): Promise<CainiaoWaybillCloudprintNetprintVerifycodeResponse> {
  return client.call<CainiaoWaybillCloudprintNetprintVerifycodeResponse>(
    {
      method: 'cainiao.waybill.cloudprint.netprint.verifycode',
      responseRoot: 'cainiao_waybill_cloudprint_netprint_verifycode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
