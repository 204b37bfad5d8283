// Generated from specs/paimai/taobao.paimai.item.cooperation.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.paimai.item.cooperation.sync` (商品同步). */
export interface TaobaoPaimaiItemCooperationSyncRequest {
  /** 日期 */
  ds?: Int64Input;
  /** 无 */
  item_do?: TaobaoPaimaiItemCooperationSyncItemDoInput;
}

/** Response of `taobao.paimai.item.cooperation.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPaimaiItemCooperationSyncResponse {
  /** 结果描述 */
  result_code?: TaobaoPaimaiItemCooperationSyncResultCode;
  /** 成功上传的商品ID列表 */
  value?: Int64[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemDo` of `taobao.paimai.item.cooperation.sync`. */
export interface TaobaoPaimaiItemCooperationSyncItemDoInput {
  /** 小区参考均价（单位：元）Double */
  ref_unit_price?: string;
  /** 城市（简称） */
  city?: string;
  /** 总价（单位：元）Double */
  total_price?: string;
  /** 标题 */
  title?: string;
  /** 房屋用途 */
  house_purpose?: string;
  /** 交易权属 */
  trans_ownership?: string;
  /** 小区评分 */
  community_score?: string;
  /** 建成年代 */
  building_time?: Int64Input;
  /** 特性 */
  feature?: string;
  /** 物业公司 */
  property_management?: string;
  /** 小区别名 */
  community_alias?: string;
  /** 经纪人电话 */
  broker_tele?: string;
  /** 面积 */
  house_area?: string;
  /** 朝向 */
  house_toward?: string;
  /** 楼层 */
  floor_desc?: string;
  /** 省份 */
  prov?: string;
  /** 物业费 */
  property_unit_price?: string;
  /** 经度 */
  lat?: string;
  /** 车位比 */
  parking_ratio?: string;
  /** 单价 */
  unit_price?: string;
  /** 地址 */
  address?: string;
  /** 纬度 */
  lng?: string;
  /** 户型 */
  house_type?: string;
  /** 在售房屋套数 */
  houses_for_sale?: Int64Input;
  /** 小区 */
  community?: string;
  /** 容积率 */
  volume_rate?: string;
  /** 主图url */
  img_url?: string;
  /** id */
  item_id?: Int64Input;
  /** 商圈 */
  district?: string;
  /** 总楼层 */
  total_floor?: Int64Input;
  /** 在租房屋套数 */
  houses_for_rent?: Int64Input;
  /** 区位码 */
  location?: string;
  /** 绿化率 */
  greening_rate?: string;
  /** 建筑类型 */
  building_type?: string;
}

/** `ResultCode` of `taobao.paimai.item.cooperation.sync`. */
export interface TaobaoPaimaiItemCooperationSyncResultCode {
  /** 错误码 */
  code?: string;
  /** 错误信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  ds: 'Number',
  item_do: {
    ref_unit_price: 'String',
    city: 'String',
    total_price: 'String',
    title: 'String',
    house_purpose: 'String',
    trans_ownership: 'String',
    community_score: 'String',
    building_time: 'Number',
    feature: 'String',
    property_management: 'String',
    community_alias: 'String',
    broker_tele: 'String',
    house_area: 'String',
    house_toward: 'String',
    floor_desc: 'String',
    prov: 'String',
    property_unit_price: 'String',
    lat: 'String',
    parking_ratio: 'String',
    unit_price: 'String',
    address: 'String',
    lng: 'String',
    house_type: 'String',
    houses_for_sale: 'Number',
    community: 'String',
    volume_rate: 'String',
    img_url: 'String',
    item_id: 'Number',
    district: 'String',
    total_floor: 'Number',
    houses_for_rent: 'Number',
    location: 'String',
    greening_rate: 'String',
    building_type: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: {
    code: 'String',
    message: 'String',
  },
  value: ['Number'],
} as const satisfies ObjectSchema;

/** Static description of `taobao.paimai.item.cooperation.sync`: method, response root, request and response schemas. */
export const taobaoPaimaiItemCooperationSyncOperation = {
  method: 'taobao.paimai.item.cooperation.sync',
  responseRoot: 'paimai_item_cooperation_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品同步 — calls TOP method `taobao.paimai.item.cooperation.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPaimaiItemCooperationSync(
  client: TopClient,
  request: TaobaoPaimaiItemCooperationSyncRequest = {},
  options?: CallOptions,
): Promise<TaobaoPaimaiItemCooperationSyncResponse> {
  return client.call<TaobaoPaimaiItemCooperationSyncResponse>(
    {
      method: 'taobao.paimai.item.cooperation.sync',
      responseRoot: 'paimai_item_cooperation_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
