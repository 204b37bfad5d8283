// Generated from specs/drugtrace/alibaba.alihealth.drug.download.getproductxml.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.download.getproductxml` (获取product.xml的下载链接). */
export interface AlibabaAlihealthDrugDownloadGetproductxmlRequest {
  /** appKey */
  app_key_n: string;
  /** 企业名称 */
  ent_name?: string;
}

/** Response of `alibaba.alihealth.drug.download.getproductxml`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugDownloadGetproductxmlResponse {
  /** result */
  result?: AlibabaAlihealthDrugDownloadGetproductxmlDataEntTaskResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DataEntTaskResultDto` of `alibaba.alihealth.drug.download.getproductxml`. */
export interface AlibabaAlihealthDrugDownloadGetproductxmlDataEntTaskResultDto {
  /** 一个map的json的形式，这个map的key是aookey下的企业名称，value是对应product.xml的下载地址，有效期是20分钟 */
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
  ent_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'String',
    http_status_code: 'Number',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.download.getproductxml`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugDownloadGetproductxmlOperation = {
  method: 'alibaba.alihealth.drug.download.getproductxml',
  responseRoot: 'alibaba_alihealth_drug_download_getproductxml_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取product.xml的下载链接 — calls TOP method `alibaba.alihealth.drug.download.getproductxml`.
 *
 * 阿里健康-追溯码-D2D获得药器信息下载地址，方便生产线操作
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugDownloadGetproductxml(
  client: TopClient,
  request: AlibabaAlihealthDrugDownloadGetproductxmlRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugDownloadGetproductxmlResponse> {
  return client.call<AlibabaAlihealthDrugDownloadGetproductxmlResponse>(
    {
      method: 'alibaba.alihealth.drug.download.getproductxml',
      responseRoot: 'alibaba_alihealth_drug_download_getproductxml_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
