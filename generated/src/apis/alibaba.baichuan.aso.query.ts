// Generated from specs/baichuan/alibaba.baichuan.aso.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.baichuan.aso.query` (查询app在设备上的安装信息). */
export interface AlibabaBaichuanAsoQueryRequest {
  /** 1-tmail,2-taobao */
  app_id: string;
  /** 1-android,2-ios */
  app_os: Int64Input;
  /**
   * 设备信息，ios为idfa ，android 为imei + imsi
   *
   * Max list size: 20
   */
  device_info_list: AlibabaBaichuanAsoQueryASODeviceInfoDOInput[];
}

/** Response of `alibaba.baichuan.aso.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaBaichuanAsoQueryResponse {
  /** result */
  result?: AlibabaBaichuanAsoQueryAsoQueryDeviceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ASODeviceInfoDO` of `alibaba.baichuan.aso.query`. */
export interface AlibabaBaichuanAsoQueryASODeviceInfoDOInput {
  /** imei */
  imei?: string;
  /** imsi */
  imsi?: string;
  /** idfa */
  idfa?: string;
}

/** `AsoQueryDeviceResult` of `alibaba.baichuan.aso.query`. */
export interface AlibabaBaichuanAsoQueryAsoQueryDeviceResult {
  /** errorDetail */
  error_detail?: string;
  /** errorCode */
  error_code?: string;
  /** success */
  success?: boolean;
  /** result */
  results?: AlibabaBaichuanAsoQueryAsoDeviceCheckResult[];
}

/** `AsoDeviceCheckResult` of `alibaba.baichuan.aso.query`. */
export interface AlibabaBaichuanAsoQueryAsoDeviceCheckResult {
  /** isNewDevice */
  is_new_device?: boolean;
  /** imei */
  imei?: string;
  /** imsi */
  imsi?: string;
  /** idfa */
  idfa?: string;
  /** isMyChannal */
  is_my_channal?: boolean;
}

const REQUEST_SCHEMA = {
  app_id: 'String',
  app_os: 'Number',
  device_info_list: [
    {
      imei: 'String',
      imsi: 'String',
      idfa: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_detail: 'String',
    error_code: 'String',
    success: 'Boolean',
    results: [
      {
        is_new_device: 'Boolean',
        imei: 'String',
        imsi: 'String',
        idfa: 'String',
        is_my_channal: 'Boolean',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.baichuan.aso.query`: method, response root, request and response schemas. */
export const alibabaBaichuanAsoQueryOperation = {
  method: 'alibaba.baichuan.aso.query',
  responseRoot: 'alibaba_baichuan_aso_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询app在设备上的安装信息 — calls TOP method `alibaba.baichuan.aso.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaBaichuanAsoQuery(
  client: TopClient,
  request: AlibabaBaichuanAsoQueryRequest,
  options?: CallOptions,
): Promise<AlibabaBaichuanAsoQueryResponse> {
  return client.call<AlibabaBaichuanAsoQueryResponse>(
    {
      method: 'alibaba.baichuan.aso.query',
      responseRoot: 'alibaba_baichuan_aso_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
