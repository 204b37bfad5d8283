// Generated from specs/viapi/aliyun.viapi.imageseg.segmenthead.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliyun.viapi.imageseg.segmenthead` (头像分割). */
export interface AliyunViapiImagesegSegmentheadRequest {
  /** 待检测图片链接 */
  image_url?: string;
}

/** Response of `aliyun.viapi.imageseg.segmenthead`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliyunViapiImagesegSegmentheadResponse {
  /** 请求ID */
  taobao_request_id?: string;
  /** 系统自动生成 */
  data?: AliyunViapiImagesegSegmentheadData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Data` of `aliyun.viapi.imageseg.segmenthead`. */
export interface AliyunViapiImagesegSegmentheadData {
  /** 人体检测框的集合 */
  elements?: AliyunViapiImagesegSegmentheadElements[];
}

/** `Elements` of `aliyun.viapi.imageseg.segmenthead`. */
export interface AliyunViapiImagesegSegmentheadElements {
  /** x坐标 */
  x?: Int64;
  /** y坐标 */
  y?: Int64;
  /** 抠图结果（png透明图）有效期半个小时 */
  image_u_r_l?: string;
  /** 高度 */
  height?: Int64;
  /** 宽度 */
  width?: Int64;
}

const REQUEST_SCHEMA = {
  image_url: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  taobao_request_id: 'String',
  data: {
    elements: [
      {
        x: 'Number',
        y: 'Number',
        image_u_r_l: 'String',
        height: 'Number',
        width: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `aliyun.viapi.imageseg.segmenthead`: method, response root, request and response schemas. */
export const aliyunViapiImagesegSegmentheadOperation = {
  method: 'aliyun.viapi.imageseg.segmenthead',
  responseRoot: 'aliyun_viapi_imageseg_segmenthead_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 头像分割 — calls TOP method `aliyun.viapi.imageseg.segmenthead`.
 *
 * 输入一张图片，对图中人头区域进行抠图解析，输出人头png透明图。(参数图片/链接必须通过以下方式获取: https://help.aliyun.com/document_detail/155645.html )
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliyunViapiImagesegSegmenthead(
  client: TopClient,
  request: AliyunViapiImagesegSegmentheadRequest = {},
  options?: CallOptions,
): Promise<AliyunViapiImagesegSegmentheadResponse> {
  return client.call<AliyunViapiImagesegSegmentheadResponse>(
    {
      method: 'aliyun.viapi.imageseg.segmenthead',
      responseRoot: 'aliyun_viapi_imageseg_segmenthead_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
