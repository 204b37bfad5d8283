// Generated from specs/drugtrace/alibaba.alihealth.drug.download.entlist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.download.entlist` (企业下载列表). */
export interface AlibabaAlihealthDrugDownloadEntlistRequest {
  /** appKey */
  app_key_n?: string;
}

/** Response of `alibaba.alihealth.drug.download.entlist`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugDownloadEntlistResponse {
  /** result */
  result?: AlibabaAlihealthDrugDownloadEntlistResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihealth.drug.download.entlist`. */
export interface AlibabaAlihealthDrugDownloadEntlistResult {
  /** model */
  model?: AlibabaAlihealthDrugDownloadEntlistDataEntTaskDto;
  /** httpStatusCode */
  http_status_code?: Int64;
  /** msgInfo */
  msg_info?: string;
  /** success */
  success?: boolean;
}

/** `DataEntTaskDto` of `alibaba.alihealth.drug.download.entlist`. */
export interface AlibabaAlihealthDrugDownloadEntlistDataEntTaskDto {
  /** fileNum */
  file_num?: Int64;
  /** fileInfoList */
  file_info_list?: string[];
}

const REQUEST_SCHEMA = {
  app_key_n: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      file_num: 'Number',
      file_info_list: ['String'],
    },
    http_status_code: 'Number',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.download.entlist`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugDownloadEntlistOperation = {
  method: 'alibaba.alihealth.drug.download.entlist',
  responseRoot: 'alibaba_alihealth_drug_download_entlist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 企业下载列表 — calls TOP method `alibaba.alihealth.drug.download.entlist`.
 *
 * 获取企业的下载文件列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugDownloadEntlist(
  client: TopClient,
  request: AlibabaAlihealthDrugDownloadEntlistRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugDownloadEntlistResponse> {
  return client.call<AlibabaAlihealthDrugDownloadEntlistResponse>(
    {
      method: 'alibaba.alihealth.drug.download.entlist',
      responseRoot: 'alibaba_alihealth_drug_download_entlist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
