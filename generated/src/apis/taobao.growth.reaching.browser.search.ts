// Generated from specs/usergrowth/taobao.growth.reaching.browser.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.growth.reaching.browser.search` (查询搜索关联). */
export interface TaobaoGrowthReachingBrowserSearchRequest {
  /** 设备列表 */
  device_ids: TaobaoGrowthReachingBrowserSearchDeviceIdParamInput;
  /** 查询词 */
  query: string;
  /** 需要数量 */
  wanted_size: Int64Input;
}

/** Response of `taobao.growth.reaching.browser.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoGrowthReachingBrowserSearchResponse {
  /** [] */
  products?: TaobaoGrowthReachingBrowserSearchProductDto[];
  /** 是否参竞 */
  offering?: boolean;
  /** 榜单曝光链接 */
  exposure_url?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeviceIdParam` of `taobao.growth.reaching.browser.search`. */
export interface TaobaoGrowthReachingBrowserSearchDeviceIdParamInput {
  /** 手机系统 */
  os: string;
  /** 设备类型 oaid/caid/imei */
  type: string;
  /** 设备值 */
  value: string;
  /** 是否是md5值 */
  is_md5: boolean;
}

/** `ProductDto` of `taobao.growth.reaching.browser.search`. */
export interface TaobaoGrowthReachingBrowserSearchProductDto {
  /** 商品名 */
  name?: string;
  /** 商品描述 */
  description?: string;
  /** 图片链接 */
  image_url?: string;
  /** 标签属性 */
  tags?: string;
  /** 类别 */
  category?: string;
  /** 唤端链接 */
  deeplink?: string;
  /** 商品点击链接 */
  click_url?: string;
  /** 商品曝光链接 */
  exposure_url?: string;
  /** 产品词/召回词 */
  product_query?: string;
  /** 实体词 */
  entity_word?: string;
}

const REQUEST_SCHEMA = {
  device_ids: {
    os: 'String',
    type: 'String',
    value: 'String',
    is_md5: 'Boolean',
  },
  query: 'String',
  wanted_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  products: [
    {
      name: 'String',
      description: 'String',
      image_url: 'String',
      tags: 'String',
      category: 'String',
      deeplink: 'String',
      click_url: 'String',
      exposure_url: 'String',
      product_query: 'String',
      entity_word: 'String',
    },
  ],
  offering: 'Boolean',
  exposure_url: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.growth.reaching.browser.search`: method, response root, request and response schemas. */
export const taobaoGrowthReachingBrowserSearchOperation = {
  method: 'taobao.growth.reaching.browser.search',
  responseRoot: 'growth_reaching_browser_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询搜索关联 — calls TOP method `taobao.growth.reaching.browser.search`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoGrowthReachingBrowserSearch(
  client: TopClient,
  request: TaobaoGrowthReachingBrowserSearchRequest,
  options?: CallOptions,
): Promise<TaobaoGrowthReachingBrowserSearchResponse> {
  return client.call<TaobaoGrowthReachingBrowserSearchResponse>(
    {
      method: 'taobao.growth.reaching.browser.search',
      responseRoot: 'growth_reaching_browser_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
