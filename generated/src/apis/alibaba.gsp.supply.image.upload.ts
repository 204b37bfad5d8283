// Generated from specs/product/alibaba.gsp.supply.image.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `alibaba.gsp.supply.image.upload` (gsp图片上传). */
export interface AlibabaGspSupplyImageUploadRequest {
  /** 图片名称 */
  file_name?: string;
  /** 图片文件流，像素宽度不小于500，不大于2000，像素长度不小于500，不大于2000 */
  file_content: TopFile;
}

/** Response of `alibaba.gsp.supply.image.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaGspSupplyImageUploadResponse {
  /** 执行结果 */
  service_success?: boolean;
  /** 错误码 */
  service_error_code?: string;
  /** 是否重试 */
  need_retry?: boolean;
  /** 数据 */
  model?: AlibabaGspSupplyImageUploadUploadImageResp;
  /** 错误信息 */
  service_error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UploadImageResp` of `alibaba.gsp.supply.image.upload`. */
export interface AlibabaGspSupplyImageUploadUploadImageResp {
  /** 返回的图片地址 */
  url?: string;
  /** 图片哈希值 */
  hash?: string;
  /** 图片高度 */
  height?: Int64;
  /** 图片宽度 */
  width?: Int64;
}

const REQUEST_SCHEMA = {
  file_name: 'String',
  file_content: 'byte[]',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  service_success: 'Boolean',
  service_error_code: 'String',
  need_retry: 'Boolean',
  model: {
    url: 'String',
    hash: 'String',
    height: 'Number',
    width: 'Number',
  },
  service_error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.gsp.supply.image.upload`: method, response root, request and response schemas. */
export const alibabaGspSupplyImageUploadOperation = {
  method: 'alibaba.gsp.supply.image.upload',
  responseRoot: 'alibaba_gsp_supply_image_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * gsp图片上传 — calls TOP method `alibaba.gsp.supply.image.upload`.
 *
 * 上传图片至目标海外平台的素材空间
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaGspSupplyImageUpload(
  client: TopClient,
  request: AlibabaGspSupplyImageUploadRequest,
  options?: CallOptions,
): Promise<AlibabaGspSupplyImageUploadResponse> {
  return client.call<AlibabaGspSupplyImageUploadResponse>(
    {
      method: 'alibaba.gsp.supply.image.upload',
      responseRoot: 'alibaba_gsp_supply_image_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
