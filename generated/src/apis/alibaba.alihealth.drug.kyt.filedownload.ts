// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.filedownload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.filedownload` (处理失败单据下载). */
export interface AlibabaAlihealthDrugKytFiledownloadRequest {
  /** 企业ID */
  ref_user_id?: string;
  /** 文件地址 */
  url?: string;
  /** 单据类型 */
  bill_type?: string;
  /** 单据队列ID */
  bill_queue_id?: string;
}

/** Response of `alibaba.alihealth.drug.kyt.filedownload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytFiledownloadResponse {
  /** 文件内容 */
  model?: string;
  /** 返回结果编码 */
  msg_code?: string;
  /** 返回结果 */
  msg_info?: string;
  /** 返回是否成功 */
  response_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ref_user_id: 'String',
  url: 'String',
  bill_type: 'String',
  bill_queue_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'String',
  msg_code: 'String',
  msg_info: 'String',
  response_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.filedownload`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytFiledownloadOperation = {
  method: 'alibaba.alihealth.drug.kyt.filedownload',
  responseRoot: 'alibaba_alihealth_drug_kyt_filedownload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 处理失败单据下载 — calls TOP method `alibaba.alihealth.drug.kyt.filedownload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytFiledownload(
  client: TopClient,
  request: AlibabaAlihealthDrugKytFiledownloadRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytFiledownloadResponse> {
  return client.call<AlibabaAlihealthDrugKytFiledownloadResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.filedownload',
      responseRoot: 'alibaba_alihealth_drug_kyt_filedownload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
