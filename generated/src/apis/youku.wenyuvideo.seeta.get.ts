// Generated from specs/wenyuvideo/youku.wenyuvideo.seeta.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `youku.wenyuvideo.seeta.get` (只看TA). */
export interface YoukuWenyuvideoSeetaGetRequest {
  /** 视频字符串形式id */
  video_str_id: string;
}

/** Response of `youku.wenyuvideo.seeta.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface YoukuWenyuvideoSeetaGetResponse {
  /** 接口返回model */
  result?: YoukuWenyuvideoSeetaGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `youku.wenyuvideo.seeta.get`. */
export interface YoukuWenyuvideoSeetaGetResult {
  /** 返回数据 */
  values?: YoukuWenyuvideoSeetaGetModel[];
  /** 结果代码 */
  http_status_code?: Int64;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `Model` of `youku.wenyuvideo.seeta.get`. */
export interface YoukuWenyuvideoSeetaGetModel {
  /** logo数组 */
  logos?: string[];
  /** 名字数组 */
  names?: string[];
  /** 片段数组 */
  segments?: YoukuWenyuvideoSeetaGetSegments[];
}

/** `Segments` of `youku.wenyuvideo.seeta.get`. */
export interface YoukuWenyuvideoSeetaGetSegments {
  /** 开始时间点 */
  from?: Int64;
  /** 结束时间点 */
  to?: Int64;
}

const REQUEST_SCHEMA = {
  video_str_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    values: [
      {
        logos: ['String'],
        names: ['String'],
        segments: [
          {
            from: 'Number',
            to: 'Number',
          },
        ],
      },
    ],
    http_status_code: 'Number',
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `youku.wenyuvideo.seeta.get`: method, response root, request and response schemas. */
export const youkuWenyuvideoSeetaGetOperation = {
  method: 'youku.wenyuvideo.seeta.get',
  responseRoot: 'youku_wenyuvideo_seeta_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 只看TA — calls TOP method `youku.wenyuvideo.seeta.get`.
 *
 * 只看Ta对外输出
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function youkuWenyuvideoSeetaGet(
  client: TopClient,
  request: YoukuWenyuvideoSeetaGetRequest,
  options?: CallOptions,
): Promise<YoukuWenyuvideoSeetaGetResponse> {
  return client.call<YoukuWenyuvideoSeetaGetResponse>(
    {
      method: 'youku.wenyuvideo.seeta.get',
      responseRoot: 'youku_wenyuvideo_seeta_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
