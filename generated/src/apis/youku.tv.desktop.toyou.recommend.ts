// Generated from specs/taotv/youku.tv.desktop.toyou.recommend.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `youku.tv.desktop.toyou.recommend` (TV桌面为你推荐接口). */
export interface YoukuTvDesktopToyouRecommendRequest {
  /** 用户登陆token */
  token?: string;
  /** 播控方，1:华数 7:CIBN */
  bcp: string;
  /** 终端设备型号 */
  device_model?: string;
  /** 桌面版本号 */
  version_code?: Int64Input;
  /** 终端设备mac */
  mac?: string;
  /** 终端设备uuid */
  uuid: string;
  /** 影视来源，0-淘tv 7-优酷免费 9-优酷付费 多项用“,”隔开 */
  from?: string;
  /** 支持收费方式，0-免费 1-限免 2-单点 3-包月 4-红包 5-单包,多项用“,”隔开 */
  charge_type?: string;
  /** 获取的最大节目数 */
  max_size: Int64Input;
  /** 分辨率，sw720 sw1080 */
  sw?: string;
  /** 支持媒体类型,dts,drm,dolby,h265 */
  device_media?: string;
  /** 请求IP */
  ip?: string;
}

/** Response of `youku.tv.desktop.toyou.recommend`: TOP returns only requested, non-null fields, so all are optional. */
export interface YoukuTvDesktopToyouRecommendResponse {
  /** 响应的结果列表 */
  results?: YoukuTvDesktopToyouRecommendV5BaseItemRbo[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `V5BaseItemRbo` of `youku.tv.desktop.toyou.recommend`. */
export interface YoukuTvDesktopToyouRecommendV5BaseItemRbo {
  /** 坑位ID */
  id?: Int64;
  /** 坑位标题 */
  title?: string;
  /** 坑位子标题 */
  subtitle?: string;
  /** 中间图片 */
  center_pic?: string;
  /** 背景图片 */
  bg_pic?: string;
  /** 背景动图（高配） */
  bg_pic_gif?: string;
  /** 跳转行为 */
  biz_type?: string;
  /** 扩展字段 */
  extra?: string;
  /** 未解析的扩展字段 */
  extra_str?: string;
  /** 坑位类型 */
  item_type?: string;
  /** 评分 */
  score?: string;
  /** 推荐主题ID */
  recommend_rule_id?: Int64;
  /** 推荐理由 */
  recommend_reason?: string;
}

const REQUEST_SCHEMA = {
  token: 'String',
  bcp: 'String',
  device_model: 'String',
  version_code: 'Number',
  mac: 'String',
  uuid: 'String',
  from: 'String',
  charge_type: 'String',
  max_size: 'Number',
  sw: 'String',
  device_media: 'String',
  ip: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: [
    {
      id: 'Number',
      title: 'String',
      subtitle: 'String',
      center_pic: 'String',
      bg_pic: 'String',
      bg_pic_gif: 'String',
      biz_type: 'String',
      extra: 'String',
      extra_str: 'String',
      item_type: 'String',
      score: 'String',
      recommend_rule_id: 'Number',
      recommend_reason: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `youku.tv.desktop.toyou.recommend`: method, response root, request and response schemas. */
export const youkuTvDesktopToyouRecommendOperation = {
  method: 'youku.tv.desktop.toyou.recommend',
  responseRoot: 'youku_tv_desktop_toyou_recommend_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * TV桌面为你推荐接口 — calls TOP method `youku.tv.desktop.toyou.recommend`.
 *
 * 提供为你推荐数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function youkuTvDesktopToyouRecommend(
  client: TopClient,
  request: YoukuTvDesktopToyouRecommendRequest,
  options?: CallOptions,
): Promise<YoukuTvDesktopToyouRecommendResponse> {
  return client.call<YoukuTvDesktopToyouRecommendResponse>(
    {
      method: 'youku.tv.desktop.toyou.recommend',
      responseRoot: 'youku_tv_desktop_toyou_recommend_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
