// Generated from specs/drugtrace/alibaba.alihealth.drug.download.getentauthent.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.download.getentauthent` (获取授权企业列表). */
export interface AlibabaAlihealthDrugDownloadGetentauthentRequest {
  /** 授权开始时间 */
  auth_begin_date?: string;
  /** 授权结束时间 */
  auth_end_date?: string;
}

/** Response of `alibaba.alihealth.drug.download.getentauthent`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugDownloadGetentauthentResponse {
  /** 接口返回model */
  result?: AlibabaAlihealthDrugDownloadGetentauthentResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihealth.drug.download.getentauthent`. */
export interface AlibabaAlihealthDrugDownloadGetentauthentResult {
  /** list */
  auth_list?: AlibabaAlihealthDrugDownloadGetentauthentModel[];
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** 是否成功 */
  issuccess?: boolean;
}

/** `Model` of `alibaba.alihealth.drug.download.getentauthent`. */
export interface AlibabaAlihealthDrugDownloadGetentauthentModel {
  /** 企业ID */
  auth_ref_ent_id?: string;
  /** 企业名称 */
  ent_name?: string;
  /** 授权企业ID */
  ref_ent_id?: string;
  /** 授权日期 */
  auth_date?: string;
}

const REQUEST_SCHEMA = {
  auth_begin_date: 'String',
  auth_end_date: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    auth_list: [
      {
        auth_ref_ent_id: 'String',
        ent_name: 'String',
        ref_ent_id: 'String',
        auth_date: 'String',
      },
    ],
    msg_code: 'String',
    msg_info: 'String',
    issuccess: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.download.getentauthent`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugDownloadGetentauthentOperation = {
  method: 'alibaba.alihealth.drug.download.getentauthent',
  responseRoot: 'alibaba_alihealth_drug_download_getentauthent_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取授权企业列表 — calls TOP method `alibaba.alihealth.drug.download.getentauthent`.
 *
 * D2D数据落地获取授权企业列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugDownloadGetentauthent(
  client: TopClient,
  request: AlibabaAlihealthDrugDownloadGetentauthentRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugDownloadGetentauthentResponse> {
  return client.call<AlibabaAlihealthDrugDownloadGetentauthentResponse>(
    {
      method: 'alibaba.alihealth.drug.download.getentauthent',
      responseRoot: 'alibaba_alihealth_drug_download_getentauthent_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
