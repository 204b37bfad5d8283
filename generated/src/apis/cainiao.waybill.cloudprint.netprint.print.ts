// Generated from specs/wlb/cainiao.waybill.cloudprint.netprint.print.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.waybill.cloudprint.netprint.print` (网络打印机打印接口). */
export interface CainiaoWaybillCloudprintNetprintPrintRequest {
  /** 请求 */
  printer_print_data: CainiaoWaybillCloudprintNetprintPrintCloudPrinterPrintRequestInput;
}

/** Response of `cainiao.waybill.cloudprint.netprint.print`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoWaybillCloudprintNetprintPrintResponse {
  /** 错误码，0 为成功 */
  server_error_code?: string;
  /** 错误描述 */
  describe?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CloudPrinterPrintRequest` of `cainiao.waybill.cloudprint.netprint.print`. */
export interface CainiaoWaybillCloudprintNetprintPrintCloudPrinterPrintRequestInput {
  /** 共享码 */
  share_code: string;
  /** 打印机 id */
  uid: string;
  /** 自定义内容 */
  custom_data?: CainiaoWaybillCloudprintNetprintPrintCustomDataInput;
  /** 打印数据 */
  print_data: CainiaoWaybillCloudprintNetprintPrintPrintDataInput;
}

/** `CustomData` of `cainiao.waybill.cloudprint.netprint.print`. */
export interface CainiaoWaybillCloudprintNetprintPrintCustomDataInput {
  /** 自定义区数据 */
  data?: string;
  /** 自定义区链接 */
  template_url?: string;
}

/** `PrintData` of `cainiao.waybill.cloudprint.netprint.print`. */
export interface CainiaoWaybillCloudprintNetprintPrintPrintDataInput {
  /** 版本 */
  ver?: string;
  /** 打印数据 */
  data: string;
  /** 是否加密 */
  encrypted?: boolean;
  /** 签名 */
  signature?: string;
  /** 追加的 data */
  add_data?: string;
  /** 模板 url */
  template_url: string;
}

const REQUEST_SCHEMA = {
  printer_print_data: {
    share_code: 'String',
    uid: 'String',
    custom_data: {
      data: 'String',
      template_url: 'String',
    },
    print_data: {
      ver: 'String',
      data: 'String',
      encrypted: 'Boolean',
      signature: 'String',
      add_data: 'String',
      template_url: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  server_error_code: 'String',
  describe: 'String',
} as const satisfies ObjectSchema;

/** Static description of `cainiao.waybill.cloudprint.netprint.print`: method, response root, request and response schemas. */
export const cainiaoWaybillCloudprintNetprintPrintOperation = {
  method: 'cainiao.waybill.cloudprint.netprint.print',
  responseRoot: 'cainiao_waybill_cloudprint_netprint_print_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 网络打印机打印接口 — calls TOP method `cainiao.waybill.cloudprint.netprint.print`.
 *
 * 打印接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoWaybillCloudprintNetprintPrint(
  client: TopClient,
  request: CainiaoWaybillCloudprintNetprintPrintRequest,
  options?: CallOptions,
): Promise<CainiaoWaybillCloudprintNetprintPrintResponse> {
  return client.call<CainiaoWaybillCloudprintNetprintPrintResponse>(
    {
      method: 'cainiao.waybill.cloudprint.netprint.print',
      responseRoot: 'cainiao_waybill_cloudprint_netprint_print_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
