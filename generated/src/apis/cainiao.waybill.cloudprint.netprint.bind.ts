// Generated from specs/logistic/cainiao.waybill.cloudprint.netprint.bind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.waybill.cloudprint.netprint.bind` (网络打印机绑定). */
export interface CainiaoWaybillCloudprintNetprintBindRequest {
  /** req */
  params: CainiaoWaybillCloudprintNetprintBindCloudPrinterBindRequestInput;
}

/** Response of `cainiao.waybill.cloudprint.netprint.bind`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoWaybillCloudprintNetprintBindResponse {
  /** 返回值 */
  result?: CainiaoWaybillCloudprintNetprintBindIsvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CloudPrinterBindRequest` of `cainiao.waybill.cloudprint.netprint.bind`. */
export interface CainiaoWaybillCloudprintNetprintBindCloudPrinterBindRequestInput {
  /** 打印机 mac 地址 */
  uid: string;
  /** 验证码 */
  verify_code: string;
}

/** `IsvResult` of `cainiao.waybill.cloudprint.netprint.bind`. */
export interface CainiaoWaybillCloudprintNetprintBindIsvResult {
  /** 共享码 */
  data?: string;
  /** 错误码 */
  server_error_code?: string;
  /** 描述 */
  describe?: string;
}

const REQUEST_SCHEMA = {
  params: {
    uid: 'String',
    verify_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
    server_error_code: 'String',
    describe: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.waybill.cloudprint.netprint.bind`: method, response root, request and response schemas. */
export const cainiaoWaybillCloudprintNetprintBindOperation = {
  method: 'cainiao.waybill.cloudprint.netprint.bind',
  responseRoot: 'cainiao_waybill_cloudprint_netprint_bind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 网络打印机绑定 — calls TOP method `cainiao.waybill.cloudprint.netprint.bind`.
 *
 * 绑定打印机接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoWaybillCloudprintNetprintBind(
  client: TopClient,
  request: CainiaoWaybillCloudprintNetprintBindRequest,
  options?: CallOptions,
): Promise<CainiaoWaybillCloudprintNetprintBindResponse> {
  return client.call<CainiaoWaybillCloudprintNetprintBindResponse>(
    {
      method: 'cainiao.waybill.cloudprint.netprint.bind',
      responseRoot: 'cainiao_waybill_cloudprint_netprint_bind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
