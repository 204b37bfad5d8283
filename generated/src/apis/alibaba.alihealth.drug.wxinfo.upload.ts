// Generated from specs/drugtrace/alibaba.alihealth.drug.wxinfo.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.wxinfo.upload` (小程序数据回传). */
export interface AlibabaAlihealthDrugWxinfoUploadRequest {
  /** 用户信息 */
  user_info?: string;
  /** 店铺名称 */
  shop_info?: string;
  /** 售货员信息 */
  saler_info?: string;
  /** 渠道 */
  isv_channel?: string;
}

/** Response of `alibaba.alihealth.drug.wxinfo.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugWxinfoUploadResponse {
  /** model */
  model?: boolean;
  /** msgInfo */
  msg_info?: string;
  /** msgCode */
  msg_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  user_info: 'String',
  shop_info: 'String',
  saler_info: 'String',
  isv_channel: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'Boolean',
  msg_info: 'String',
  msg_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.wxinfo.upload`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugWxinfoUploadOperation = {
  method: 'alibaba.alihealth.drug.wxinfo.upload',
  responseRoot: 'alibaba_alihealth_drug_wxinfo_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 小程序数据回传 — calls TOP method `alibaba.alihealth.drug.wxinfo.upload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugWxinfoUpload(
  client: TopClient,
  request: AlibabaAlihealthDrugWxinfoUploadRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugWxinfoUploadResponse> {
  return client.call<AlibabaAlihealthDrugWxinfoUploadResponse>(
    {
      method: 'alibaba.alihealth.drug.wxinfo.upload',
      responseRoot: 'alibaba_alihealth_drug_wxinfo_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
