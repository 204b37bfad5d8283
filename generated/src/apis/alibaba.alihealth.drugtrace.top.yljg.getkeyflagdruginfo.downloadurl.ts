// Generated from specs/drugtrace/alibaba.alihealth.drugtrace.top.yljg.getkeyflagdruginfo.downloadurl.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drugtrace.top.yljg.getkeyflagdruginfo.downloadurl` (获取重点追溯品种明细下载URL). */
export interface AlibabaAlihealthDrugtraceTopYljgGetkeyflagdruginfoDownloadurlRequest {
  /** 调用接口的企业ID */
  ref_ent_id: string;
}

/** Response of `alibaba.alihealth.drugtrace.top.yljg.getkeyflagdruginfo.downloadurl`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugtraceTopYljgGetkeyflagdruginfoDownloadurlResponse {
  /** 接口返回 */
  result?: AlibabaAlihealthDrugtraceTopYljgGetkeyflagdruginfoDownloadurlResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drugtrace.top.yljg.getkeyflagdruginfo.downloadurl`. */
export interface AlibabaAlihealthDrugtraceTopYljgGetkeyflagdruginfoDownloadurlResultModel {
  /** true：接口调用成功 */
  success?: boolean;
  /** 返回值 */
  model?: AlibabaAlihealthDrugtraceTopYljgGetkeyflagdruginfoDownloadurlJSONObject;
  /** 接口调用失败具体信息 */
  msg_info?: string;
  /** 接口调用失败具体code */
  msg_code?: string;
}

/** `JSONObject` of `alibaba.alihealth.drugtrace.top.yljg.getkeyflagdruginfo.downloadurl`. */
export interface AlibabaAlihealthDrugtraceTopYljgGetkeyflagdruginfoDownloadurlJSONObject {
  /** 文件下载地址 */
  url?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    model: {
      url: 'String',
    },
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drugtrace.top.yljg.getkeyflagdruginfo.downloadurl`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugtraceTopYljgGetkeyflagdruginfoDownloadurlOperation = {
  method: 'alibaba.alihealth.drugtrace.top.yljg.getkeyflagdruginfo.downloadurl',
  responseRoot: 'alibaba_alihealth_drugtrace_top_yljg_getkeyflagdruginfo_downloadurl_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取重点追溯品种明细下载URL — calls TOP method `alibaba.alihealth.drugtrace.top.yljg.getkeyflagdruginfo.downloadurl`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugtraceTopYljgGetkeyflagdruginfoDownloadurl(
  client: TopClient,
  request: AlibabaAlihealthDrugtraceTopYljgGetkeyflagdruginfoDownloadurlRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugtraceTopYljgGetkeyflagdruginfoDownloadurlResponse> {
  return client.call<AlibabaAlihealthDrugtraceTopYljgGetkeyflagdruginfoDownloadurlResponse>(
    {
      method: 'alibaba.alihealth.drugtrace.top.yljg.getkeyflagdruginfo.downloadurl',
      responseRoot: 'alibaba_alihealth_drugtrace_top_yljg_getkeyflagdruginfo_downloadurl_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
