// Generated from specs/shop/alibaba.koubeishops.property.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.koubeishops.property.get` (口碑店铺列表推荐). */
export interface AlibabaKoubeishopsPropertyGetRequest {
  /** 入参 */
  param_open_api_search_request?: AlibabaKoubeishopsPropertyGetOpenApiSearchRequestInput;
}

/** Response of `alibaba.koubeishops.property.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaKoubeishopsPropertyGetResponse {
  /** 返回结果 */
  result?: AlibabaKoubeishopsPropertyGetOpenApiSearchResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenApiSearchRequest` of `alibaba.koubeishops.property.get`. */
export interface AlibabaKoubeishopsPropertyGetOpenApiSearchRequestInput {
  /** 渠道版本 alipay,koubei,eleme,gaode,taobao */
  app?: string;
  /** 所选城市 */
  city_id?: string;
  /** 客户端 */
  client_os?: string;
  /** 客户端版本 */
  client_version?: string;
  /** 客户端上下文 */
  context?: string;
  /** 所选城市 */
  current_city?: string;
  /** 所选区 */
  current_district?: string;
  /** 省 */
  current_province?: string;
  /** 固定值 */
  forward?: boolean;
  /** 纬度 */
  latitude?: string;
  /** 所在商圈 */
  lbs_busi_area_id?: string;
  /** 所在城市 */
  lbs_city_id?: string;
  /** 所在区 */
  lbs_district_id?: string;
  /** 经纬度精度 */
  location_accuracy?: string;
  /** 经度 */
  longitude?: string;
  /** 个数 */
  original_size?: Int64Input;
  /** OS 版本 */
  os_version?: string;
  /** 扩展参数 */
  params_map?: string;
  /** 埋点ID */
  place_id?: string;
  /** 关键词 */
  query?: string;
  /** 请求ID */
  request_id?: string;
  /** 场景吗 */
  scene_id?: string;
  /** 搜索ID */
  search_id?: string;
  /** 菜单项 */
  selected_menus?: string;
  /** sessionid */
  session_id?: string;
  /** 个数 */
  size?: Int64Input;
  /** 排序 */
  sort?: string;
  /** 来源埋点 */
  src_spm?: string;
  /** 分页 */
  start?: Int64Input;
  /** 搜索TOKEN */
  token_id?: string;
  /** traceID */
  trace?: string;
  /** 用户ID */
  uid?: string;
}

/** `OpenApiSearchResult` of `alibaba.koubeishops.property.get`. */
export interface AlibabaKoubeishopsPropertyGetOpenApiSearchResult {
  /** 固定值 */
  bucket_id?: string;
  /** 固定值 */
  context?: string;
  /** 个数 */
  count?: Int64;
  /** 扩展值 */
  ext_attrs?: string;
  /** 店铺信息 */
  items?: AlibabaKoubeishopsPropertyGetOpenApiHit[];
  /** 关键词 */
  query?: string;
  /** 请求ID */
  request_id?: string;
  /** 结果ID */
  result_code?: Int64;
  /** 结果 */
  result_msg?: string;
  /** 固定值 */
  search_group?: string;
  /** 搜索ID */
  search_id?: string;
  /** 固定值 */
  search_params?: string;
  /** sessionID */
  session_id?: string;
  /** 店铺个数 */
  total?: Int64;
}

/** `OpenApiHit` of `alibaba.koubeishops.property.get`. */
export interface AlibabaKoubeishopsPropertyGetOpenApiHit {
  /** 店铺ID */
  biz_id?: string;
  /** 描述 */
  desc?: string;
  /** 店铺ID */
  entity_id?: string;
  /** 店铺类型 */
  entity_type?: string;
  /** 优先级 */
  priority?: Int64;
  /** 店铺信息字段 */
  recm_attrs?: string;
  /** 固定值 */
  rule_id?: string;
  /** 排序权重 */
  weight?: string;
}

const REQUEST_SCHEMA = {
  param_open_api_search_request: {
    app: 'String',
    city_id: 'String',
    client_os: 'String',
    client_version: 'String',
    context: 'String',
    current_city: 'String',
    current_district: 'String',
    current_province: 'String',
    forward: 'Boolean',
    latitude: 'String',
    lbs_busi_area_id: 'String',
    lbs_city_id: 'String',
    lbs_district_id: 'String',
    location_accuracy: 'String',
    longitude: 'String',
    original_size: 'Number',
    os_version: 'String',
    params_map: 'String',
    place_id: 'String',
    query: 'String',
    request_id: 'String',
    scene_id: 'String',
    search_id: 'String',
    selected_menus: 'String',
    session_id: 'String',
    size: 'Number',
    sort: 'String',
    src_spm: 'String',
    start: 'Number',
    token_id: 'String',
    trace: 'String',
    uid: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    bucket_id: 'String',
    context: 'String',
    count: 'Number',
    ext_attrs: 'String',
    items: [
      {
        biz_id: 'String',
        desc: 'String',
        entity_id: 'String',
        entity_type: 'String',
        priority: 'Number',
        recm_attrs: 'String',
        rule_id: 'String',
        weight: 'String',
      },
    ],
    query: 'String',
    request_id: 'String',
    result_code: 'Number',
    result_msg: 'String',
    search_group: 'String',
    search_id: 'String',
    search_params: 'String',
    session_id: 'String',
    total: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.koubeishops.property.get`: method, response root, request and response schemas. */
export const alibabaKoubeishopsPropertyGetOperation = {
  method: 'alibaba.koubeishops.property.get',
  responseRoot: 'alibaba_koubeishops_property_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 口碑店铺列表推荐 — calls TOP method `alibaba.koubeishops.property.get`.
 *
 * 推荐用户附近的美食门店
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaKoubeishopsPropertyGet(
  client: TopClient,
  request: AlibabaKoubeishopsPropertyGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaKoubeishopsPropertyGetResponse> {
  return client.call<AlibabaKoubeishopsPropertyGetResponse>(
    {
      method: 'alibaba.koubeishops.property.get',
      responseRoot: 'alibaba_koubeishops_property_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
