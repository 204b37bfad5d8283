// Generated from specs/usergrowth/taobao.growth.reaching.suggestion.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.growth.reaching.suggestion.query` (厂商生态推荐信息查询). */
export interface TaobaoGrowthReachingSuggestionQueryRequest {
  /** 请求参数 */
  suggestion_context: TaobaoGrowthReachingSuggestionQuerySuggestionContextParamInput;
  /** 需要的数据量 */
  wanted_size: Int64Input;
}

/** Response of `taobao.growth.reaching.suggestion.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoGrowthReachingSuggestionQueryResponse {
  /** 推荐信息列表 */
  suggestions?: TaobaoGrowthReachingSuggestionQuerySuggestionDTO[];
  /** 是否参竞 */
  is_offering?: boolean;
  /** 列表维度曝光上报链接 */
  exposure_url?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SuggestionContextParam` of `taobao.growth.reaching.suggestion.query`. */
export interface TaobaoGrowthReachingSuggestionQuerySuggestionContextParamInput {
  /** 设备信息 */
  device_id: TaobaoGrowthReachingSuggestionQueryDeviceIdParamInput;
  /** 不同媒体资源位 */
  site_id?: string;
  /** 天气代码，可空。1：晴, 2：晴（夜）, 3：多云, 4：多云（夜）, 5：阴, 6：阴（夜）, 7：雾, 8：雾（夜）, 9：霾, 10：霾（夜）, 11：雨, 12：雨（夜）, 13：雪, 14：雪（夜） */
  weather?: string;
  /** 地域 */
  region?: string;
  /** 性别：m/f */
  sex?: string;
  /** 年龄 */
  age?: Int64Input;
  /** 温度，包括最高和最低 */
  temperature?: TaobaoGrowthReachingSuggestionQueryTemperatureInput;
  /** 附加参数，可用于传递一些非业务参数，如是否压测流量("isStressTest":true)等。格式为：key1:value1,key2:value2 */
  extra?: string;
}

/** `DeviceIdParam` of `taobao.growth.reaching.suggestion.query`. */
export interface TaobaoGrowthReachingSuggestionQueryDeviceIdParamInput {
  /** 操作系统： Android/iOS/Windows/macOS */
  os: string;
  /** 是否 md5 hash 值 */
  is_md5: boolean;
  /** 设备标识类型： oaid/idfa/imei/caid1/caid2 */
  type: string;
  /** 设备标识内容 */
  value: string;
}

/** `Temperature` of `taobao.growth.reaching.suggestion.query`. */
export interface TaobaoGrowthReachingSuggestionQueryTemperatureInput {
  /** 当日最高温度 */
  highest?: string;
  /** 当日最低温度 */
  lowest?: string;
}

/** `SuggestionDTO` of `taobao.growth.reaching.suggestion.query`. */
export interface TaobaoGrowthReachingSuggestionQuerySuggestionDTO {
  /** 标题 */
  title?: string;
  /** 副标题 */
  sub_title?: string;
  /** 图标链接 */
  icon_url?: string;
  /** 唤端链接 */
  deeplink_url?: string;
  /** 曝光上报链接 */
  exposure_url?: string;
  /** 点击上报链接 */
  click_url?: string;
  /** 文案内容 */
  text?: string;
  /** 素材id */
  material_id?: string;
  /** 未装端时备用的h5url */
  h5_url?: string;
  /** 主图url */
  image_url?: string;
}

const REQUEST_SCHEMA = {
  suggestion_context: {
    device_id: {
      os: 'String',
      is_md5: 'Boolean',
      type: 'String',
      value: 'String',
    },
    site_id: 'String',
    weather: 'String',
    region: 'String',
    sex: 'String',
    age: 'Number',
    temperature: {
      highest: 'String',
      lowest: 'String',
    },
    extra: 'String',
  },
  wanted_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  suggestions: [
    {
      title: 'String',
      sub_title: 'String',
      icon_url: 'String',
      deeplink_url: 'String',
      exposure_url: 'String',
      click_url: 'String',
      text: 'String',
      material_id: 'String',
      h5_url: 'String',
      image_url: 'String',
    },
  ],
  is_offering: 'Boolean',
  exposure_url: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.growth.reaching.suggestion.query`: method, response root, request and response schemas. */
export const taobaoGrowthReachingSuggestionQueryOperation = {
  method: 'taobao.growth.reaching.suggestion.query',
  responseRoot: 'growth_reaching_suggestion_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 厂商生态推荐信息查询 — calls TOP method `taobao.growth.reaching.suggestion.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoGrowthReachingSuggestionQuery(
  client: TopClient,
  request: TaobaoGrowthReachingSuggestionQueryRequest,
  options?: CallOptions,
): Promise<TaobaoGrowthReachingSuggestionQueryResponse> {
  return client.call<TaobaoGrowthReachingSuggestionQueryResponse>(
    {
      method: 'taobao.growth.reaching.suggestion.query',
      responseRoot: 'growth_reaching_suggestion_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
