// Generated from specs/paimai/taobao.auction.beike.item.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.auction.beike.item.sync` (贝壳商品同步接口). */
export interface TaobaoAuctionBeikeItemSyncRequest {
  /** 日期 */
  ds?: Int64Input;
  /** 无 */
  beike_item_do?: TaobaoAuctionBeikeItemSyncBeikeItemDoInput;
}

/** Response of `taobao.auction.beike.item.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAuctionBeikeItemSyncResponse {
  /** 结果描述 */
  result_code?: TaobaoAuctionBeikeItemSyncResultCode;
  /** 成功上传的商品ID列表 */
  value?: Int64[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BeikeItemDo` of `taobao.auction.beike.item.sync`. */
export interface TaobaoAuctionBeikeItemSyncBeikeItemDoInput {
  /** 小区参考均价（单位：元）Double */
  ref_unit_price?: Int64Input;
  /** 城市（简称） */
  city?: string;
  /** 总价（单位：元）Double */
  total_price?: Int64Input;
  /** 标题 */
  title?: string;
  /** 房屋用途 */
  house_purpose?: string;
  /** 交易权属 */
  trans_ownership?: string;
  /** 小区评分 */
  community_score?: Int64Input;
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
  house_area?: Int64Input;
  /** 朝向 */
  house_toward?: string;
  /** 楼层 */
  floor_desc?: string;
  /** 省份 */
  prov?: string;
  /** 物业费 */
  property_unit_price?: Int64Input;
  /** 经度 */
  lat?: Int64Input;
  /** 车位比 */
  parking_ratio?: string;
  /** 单价 */
  unit_price?: Int64Input;
  /** 地址 */
  address?: string;
  /** 纬度 */
  lng?: Int64Input;
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
  greening_rate?: Int64Input;
  /** 建筑类型 */
  building_type?: string;
}

/** `ResultCode` of `taobao.auction.beike.item.sync`. */
export interface TaobaoAuctionBeikeItemSyncResultCode {
  /** 错误码 */
  code?: string;
  /** 错误信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  ds: 'Number',
  beike_item_do: {
    ref_unit_price: 'Number',
    city: 'String',
    total_price: 'Number',
    title: 'String',
    house_purpose: 'String',
    trans_ownership: 'String',
    community_score: 'Number',
    building_time: 'Number',
    feature: 'String',
    property_management: 'String',
    community_alias: 'String',
    broker_tele: 'String',
    house_area: 'Number',
    house_toward: 'String',
    floor_desc: 'String',
    prov: 'String',
    property_unit_price: 'Number',
    lat: 'Number',
    parking_ratio: 'String',
    unit_price: 'Number',
    address: 'String',
    lng: 'Number',
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
    greening_rate: 'Number',
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

/** Static description of `taobao.auction.beike.item.sync`: method, response root, request and response schemas. */
export const taobaoAuctionBeikeItemSyncOperation = {
  method: 'taobao.auction.beike.item.sync',
  responseRoot: 'auction_beike_item_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 贝壳商品同步接口 — calls TOP method `taobao.auction.beike.item.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAuctionBeikeItemSync(
  client: TopClient,
  request: TaobaoAuctionBeikeItemSyncRequest = {},
  options?: CallOptions,
): Promise<TaobaoAuctionBeikeItemSyncResponse> {
  return client.call<TaobaoAuctionBeikeItemSyncResponse>(
    {
      method: 'taobao.auction.beike.item.sync',
      responseRoot: 'auction_beike_item_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
