// Generated from specs/aliexpress/aliexpress.feed.post.publish.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.feed.post.publish` (同步帖子). */
export interface AliexpressFeedPostPublishRequest {
  /** 站外导入内容请求参数 */
  offsite_publish_post_entity: AliexpressFeedPostPublishOffsitePublishPostEntityInput;
}

/** Response of `aliexpress.feed.post.publish`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressFeedPostPublishResponse {
  /** 返回结果 */
  result?: AliexpressFeedPostPublishResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OffsitePublishPostEntity` of `aliexpress.feed.post.publish`. */
export interface AliexpressFeedPostPublishOffsitePublishPostEntityInput {
  /** 帖子的summary */
  summary?: string;
  /** 图片列表，类型为1时不可为空 */
  image_infos?: AliexpressFeedPostPublishOffsitePostImageVOInput[];
  /** 帖子类型：1-图文，2-视频 */
  post_type: string;
  /** 商品id */
  product_ids?: Int64Input[];
  /** 视频参数，类型为2时不可为空 */
  video_info?: AliexpressFeedPostPublishOffsitePostVideoVOInput;
  /** 帖子来源，import-第三方导入，接入前请咨询API负责人 */
  origin: string;
  /** 语言地区 */
  lang?: string;
  /** 帖子拓展信息，垂类，形式等，介入前请咨询API负责人 */
  extends_info?: string;
  /** 帖子话题 */
  hashtag?: string[];
  /** 币种 */
  currency?: string;
}

/** `OffsitePostImageVO` of `aliexpress.feed.post.publish`. */
export interface AliexpressFeedPostPublishOffsitePostImageVOInput {
  /** 图片高度 */
  height?: Int64Input;
  /** 图片宽度 */
  width?: Int64Input;
  /** 图片链接 */
  image_url?: string;
}

/** `OffsitePostVideoVO` of `aliexpress.feed.post.publish`. */
export interface AliexpressFeedPostPublishOffsitePostVideoVOInput {
  /** 视频封面，与视频尺寸要一致 */
  cover_url?: string;
  /** 视频地址 */
  video_url?: string;
  /** 视频宽度 */
  width?: Int64Input;
  /** 视频高度 */
  height?: Int64Input;
}

/** `Response` of `aliexpress.feed.post.publish`. */
export interface AliexpressFeedPostPublishResponse2 {
  /** 错误码 */
  code?: Int64;
  /** 成功返回结果，json字符串 */
  data?: string | Record<string, unknown>;
  /** 是否请求成功 */
  success?: boolean;
  /** 错误信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  offsite_publish_post_entity: {
    summary: 'String',
    image_infos: [
      {
        height: 'Number',
        width: 'Number',
        image_url: 'String',
      },
    ],
    post_type: 'String',
    product_ids: ['Number'],
    video_info: {
      cover_url: 'String',
      video_url: 'String',
      width: 'Number',
      height: 'Number',
    },
    origin: 'String',
    lang: 'String',
    extends_info: 'String',
    hashtag: ['String'],
    currency: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'Number',
    data: 'Json',
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.feed.post.publish`: method, response root, request and response schemas. */
export const aliexpressFeedPostPublishOperation = {
  method: 'aliexpress.feed.post.publish',
  responseRoot: 'aliexpress_feed_post_publish_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同步帖子 — calls TOP method `aliexpress.feed.post.publish`.
 *
 * 站外平台同步帖子至AE FEED域
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressFeedPostPublish(
  client: TopClient,
  request: AliexpressFeedPostPublishRequest,
  options?: CallOptions,
): Promise<AliexpressFeedPostPublishResponse> {
  return client.call<AliexpressFeedPostPublishResponse>(
    {
      method: 'aliexpress.feed.post.publish',
      responseRoot: 'aliexpress_feed_post_publish_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
