// Generated from specs/viapi/aliyun.viapi.imageseg.segment.commonimage.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliyun.viapi.imageseg.segment.commonimage` (通用分割). */
export interface AliyunViapiImagesegSegmentCommonimageRequest {
  /** 待检测图片链接 */
  image_url?: string;
}

/** Response of `aliyun.viapi.imageseg.segment.commonimage`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliyunViapiImagesegSegmentCommonimageResponse {
  /** 请求ID */
  taobao_request_id?: string;
  /** 系统自动生成 */
  data?: AliyunViapiImagesegSegmentCommonimageData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Data` of `aliyun.viapi.imageseg.segment.commonimage`. */
export interface AliyunViapiImagesegSegmentCommonimageData {
  /** 抠图结果（png透明图）有效期半个小时 */
  image_url?: string;
}

const REQUEST_SCHEMA = {
  image_url: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  taobao_request_id: 'String',
  data: {
    image_url: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliyun.viapi.imageseg.segment.commonimage`: method, response root, request and response schemas. */
export const aliyunViapiImagesegSegmentCommonimageOperation = {
  method: 'aliyun.viapi.imageseg.segment.commonimage',
  responseRoot: 'aliyun_viapi_imageseg_segment_commonimage_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通用分割 — calls TOP method `aliyun.viapi.imageseg.segment.commonimage`.
 *
 * 识别输入图像中的视觉中心物体轮廓，与背景进行分离，返回分割后的前景物体图（4通道png透明图）。(参数图片/链接必须通过以下方式获取: https://help.aliyun.com/document_detail/155645.html )
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliyunViapiImagesegSegmentCommonimage(
  client: TopClient,
  request: AliyunViapiImagesegSegmentCommonimageRequest = {},
  options?: CallOptions,
): Promise<AliyunViapiImagesegSegmentCommonimageResponse> {
  return client.call<AliyunViapiImagesegSegmentCommonimageResponse>(
    {
      method: 'aliyun.viapi.imageseg.segment.commonimage',
      responseRoot: 'aliyun_viapi_imageseg_segment_commonimage_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
