// Generated from specs/drugtrace/alibaba.alihealth.drugcode.scan.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drugcode.scan` (查询扫码信息). */
export interface AlibabaAlihealthDrugcodeScanRequest {
  /** 20位码 */
  code: string;
  /** 渠道 */
  query_app_name: string;
  /** 用户ip */
  client_id?: string;
  /** 设备标识 */
  device_utdid?: string;
  /** 用户ID */
  user_id?: string;
}

/** Response of `alibaba.alihealth.drugcode.scan`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugcodeScanResponse {
  /** 和三方交互最外层model对象 */
  result?: AlibabaAlihealthDrugcodeScanTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultModel` of `alibaba.alihealth.drugcode.scan`. */
export interface AlibabaAlihealthDrugcodeScanTopResultModel {
  /** 返回对象 */
  model?: AlibabaAlihealthDrugcodeScanDrugInfoDto;
  /** 操作说明 */
  msg_info?: string;
  /** 操作码 */
  msg_code?: string;
}

/** `DrugInfoDto` of `alibaba.alihealth.drugcode.scan`. */
export interface AlibabaAlihealthDrugcodeScanDrugInfoDto {
  /** 20位码 */
  code?: string;
  /** 药品通用名 */
  drug_name?: string;
  /** 制剂规格 */
  specifications?: string;
  /** 11：没有申请过此码 12：后四位检验不对 13：没激活过 */
  sub_ret_code?: string;
  /** 状态码 0:正常 -1：未知异常 1：有原因的异常 见subretcode */
  ret_code?: string;
  /** 剂型 */
  prepn_type?: string;
  /** 包装规格 */
  pkg_spec?: string;
  /** 查询次数(用户维度) */
  query_total_count?: Int64;
  /** 批次 */
  production_batch?: string;
  /** 扫码次数 */
  query_count?: string;
}

const REQUEST_SCHEMA = {
  code: 'String',
  query_app_name: 'String',
  client_id: 'String',
  device_utdid: 'String',
  user_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      code: 'String',
      drug_name: 'String',
      specifications: 'String',
      sub_ret_code: 'String',
      ret_code: 'String',
      prepn_type: 'String',
      pkg_spec: 'String',
      query_total_count: 'Number',
      production_batch: 'String',
      query_count: 'String',
    },
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drugcode.scan`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugcodeScanOperation = {
  method: 'alibaba.alihealth.drugcode.scan',
  responseRoot: 'alibaba_alihealth_drugcode_scan_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询扫码信息 — calls TOP method `alibaba.alihealth.drugcode.scan`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugcodeScan(
  client: TopClient,
  request: AlibabaAlihealthDrugcodeScanRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugcodeScanResponse> {
  return client.call<AlibabaAlihealthDrugcodeScanResponse>(
    {
      method: 'alibaba.alihealth.drugcode.scan',
      responseRoot: 'alibaba_alihealth_drugcode_scan_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
