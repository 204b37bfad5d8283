// Generated from specs/usergrowth/taobao.growth.reaching.pictures.recognize.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.growth.reaching.pictures.recognize` (图片识别). */
export interface TaobaoGrowthReachingPicturesRecognizeRequest {
  /** 识别参数对象 */
  recognition_param: TaobaoGrowthReachingPicturesRecognizeRecognitionParamInput;
}

/** Response of `taobao.growth.reaching.pictures.recognize`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoGrowthReachingPicturesRecognizeResponse {
  /** 识别结果list */
  region_list?: TaobaoGrowthReachingPicturesRecognizeRegionData[];
  /** 图片id */
  pic_id?: string;
  /** 唤端链接 */
  deep_link?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RecognitionParam` of `taobao.growth.reaching.pictures.recognize`. */
export interface TaobaoGrowthReachingPicturesRecognizeRecognitionParamInput {
  /** 图片url */
  pic_url: string;
  /** 媒体站点id */
  site_id?: string;
  /** 图片id */
  pic_id: string;
}

/** `RegionData` of `taobao.growth.reaching.pictures.recognize`. */
export interface TaobaoGrowthReachingPicturesRecognizeRegionData {
  /** 坐标字符串 */
  coordinate_str?: string;
  /** 文本 */
  text?: string;
  /** 宽 */
  width?: string;
  /** 高 */
  height?: string;
  /** labelId */
  label_id?: string;
  /** 序号 */
  ranking?: Int64;
}

const REQUEST_SCHEMA = {
  recognition_param: {
    pic_url: 'String',
    site_id: 'String',
    pic_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  region_list: [
    {
      coordinate_str: 'String',
      text: 'String',
      width: 'String',
      height: 'String',
      label_id: 'String',
      ranking: 'Number',
    },
  ],
  pic_id: 'String',
  deep_link: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.growth.reaching.pictures.recognize`: method, response root, request and response schemas. */
export const taobaoGrowthReachingPicturesRecognizeOperation = {
  method: 'taobao.growth.reaching.pictures.recognize',
  responseRoot: 'growth_reaching_pictures_recognize_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 图片识别 — calls TOP method `taobao.growth.reaching.pictures.recognize`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoGrowthReachingPicturesRecognize(
  client: TopClient,
  request: TaobaoGrowthReachingPicturesRecognizeRequest,
  options?: CallOptions,
): Promise<TaobaoGrowthReachingPicturesRecognizeResponse> {
  return client.call<TaobaoGrowthReachingPicturesRecognizeResponse>(
    {
      method: 'taobao.growth.reaching.pictures.recognize',
      responseRoot: 'growth_reaching_pictures_recognize_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
