// Generated from specs/ascp/taobao.logistics.media.resources.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `taobao.logistics.media.resources.upload` (图片与视频上传). */
export interface TaobaoLogisticsMediaResourcesUploadRequest {
  /** 淘天物流服务商ID */
  supplier_id: Int64Input;
  /** 1-图片，2-视频 */
  type: Int64Input;
  /** 图片/视频名称，只支持后缀：.jpg、.png、.mp4 */
  name: string;
  /** 图片/视频的字节数组 */
  data: TopFile;
}

/** Response of `taobao.logistics.media.resources.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsMediaResourcesUploadResponse {
  /** 图片视频上传出参 */
  result?: TaobaoLogisticsMediaResourcesUploadLspTopResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LspTopResponse` of `taobao.logistics.media.resources.upload`. */
export interface TaobaoLogisticsMediaResourcesUploadLspTopResponse {
  /** true|false */
  success?: boolean;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 0=全部失败，1=全部成功，2=部分成功 */
  result?: string;
  /** traceId */
  trace_id?: string;
  /** 上传结果 */
  data?: TaobaoLogisticsMediaResourcesUploadMediaResourceDTO;
}

/** `MediaResourceDTO` of `taobao.logistics.media.resources.upload`. */
export interface TaobaoLogisticsMediaResourcesUploadMediaResourceDTO {
  /** 图片/视频名称 */
  name?: string;
  /** 图片/视频相对地址 */
  path?: string;
}

const REQUEST_SCHEMA = {
  supplier_id: 'Number',
  type: 'Number',
  name: 'String',
  data: 'byte[]',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    code: 'String',
    message: 'String',
    result: 'String',
    trace_id: 'String',
    data: {
      name: 'String',
      path: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.media.resources.upload`: method, response root, request and response schemas. */
export const taobaoLogisticsMediaResourcesUploadOperation = {
  method: 'taobao.logistics.media.resources.upload',
  responseRoot: 'logistics_media_resources_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 图片与视频上传 — calls TOP method `taobao.logistics.media.resources.upload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsMediaResourcesUpload(
  client: TopClient,
  request: TaobaoLogisticsMediaResourcesUploadRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsMediaResourcesUploadResponse> {
  return client.call<TaobaoLogisticsMediaResourcesUploadResponse>(
    {
      method: 'taobao.logistics.media.resources.upload',
      responseRoot: 'logistics_media_resources_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
