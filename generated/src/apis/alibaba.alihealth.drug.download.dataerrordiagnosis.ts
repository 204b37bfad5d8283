// Generated from specs/drugtrace/alibaba.alihealth.drug.download.dataerrordiagnosis.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.download.dataerrordiagnosis` (数据未落地诊断). */
export interface AlibabaAlihealthDrugDownloadDataerrordiagnosisRequest {
  /** appKey */
  app_key_n: string;
  /** 数据所有者企业名称 */
  base_ent_name: string;
  /** 单据所有者企业名称 */
  bill_ent_name?: string;
  /** 下游模式填2 集团模式填3 */
  type: string;
  /** 单据号 */
  bill_code?: string;
  /** 单据标识 入库填写I 出库填写O */
  bill_type_flag?: string;
  /** 是否需要重传 1代表需要 0代表不需要 */
  re_upload: string;
  /** 追溯码；当有code时候billEntname bill_code bill_type_flag可以不填，优先根据code判定 */
  code?: string;
}

/** Response of `alibaba.alihealth.drug.download.dataerrordiagnosis`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugDownloadDataerrordiagnosisResponse {
  /** result */
  result?: AlibabaAlihealthDrugDownloadDataerrordiagnosisDataEntTaskResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DataEntTaskResultDto` of `alibaba.alihealth.drug.download.dataerrordiagnosis`. */
export interface AlibabaAlihealthDrugDownloadDataerrordiagnosisDataEntTaskResultDto {
  /** 诊断原因 */
  model?: string;
  /** httpStatusCode */
  http_status_code?: Int64;
  /** msgInfo */
  msg_info?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  app_key_n: 'String',
  base_ent_name: 'String',
  bill_ent_name: 'String',
  type: 'String',
  bill_code: 'String',
  bill_type_flag: 'String',
  re_upload: 'String',
  code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'String',
    http_status_code: 'Number',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.download.dataerrordiagnosis`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugDownloadDataerrordiagnosisOperation = {
  method: 'alibaba.alihealth.drug.download.dataerrordiagnosis',
  responseRoot: 'alibaba_alihealth_drug_download_dataerrordiagnosis_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 数据未落地诊断 — calls TOP method `alibaba.alihealth.drug.download.dataerrordiagnosis`.
 *
 * 阿里健康-追溯码-D2D数据未落地原因诊断
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugDownloadDataerrordiagnosis(
  client: TopClient,
  request: AlibabaAlihealthDrugDownloadDataerrordiagnosisRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugDownloadDataerrordiagnosisResponse> {
  return client.call<AlibabaAlihealthDrugDownloadDataerrordiagnosisResponse>(
    {
      method: 'alibaba.alihealth.drug.download.dataerrordiagnosis',
      responseRoot: 'alibaba_alihealth_drug_download_dataerrordiagnosis_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
