// Generated from specs/drugtrace/alibaba.alihealth.drug.download.fileacceptret.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.download.fileacceptret` (企业上传回执). */
export interface AlibabaAlihealthDrugDownloadFileacceptretRequest {
  /** appKey */
  app_key_n?: string;
  /** fileResultJson */
  file_result_json?: string;
}

/** Response of `alibaba.alihealth.drug.download.fileacceptret`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugDownloadFileacceptretResponse {
  /** result */
  result?: AlibabaAlihealthDrugDownloadFileacceptretDataEntTaskResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DataEntTaskResultDto` of `alibaba.alihealth.drug.download.fileacceptret`. */
export interface AlibabaAlihealthDrugDownloadFileacceptretDataEntTaskResultDto {
  /** model */
  model?: boolean;
  /** httpStatusCode */
  http_status_code?: Int64;
  /** msgInfo */
  msg_info?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  app_key_n: 'String',
  file_result_json: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'Boolean',
    http_status_code: 'Number',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.download.fileacceptret`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugDownloadFileacceptretOperation = {
  method: 'alibaba.alihealth.drug.download.fileacceptret',
  responseRoot: 'alibaba_alihealth_drug_download_fileacceptret_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 企业上传回执 — calls TOP method `alibaba.alihealth.drug.download.fileacceptret`.
 *
 * 拿到企业下载回执，将企业已下载的和未下载成功的条目都相应的改变状态
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugDownloadFileacceptret(
  client: TopClient,
  request: AlibabaAlihealthDrugDownloadFileacceptretRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugDownloadFileacceptretResponse> {
  return client.call<AlibabaAlihealthDrugDownloadFileacceptretResponse>(
    {
      method: 'alibaba.alihealth.drug.download.fileacceptret',
      responseRoot: 'alibaba_alihealth_drug_download_fileacceptret_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
