// Generated from specs/baichuan/alibaba.baichuan.aso.activate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.baichuan.aso.activate` (设备安装活动激活). */
export interface AlibabaBaichuanAsoActivateRequest {
  /** 来源 */
  source: string;
  /** 1-tmail,2-taobao */
  app_id: string;
  /** 1-android,2-ios */
  app_os: Int64Input;
  /** 设备信息，ios为idfa ，android 为imei + imsi */
  device_info: AlibabaBaichuanAsoActivateAsoDeviceInfoDoInput;
}

/** Response of `alibaba.baichuan.aso.activate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaBaichuanAsoActivateResponse {
  /** result */
  result?: AlibabaBaichuanAsoActivateAsoActivateDeviceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AsoDeviceInfoDo` of `alibaba.baichuan.aso.activate`. */
export interface AlibabaBaichuanAsoActivateAsoDeviceInfoDoInput {
  /** imei */
  imei?: string;
  /** imsi */
  imsi?: string;
  /** idfa */
  idfa?: string;
}

/** `AsoActivateDeviceResult` of `alibaba.baichuan.aso.activate`. */
export interface AlibabaBaichuanAsoActivateAsoActivateDeviceResult {
  /** errorDetail */
  error_detail?: string;
  /** errorCode */
  error_code?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  source: 'String',
  app_id: 'String',
  app_os: 'Number',
  device_info: {
    imei: 'String',
    imsi: 'String',
    idfa: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_detail: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.baichuan.aso.activate`: method, response root, request and response schemas. */
export const alibabaBaichuanAsoActivateOperation = {
  method: 'alibaba.baichuan.aso.activate',
  responseRoot: 'alibaba_baichuan_aso_activate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 设备安装活动激活 — calls TOP method `alibaba.baichuan.aso.activate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaBaichuanAsoActivate(
  client: TopClient,
  request: AlibabaBaichuanAsoActivateRequest,
  options?: CallOptions,
): Promise<AlibabaBaichuanAsoActivateResponse> {
  return client.call<AlibabaBaichuanAsoActivateResponse>(
    {
      method: 'alibaba.baichuan.aso.activate',
      responseRoot: 'alibaba_baichuan_aso_activate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
