// Generated from specs/xhotelitem/taobao.xhotel.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.get` (酒店查询接口). */
export interface TaobaoXhotelGetRequest {
  /** 废弃，请使用outer_id */
  hid?: Int64Input;
  /**
   * 卖家系统中的酒店ID。
   *
   * Max length: 64
   */
  outer_id?: string;
  /**
   * 系统商，一般不用填写，使用须申请
   *
   * Max length: 50
   */
  vendor?: string;
  /** 是否需要在售状态(默认false不需要) */
  need_sale_info?: boolean;
}

/** Response of `taobao.xhotel.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelGetResponse {
  /** 查询得到的hotel */
  xhotel?: TaobaoXhotelGetFirstResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FirstResult` of `taobao.xhotel.get`. */
export interface TaobaoXhotelGetFirstResult {
  /** 酒店ID */
  hid?: Int64;
  /** 酒店状态：0: 正常;-2:停售；-1：删除 */
  status?: Int64;
  /** 淘宝标准酒店信息 */
  s_hotel?: TaobaoXhotelGetShotel;
  /** 未通过时的拒绝原因等。 */
  error_info?: string;
  /** 卖家自己系统的id */
  outer_id?: string;
  /** 酒店名称 */
  name?: string;
  /** 0:国内;1:国外 */
  domestic?: Int64;
  /** 国家编码 */
  country?: string;
  /** 曾用名 */
  used_name?: string;
  /** 省份编码 */
  province?: Int64;
  /** 城市编码 */
  city?: Int64;
  /** 地区编码 */
  district?: Int64;
  /** 商圈信息 */
  business?: string;
  /** 酒店地址 */
  address?: string;
  /** 经度 */
  longitude?: string;
  /** 纬度 */
  latitude?: string;
  /** 坐标类型 */
  position_type?: string;
  /** 酒店电话 */
  tel?: string;
  /** 扩展信息 */
  extend?: string;
  /** hotel匹配状态: 0：待系统匹配 1：已系统匹配，匹配成功，待卖家确认 2：已系统匹配，匹配失败，待人工匹配 3：已人工匹配，匹配成功，待卖家确认 4：已人工匹配，匹配失败 5：卖家已确认，确认&ldquo;YES&rdquo; 6：卖家已确认，确认&ldquo;NO&rdquo; 7:已系统匹配，但是匹配重复，待人工确认 */
  match_status?: Int64;
  /** 创建时间 */
  created_time?: string;
  /** 修改时间 */
  modified_time?: string;
  /** 匹配结果 */
  data_confirm_str?: string;
  /** 逗号分隔的字符串 1visa；2万事达卡；3美国运通卡；4发现卡；5大来卡；6JCB卡；7银联卡 */
  credit_card_types?: string;
  /** 卖家酒店英文名称 */
  name_e?: string;
  /** vendor */
  vendor?: string;
  /** 酒店维度特殊标签含义, json: {"pure-direct-hotel":0,"direct-manual-order-hotel":1,"ebk-direct-hotel":0,"non-direct-hotel":1,"allow-dingding-business-travel-hotel":1,"willing-dingding-bussiness-travel-hotel":0,"calendar-room-package-hotel":1,"dijiajiajia-hotel":0,"ebk-number-of-confirm-room-hotel":1} , key含义: pure-direct-hotel 表示纯直连酒店, direct-manual-order-hotel 和 ebk-direct-hotel 和 non-direct-hotel 这三个key对应value都是0 . direct-manual-order-hotel 表示 人工承接失败订单的酒店标签。如果某个直连酒店打了该标签，那么直连下单失败以后，允许人工承接订单，由人工跟进 . ebk-direct-hotel 表示 ebk直连酒店标。如果某个酒店打了该标签，那么这个酒店下允许通过ebk发布直连rp . non-direct-hotel 表示 卖家非直连酒店标签。如果某个酒店打了该标签，那么该酒店下单不会走直连交易。 allow-dingding-business-travel-hotel 表示 允许进入阿里商旅渠道（钉钉）售卖信用住的单体酒店 willing-dingding-bussiness-travel-hotel 表示 已签协议愿意加入阿里商旅渠道售卖信用住的单体酒店 . calendar-room-package-hotel 表示 酒店可以参加日历房套餐活动包括创建，修改，删除活动信息（高星集团GMV项目） dijiajiajia-hotel 表示 底价加价酒店权限标。只有打了该标的酒店才允许维护底价加价规则和包房rp . ebk-number-of-confirm-room-hotel 表示ebk确认订单，是否要输入外部确认号 . nonstandard-project-hotel 表示该酒店是否参加非标项目 */
  tag_json?: string;
  /** 标识该酒店所走的 结算流程，如果是null 默认是 国内结算流程，否则是其他的，比如：海外信用住结算流程 */
  billing_process_type?: Int64;
  /** 货币类型（编码,字母编码）,hid 维度支持的币种信息,目前只能 add 时添加，不支持 update时更新,,如果DB中是null ，则默认是人民币 CNY */
  currency_code_name?: string;
  /** 酒店对应的旺旺号 */
  ali_nick?: string;
  /** 资源方房型设施 */
  standard_room_facilities?: string;
  /** 资源方酒店服务 */
  standard_hotel_service?: string;
  /** 资源方酒店设施 */
  standard_hotel_facilities?: string;
  /** 资源方预订须知 */
  standard_booking_notice?: string;
  /** 资源方娱乐设施 */
  standard_amuse_facilities?: string;
  /** 离线数据,该酒店在售1,不在售0,未知-1 */
  on_sale?: Int64;
  /** 离线数据,该酒店热搜1,非热搜0,未知-1 */
  hot_search?: Int64;
  /** 离线数据,该酒店热卖1,非热卖0,未知-1 */
  hot_sale?: Int64;
}

/** `Shotel` of `taobao.xhotel.get`. */
export interface TaobaoXhotelGetShotel {
  /** 酒店ID */
  shid?: Int64;
  /** name */
  name?: string;
  /** used_name */
  used_name?: string;
  /** 酒店类型 */
  type?: string;
  /** 0:国内;1:国外 */
  domestic?: Int64;
  /** 国家编码 */
  country?: string;
  /** 地区标签 */
  city_tag?: string;
  /** 省份编码 */
  province?: Int64;
  /** 城市编码 */
  city?: Int64;
  /** 区域编码 */
  district?: Int64;
  /** business */
  business?: string;
  /** 酒店地址 */
  address?: string;
  /** 酒店级别 */
  level?: string;
  /** longitude */
  longitude?: string;
  /** latitude */
  latitude?: string;
  /** position_type */
  position_type?: Int64;
  /** 酒店电话 */
  tel?: string;
  /** 传真 */
  fax?: string;
  /** 开业年份 */
  opening_time?: string;
  /** 装修年份 */
  decorate_time?: string;
  /** 楼层数 */
  storeys?: string;
  /** 扩展信息的JSON */
  extend?: string;
  /** 房间数 */
  rooms?: Int64;
  /** 酒店介绍 */
  desc?: string;
  /** 交通距离与设施服务。JSON格式。 */
  service?: string;
  /** 酒店设施 */
  hotel_facilities?: string;
  /** 房间设施 */
  room_facilities?: string;
  /** 酒店图片url */
  pic_url?: string;
  /** 创建时间 */
  created_time?: string;
  /** 修改时间 */
  modified_time?: string;
  /** 0：营业中；-1：筹建中；- 4：失效 */
  status?: Int64;
  /** 邮编 */
  postal_code?: string;
  /** brand */
  brand?: string;
  /** 杂费 */
  fee?: string;
  /** 标准酒店英文名 */
  name_e?: string;
  /** 0：酒店 1：客栈 */
  is_kezhan?: Int64;
}

const REQUEST_SCHEMA = {
  hid: 'Number',
  outer_id: 'String',
  vendor: 'String',
  need_sale_info: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  xhotel: {
    hid: 'Number',
    status: 'Number',
    s_hotel: {
      shid: 'Number',
      name: 'String',
      used_name: 'String',
      type: 'String',
      domestic: 'Number',
      country: 'String',
      city_tag: 'String',
      province: 'Number',
      city: 'Number',
      district: 'Number',
      business: 'String',
      address: 'String',
      level: 'String',
      longitude: 'String',
      latitude: 'String',
      position_type: 'Number',
      tel: 'String',
      fax: 'String',
      opening_time: 'String',
      decorate_time: 'String',
      storeys: 'String',
      extend: 'String',
      rooms: 'Number',
      desc: 'String',
      service: 'String',
      hotel_facilities: 'String',
      room_facilities: 'String',
      pic_url: 'String',
      created_time: 'Date',
      modified_time: 'Date',
      status: 'Number',
      postal_code: 'String',
      brand: 'String',
      fee: 'String',
      name_e: 'String',
      is_kezhan: 'Number',
    },
    error_info: 'String',
    outer_id: 'String',
    name: 'String',
    domestic: 'Number',
    country: 'String',
    used_name: 'String',
    province: 'Number',
    city: 'Number',
    district: 'Number',
    business: 'String',
    address: 'String',
    longitude: 'String',
    latitude: 'String',
    position_type: 'String',
    tel: 'String',
    extend: 'String',
    match_status: 'Number',
    created_time: 'Date',
    modified_time: 'Date',
    data_confirm_str: 'String',
    credit_card_types: 'String',
    name_e: 'String',
    vendor: 'String',
    tag_json: 'String',
    billing_process_type: 'Number',
    currency_code_name: 'String',
    ali_nick: 'String',
    standard_room_facilities: 'String',
    standard_hotel_service: 'String',
    standard_hotel_facilities: 'String',
    standard_booking_notice: 'String',
    standard_amuse_facilities: 'String',
    on_sale: 'Number',
    hot_search: 'Number',
    hot_sale: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.get`: method, response root, request and response schemas. */
export const taobaoXhotelGetOperation = {
  method: 'taobao.xhotel.get',
  responseRoot: 'xhotel_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 酒店查询接口 — calls TOP method `taobao.xhotel.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelGet(
  client: TopClient,
  request: TaobaoXhotelGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelGetResponse> {
  return client.call<TaobaoXhotelGetResponse>(
    {
      method: 'taobao.xhotel.get',
      responseRoot: 'xhotel_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
