// Generated from specs/wdk/taobao.wdk.equipment.wcs.wcsinfo.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wdk.equipment.wcs.wcsinfo.upload` (悬挂链业务信息上传). */
export interface TaobaoWdkEquipmentWcsWcsinfoUploadRequest {
  /** 上传信息 */
  param0?: string;
}

/** Response of `taobao.wdk.equipment.wcs.wcsinfo.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWdkEquipmentWcsWcsinfoUploadResponse {
  /** model */
  model?: string;
  /** errorCode */
  service_error_code?: string;
  /** errorMsg */
  service_error_msg?: string;
  /** success */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  param0: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'String',
  service_error_code: 'String',
  service_error_msg: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.wdk.equipment.wcs.wcsinfo.upload`: method, response root, request and response schemas. */
export const taobaoWdkEquipmentWcsWcsinfoUploadOperation = {
  method: 'taobao.wdk.equipment.wcs.wcsinfo.upload',
  responseRoot: 'wdk_equipment_wcs_wcsinfo_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 悬挂链业务信息上传 — calls TOP method `taobao.wdk.equipment.wcs.wcsinfo.upload`.
 *
 * 五道口仓库悬挂链信息上传
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWdkEquipmentWcsWcsinfoUpload(
  client: TopClient,
  request: TaobaoWdkEquipmentWcsWcsinfoUploadRequest = {},
  options?: CallOptions,
): Promise<TaobaoWdkEquipmentWcsWcsinfoUploadResponse> {
  return client.call<TaobaoWdkEquipmentWcsWcsinfoUploadResponse>(
    {
      method: 'taobao.wdk.equipment.wcs.wcsinfo.upload',
      responseRoot: 'wdk_equipment_wcs_wcsinfo_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
