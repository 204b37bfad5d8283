// Generated from specs/drugtrace/alibaba.alihealth.drugcode.scan.his.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drugcode.scan.his` (企业查询扫码历史). */
export interface AlibabaAlihealthDrugcodeScanHisRequest {
  /** 追溯码 */
  code: string;
}

/** Response of `alibaba.alihealth.drugcode.scan.his`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugcodeScanHisResponse {
  /** 返回对象 */
  model?: AlibabaAlihealthDrugcodeScanHisCodeScanDTO[];
  /** 结果信息 */
  msg_info?: string;
  /** 结果编码 */
  msg_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CodeScanDTO` of `alibaba.alihealth.drugcode.scan.his`. */
export interface AlibabaAlihealthDrugcodeScanHisCodeScanDTO {
  /** 扫码时间 */
  query_date?: string;
  /** 扫码来源：支付宝，淘宝，天猫，未知 */
  query_app_name_format?: string;
}

const REQUEST_SCHEMA = {
  code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: [
    {
      query_date: 'String',
      query_app_name_format: 'String',
    },
  ],
  msg_info: 'String',
  msg_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drugcode.scan.his`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugcodeScanHisOperation = {
  method: 'alibaba.alihealth.drugcode.scan.his',
  responseRoot: 'alibaba_alihealth_drugcode_scan_his_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 企业查询扫码历史 — calls TOP method `alibaba.alihealth.drugcode.scan.his`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugcodeScanHis(
  client: TopClient,
  request: AlibabaAlihealthDrugcodeScanHisRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugcodeScanHisResponse> {
  return client.call<AlibabaAlihealthDrugcodeScanHisResponse>(
    {
      method: 'alibaba.alihealth.drugcode.scan.his',
      responseRoot: 'alibaba_alihealth_drugcode_scan_his_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
