// Generated from specs/usergrowth/taobao.growth.reaching.buzzword.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.growth.reaching.buzzword.query` (淘宝热词榜单数据查询接口). */
export interface TaobaoGrowthReachingBuzzwordQueryRequest {
  /** 设备信息 */
  device_ids: TaobaoGrowthReachingBuzzwordQueryDeviceIdParamInput;
  /** 需要的数据量，如果产出的数据不足，会返回错误代码：data insufficient */
  wanted_size?: Int64Input;
  /** 媒体站点类型 */
  site_id?: string;
  /** 数据偏移位置 */
  data_offset?: Int64Input;
}

/** Response of `taobao.growth.reaching.buzzword.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoGrowthReachingBuzzwordQueryResponse {
  /** 榜单词条列表 */
  buzzwords?: TaobaoGrowthReachingBuzzwordQueryBuzzwordDto[];
  /** 更多内容跳转链接 */
  extra?: TaobaoGrowthReachingBuzzwordQueryExtraDto;
  /** 是否针对此设备进行投放 */
  is_offering?: boolean;
  /** 缓存时长，单位是秒 */
  cache_duration?: Int64;
  /** 榜单词条曝光链接 */
  exposure_url?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeviceIdParam` of `taobao.growth.reaching.buzzword.query`. */
export interface TaobaoGrowthReachingBuzzwordQueryDeviceIdParamInput {
  /** 操作系统： Android/iOS/Windows/macOS */
  os: string;
  /** 是否 md5 hash 值 */
  is_md5: boolean;
  /** 设备标识类型： oaid/idfa/imei/caid1/caid2 */
  type: string;
  /** 设备标识内容 */
  value: string;
}

/** `BuzzwordDto` of `taobao.growth.reaching.buzzword.query`. */
export interface TaobaoGrowthReachingBuzzwordQueryBuzzwordDto {
  /** 词条 */
  name?: string;
  /** 热度 */
  popularity?: Int64;
  /** 标签，可选，热、新等 */
  tag?: string;
  /** 标签对应的图片 url */
  tag_url?: string;
  /** App跳转链接 */
  deeplink_url?: string;
  /** 未安装淘宝时 h5 页面跳 */
  h5_url?: string;
  /** 点击上报链接 */
  click_url?: string[];
  /** 词条曝光链接 */
  exposure_url?: string[];
  /** 词条失效时间(秒级时间戳) */
  invalid_time?: Int64;
  /** 展示图片 */
  display_image_url?: string;
  /** 热度搜索文字 */
  heat_search_text?: string;
  /** 副标题 */
  sub_title?: string;
}

/** `ExtraDto` of `taobao.growth.reaching.buzzword.query`. */
export interface TaobaoGrowthReachingBuzzwordQueryExtraDto {
  /** App跳转链接 */
  deeplink_url?: string;
  /** 未安装淘宝时 h5 页面跳 */
  h5_url?: string;
  /** 拓展曝光上报链接, 可以用于榜单曝光 */
  exposure_url?: string[];
  /** 拓展点击上报链接, 可以用于“点击更多”上报 */
  click_url?: string[];
}

const REQUEST_SCHEMA = {
  device_ids: {
    os: 'String',
    is_md5: 'Boolean',
    type: 'String',
    value: 'String',
  },
  wanted_size: 'Number',
  site_id: 'String',
  data_offset: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  buzzwords: [
    {
      name: 'String',
      popularity: 'Number',
      tag: 'String',
      tag_url: 'String',
      deeplink_url: 'String',
      h5_url: 'String',
      click_url: ['String'],
      exposure_url: ['String'],
      invalid_time: 'Number',
      display_image_url: 'String',
      heat_search_text: 'String',
      sub_title: 'String',
    },
  ],
  extra: {
    deeplink_url: 'String',
    h5_url: 'String',
    exposure_url: ['String'],
    click_url: ['String'],
  },
  is_offering: 'Boolean',
  cache_duration: 'Number',
  exposure_url: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.growth.reaching.buzzword.query`: method, response root, request and response schemas. */
export const taobaoGrowthReachingBuzzwordQueryOperation = {
  method: 'taobao.growth.reaching.buzzword.query',
  responseRoot: 'growth_reaching_buzzword_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝热词榜单数据查询接口 — calls TOP method `taobao.growth.reaching.buzzword.query`.
 *
 * 查询淘宝热词榜单数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoGrowthReachingBuzzwordQuery(
  client: TopClient,
  request: TaobaoGrowthReachingBuzzwordQueryRequest,
  options?: CallOptions,
): Promise<TaobaoGrowthReachingBuzzwordQueryResponse> {
  return client.call<TaobaoGrowthReachingBuzzwordQueryResponse>(
    {
      method: 'taobao.growth.reaching.buzzword.query',
      responseRoot: 'growth_reaching_buzzword_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
