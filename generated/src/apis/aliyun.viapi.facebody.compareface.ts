// Generated from specs/viapi/aliyun.viapi.facebody.compareface.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliyun.viapi.facebody.compareface` (人脸比对1：1). */
export interface AliyunViapiFacebodyComparefaceRequest {
  /** 图片url地址(http/https) */
  image_url_a?: string;
  /** 图片url地址(http/https) */
  image_url_b?: string;
  /** 图片类型, ,取值范围[0:图片URL, 1:图片Base64数据] */
  image_type?: Int64Input;
}

/** Response of `aliyun.viapi.facebody.compareface`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliyunViapiFacebodyComparefaceResponse {
  /** 请求ID */
  taobao_request_id?: string;
  /** 系统自动生成 */
  data?: AliyunViapiFacebodyComparefaceData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Data` of `aliyun.viapi.facebody.compareface`. */
export interface AliyunViapiFacebodyComparefaceData {
  /** 误识率在10e-3,10e-4,10e-5时对应的置信度分类阈值 */
  thresholds?: Int64[];
  /** 两张图片中最大人脸属于同一个人的置信度：0-100，如某张图片中没有人脸，返回置信度为0 */
  confidence?: string;
  /** 图片1最大人脸矩形框(left, top, width, height)，如图片中没有人脸，返回矩形框数值均为0 */
  rect_a_list?: Int64[];
  /** 图片2最大人脸矩形框(left, top, width, height)，如图片中没有人脸，返回矩形框数值均为0 */
  rect_b_list?: Int64[];
}

const REQUEST_SCHEMA = {
  image_url_a: 'String',
  image_url_b: 'String',
  image_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  taobao_request_id: 'String',
  data: {
    thresholds: ['Number'],
    confidence: 'String',
    rect_a_list: ['Number'],
    rect_b_list: ['Number'],
  },
} as const satisfies ObjectSchema;

/** Static description of `aliyun.viapi.facebody.compareface`: method, response root, request and response schemas. */
export const aliyunViapiFacebodyComparefaceOperation = {
  method: 'aliyun.viapi.facebody.compareface',
  responseRoot: 'aliyun_viapi_facebody_compareface_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 人脸比对1：1 — calls TOP method `aliyun.viapi.facebody.compareface`.
 *
 * 基于输入的两张图片，人脸比对服务可检测两张图片中的人脸，并挑选两张图片的最大人脸进行比较，判断是否是同一人；人脸比对服务还返回了这两个人脸的矩形框、比对的置信度，以及不同误识率的置信度阈值。(参数图片/链接必须通过以下方式获取: https://help.aliyun.com/document_detail/155645.html )
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliyunViapiFacebodyCompareface(
  client: TopClient,
  request: AliyunViapiFacebodyComparefaceRequest = {},
  options?: CallOptions,
): Promise<AliyunViapiFacebodyComparefaceResponse> {
  return client.call<AliyunViapiFacebodyComparefaceResponse>(
    {
      method: 'aliyun.viapi.facebody.compareface',
      responseRoot: 'aliyun_viapi_facebody_compareface_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
