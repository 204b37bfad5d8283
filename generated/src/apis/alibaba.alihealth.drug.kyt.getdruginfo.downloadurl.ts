// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.getdruginfo.downloadurl.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.getdruginfo.downloadurl` (药品全量数据下载). */
export interface AlibabaAlihealthDrugKytGetdruginfoDownloadurlRequest {
  /** 调用接口的企业ID */
  ref_ent_id: string;
}

/** Response of `alibaba.alihealth.drug.kyt.getdruginfo.downloadurl`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytGetdruginfoDownloadurlResponse {
  /** 接口返回 */
  result?: AlibabaAlihealthDrugKytGetdruginfoDownloadurlResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.kyt.getdruginfo.downloadurl`. */
export interface AlibabaAlihealthDrugKytGetdruginfoDownloadurlResultModel {
  /** true：接口调用成功 */
  success?: boolean;
  /** 返回值 */
  model?: AlibabaAlihealthDrugKytGetdruginfoDownloadurlJSONObject;
  /** 接口调用失败具体信息 */
  msg_info?: string;
  /** 接口调用失败具体code */
  msg_code?: string;
}

/** `JSONObject` of `alibaba.alihealth.drug.kyt.getdruginfo.downloadurl`. */
export interface AlibabaAlihealthDrugKytGetdruginfoDownloadurlJSONObject {
  /** 文件下载地址。下载文件的字段顺序的含义为：药品ID，平台药品类型，生产厂，通用名，剂型，制剂规格，包装规格，批准文号，商品名，类别码，包装比例，包装级别，子类编码 */
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

/** Static description of `alibaba.alihealth.drug.kyt.getdruginfo.downloadurl`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytGetdruginfoDownloadurlOperation = {
  method: 'alibaba.alihealth.drug.kyt.getdruginfo.downloadurl',
  responseRoot: 'alibaba_alihealth_drug_kyt_getdruginfo_downloadurl_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 药品全量数据下载 — calls TOP method `alibaba.alihealth.drug.kyt.getdruginfo.downloadurl`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytGetdruginfoDownloadurl(
  client: TopClient,
  request: AlibabaAlihealthDrugKytGetdruginfoDownloadurlRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytGetdruginfoDownloadurlResponse> {
  return client.call<AlibabaAlihealthDrugKytGetdruginfoDownloadurlResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.getdruginfo.downloadurl',
      responseRoot: 'alibaba_alihealth_drug_kyt_getdruginfo_downloadurl_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
