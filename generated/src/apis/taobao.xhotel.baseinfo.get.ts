// Generated from specs/xhotelitem/taobao.xhotel.baseinfo.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.baseinfo.get` (酒店基础信息查询接口). */
export interface TaobaoXhotelBaseinfoGetRequest {
  /** 淘宝酒店ID */
  hid?: Int64Input;
  /**
   * 推荐使用卖家系统中的酒店ID。
   *
   * Max length: 64
   */
  out_hid?: string;
  /**
   * 用于标示该酒店发布的渠道信息
   *
   * Max length: 50
   */
  vendor?: string;
  /** 是否需要房价基本信息（false为不需要），默认为需要 */
  is_need_rate_plan?: boolean;
  /** 是否需要房型基本信息（false为不需要），默认为需要 */
  is_need_room_type?: boolean;
  /** 是否需要 根据 hid 查询 标准房型列表 */
  need_s_room_type_list?: boolean;
  /** 是否需要酒店房型可售详情 */
  need_hotel_dynamic_info?: boolean;
  /** 在查询酒店房型可售详情 时的入参JSON , {\@link com.taobao.trip.hpc.client.query.HotelSellerInvQuery} */
  json_hotel_seller_inv_query?: string;
}

/** Response of `taobao.xhotel.baseinfo.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelBaseinfoGetResponse {
  /** result */
  result?: TaobaoXhotelBaseinfoGetResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSet` of `taobao.xhotel.baseinfo.get`. */
export interface TaobaoXhotelBaseinfoGetResultSet {
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** 酒店基础信息 */
  xhotel_base_info?: TaobaoXhotelBaseinfoGetXHotelBaseInfo;
  /** success */
  success?: boolean;
}

/** `XHotelBaseInfo` of `taobao.xhotel.baseinfo.get`. */
export interface TaobaoXhotelBaseinfoGetXHotelBaseInfo {
  /** 房型基础信息 */
  room_type_list?: TaobaoXhotelBaseinfoGetRoomType[];
  /** 房价基础信息(需要新增rp时绑定酒店) */
  rate_plan_list?: TaobaoXhotelBaseinfoGetRatePlan[];
  /** 卖家酒店对象 */
  hotel?: TaobaoXhotelBaseinfoGetHotel;
  /** 标准房型列表 */
  s_room_type_list?: TaobaoXhotelBaseinfoGetSroomtypelist[];
  /** 酒店房型可售详情查询总数 */
  total_hotel_dynamic_info?: Int64;
  /** 酒店房型可售详情查 */
  hotel_dynamic_info_list?: TaobaoXhotelBaseinfoGetHoteldynamicinfo[];
  /** 酒店维度特殊标签含义, json: {"pure-direct-hotel":0,"direct-manual-order-hotel":1,"ebk-direct-hotel":0,"non-direct-hotel":1,"allow-dingding-business-travel-hotel":1,"willing-dingding-bussiness-travel-hotel":0,"calendar-room-package-hotel":1,"dijiajiajia-hotel":0,"ebk-number-of-confirm-room-hotel":1} , key含义: pure-direct-hotel 表示纯直连酒店, direct-manual-order-hotel 和 ebk-direct-hotel 和 non-direct-hotel 这三个key对应value都是0 . direct-manual-order-hotel 表示 人工承接失败订单的酒店标签。如果某个直连酒店打了该标签，那么直连下单失败以后，允许人工承接订单，由人工跟进 . ebk-direct-hotel 表示 ebk直连酒店标。如果某个酒店打了该标签，那么这个酒店下允许通过ebk发布直连rp . non-direct-hotel 表示 卖家非直连酒店标签。如果某个酒店打了该标签，那么该酒店下单不会走直连交易。 allow-dingding-business-travel-hotel 表示 允许进入阿里商旅渠道（钉钉）售卖信用住的单体酒店 willing-dingding-bussiness-travel-hotel 表示 已签协议愿意加入阿里商旅渠道售卖信用住的单体酒店 . calendar-room-package-hotel 表示 酒店可以参加日历房套餐活动包括创建，修改，删除活动信息（高星集团GMV项目） dijiajiajia-hotel 表示 底价加价酒店权限标。只有打了该标的酒店才允许维护底价加价规则和包房rp . ebk-number-of-confirm-room-hotel 表示ebk确认订单，是否要输入外部确认号 */
  tag_json?: string;
}

/** `RoomType` of `taobao.xhotel.baseinfo.get`. */
export interface TaobaoXhotelBaseinfoGetRoomType {
  /** 房型名称 */
  name?: string;
  /** 阿里房型id */
  rid?: Int64;
  /** 房型状态。0:正常，-1:删除，-2:停售 */
  status?: number;
  /** 系统商，一般不填写，使用须申请 */
  vendor?: string;
  /** 商家房型ID */
  outer_id?: string;
}

/** `RatePlan` of `taobao.xhotel.baseinfo.get`. */
export interface TaobaoXhotelBaseinfoGetRatePlan {
  /** 系统商，一般不填写，使用须申请 */
  vendor?: string;
  /** 房价名称 */
  name?: string;
  /** 卖家自己系统的Code，简称RateCode */
  rate_plan_code?: string;
  /** 阿里房价id */
  rate_plan_id?: Int64;
  /** 1：开启2：关闭。 */
  status?: Int64;
}

/** `Hotel` of `taobao.xhotel.baseinfo.get`. */
export interface TaobaoXhotelBaseinfoGetHotel {
  /** 酒店ID */
  hid?: Int64;
  /** 酒店修改备注 */
  remark?: string;
  /** 酒店电话。格式：国家代码（最长6位）#区号（最长4位）#电话（最长20位）。国家代码提示：中国大陆0086、香港00852、澳门00853、台湾00886 */
  tel?: string;
  /** 酒店设施。json格式 */
  hotel_facilities?: string;
  /** 酒店类型 */
  type?: string;
  /** 扩展信息 */
  ext?: string;
  /** 城市编码 */
  city?: Int64;
  /** 邮编 */
  postal_code?: string;
  /** 楼层信息 */
  floors?: string;
  /** 卖家名称 */
  seller_nick?: string;
  /** 酒店中文描述 */
  description?: string;
  /** 省份编码 */
  province?: Int64;
  /** 经度 */
  longitude?: string;
  /** 匹配是否人工确认 */
  data_confirm?: Int64;
  /** 房间数 */
  rooms?: Int64;
  /** 货币类型（编码,字母编码） */
  currency_code_name?: string;
  /** 酒店状态 */
  status?: Int64;
  /** 酒店英文描述 */
  en_desc?: string;
  /** domestic=0时，固定China； domestic=1时，是海外国家编码值 */
  country?: string;
  /** 酒店入住政策 */
  hotel_policies?: string;
  /** 纬度 */
  latitude?: string;
  /** 操作人信息 */
  oper_xiaoer_name?: string;
  /** 酒店外部ID */
  outer_id?: string;
  /** 酒店修改时间 */
  gmt_modified?: string;
  /** 酒店下架类型 */
  down_shelf_type?: Int64;
  /** 酒店英文地址 */
  en_addr?: string;
  /** 标准酒店ID */
  shid?: Int64;
  /** 商圈 */
  business?: string;
  /** 酒店曾用名 */
  used_name?: string;
  /** 酒店图片信息 */
  pics?: string;
  /** 房间设施 */
  room_facilities?: string;
  /** 酒店名 */
  name?: string;
  /** 坐标类型，现在支持：G : Google:B : 百度;A : 高德;M : Mapbar;L : 灵图 */
  position_type?: string;
  /** 酒店支付结算类型 */
  billing_process_type?: Int64;
  /** 地区编码 */
  district?: Int64;
  /** 酒店名称(英文) */
  name_e?: string;
  /** 酒店创建时间 */
  gmt_create?: string;
  /** 酒店的销售渠道 */
  vendor?: string;
  /** 扩展信息 */
  extend?: string;
  /** 酒店星级 */
  star?: string;
  /** 预订须知 */
  booking_notice?: string;
  /** 是否国外。 */
  domestic?: Int64;
  /** 装修时间 */
  decorate_time?: string;
  /** 来源 */
  source?: Int64;
  /** 酒店地址 */
  address?: string;
  /** 卖家ID */
  seller_id?: Int64;
  /** 匹配状态 */
  match_status?: Int64;
  /** 酒店服务 */
  service?: string;
  /** 品牌 */
  brand?: string;
  /** 判断该酒店是不是对应的卖家直营 */
  kzzy_tag?: Int64;
  /** 开业时间 */
  opening_time?: string;
}

/** `Sroomtypelist` of `taobao.xhotel.baseinfo.get`. */
export interface TaobaoXhotelBaseinfoGetSroomtypelist {
  /** 窗型 */
  window_type?: string;
  /** 酒店图片结构化信息 */
  pics_info?: string;
  /** 宽带服务 */
  network_service?: string;
  /** 最后变更人 */
  last_modify?: string;
  /** includeTypes */
  include_types?: string;
  /** 创建人 */
  auditor?: string;
  /** 标准酒店ID */
  shid?: Int64;
  /** 房型原始图片 */
  original_pics?: string;
  /** 版本号 */
  version?: Int64;
  /** 标准房型ID */
  srid?: Int64;
  /** 房型图片 */
  pics?: string;
  /** 图片扩展字段 */
  pics_ext?: string;
  /** 面积 */
  area?: string;
  /** 设施 */
  facility?: string;
  /** 标准房型名称 */
  name?: string;
  /** propertiesDOs */
  properties_d_os?: string;
  /** 是否可加床 */
  add_bed?: Int64;
  /** 标准房型的英文名 */
  name_e?: string;
  /** 状态 */
  status?: Int64;
  /** 扩展信息 */
  extend?: string;
  /** 床型 */
  bed?: string;
  /** transferPics */
  transfer_pics?: string;
  /** 楼层 */
  floor?: string;
  /** 来源 */
  source?: Int64;
  /** bedList */
  bed_list?: string;
  /** 最大入住人数 */
  max_occupancy?: Int64;
  /** 外部id */
  outer_id?: string;
}

/** `Hoteldynamicinfo` of `taobao.xhotel.baseinfo.get`. */
export interface TaobaoXhotelBaseinfoGetHoteldynamicinfo {
  /** 不可售原因 */
  unsale_reason?: string;
  /** 酒店hid */
  hid?: Int64;
  /** 酒店状态 */
  status?: Int64;
  /** 酒店的销售渠道 */
  vendor?: string;
  /** 可售健康房型数 */
  ks_heathy_room_num?: Int64;
  /** 电话 */
  tel?: string;
  /** 标准酒店ID */
  shid?: Int64;
  /** 城市名称 */
  city_str?: string;
  /** 城市编码 */
  city?: Int64;
  /** id */
  id?: Int64;
  /** 房型数 */
  room_nun?: Int64;
  /** 卖家昵称 */
  seller_nick?: string;
  /** 地址 */
  address?: string;
  /** 可售房型数 */
  ks_room_num?: Int64;
  /** 卖家ID */
  seller_id?: Int64;
  /** 不可售原因 */
  unsale_type?: Int64;
  /** 酒店名字 */
  name?: string;
  /** 分析日期 */
  calculate_date?: string;
  /** 酒店匹配 */
  data_confirm?: Int64;
  /** 酒店外部ID */
  outer_id?: string;
}

const REQUEST_SCHEMA = {
  hid: 'Number',
  out_hid: 'String',
  vendor: 'String',
  is_need_rate_plan: 'Boolean',
  is_need_room_type: 'Boolean',
  need_s_room_type_list: 'Boolean',
  need_hotel_dynamic_info: 'Boolean',
  json_hotel_seller_inv_query: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    xhotel_base_info: {
      room_type_list: [
        {
          name: 'String',
          rid: 'Number',
          status: 'byte',
          vendor: 'String',
          outer_id: 'String',
        },
      ],
      rate_plan_list: [
        {
          vendor: 'String',
          name: 'String',
          rate_plan_code: 'String',
          rate_plan_id: 'Number',
          status: 'Number',
        },
      ],
      hotel: {
        hid: 'Number',
        remark: 'String',
        tel: 'String',
        hotel_facilities: 'String',
        type: 'String',
        ext: 'String',
        city: 'Number',
        postal_code: 'String',
        floors: 'String',
        seller_nick: 'String',
        description: 'String',
        province: 'Number',
        longitude: 'String',
        data_confirm: 'Number',
        rooms: 'Number',
        currency_code_name: 'String',
        status: 'Number',
        en_desc: 'String',
        country: 'String',
        hotel_policies: 'String',
        latitude: 'String',
        oper_xiaoer_name: 'String',
        outer_id: 'String',
        gmt_modified: 'Date',
        down_shelf_type: 'Number',
        en_addr: 'String',
        shid: 'Number',
        business: 'String',
        used_name: 'String',
        pics: 'String',
        room_facilities: 'String',
        name: 'String',
        position_type: 'String',
        billing_process_type: 'Number',
        district: 'Number',
        name_e: 'String',
        gmt_create: 'Date',
        vendor: 'String',
        extend: 'String',
        star: 'String',
        booking_notice: 'String',
        domestic: 'Number',
        decorate_time: 'String',
        source: 'Number',
        address: 'String',
        seller_id: 'Number',
        match_status: 'Number',
        service: 'String',
        brand: 'String',
        kzzy_tag: 'Number',
        opening_time: 'String',
      },
      s_room_type_list: [
        {
          window_type: 'String',
          pics_info: 'String',
          network_service: 'String',
          last_modify: 'String',
          include_types: 'String',
          auditor: 'String',
          shid: 'Number',
          original_pics: 'String',
          version: 'Number',
          srid: 'Number',
          pics: 'String',
          pics_ext: 'String',
          area: 'String',
          facility: 'String',
          name: 'String',
          properties_d_os: 'String',
          add_bed: 'Number',
          name_e: 'String',
          status: 'Number',
          extend: 'String',
          bed: 'String',
          transfer_pics: 'String',
          floor: 'String',
          source: 'Number',
          bed_list: 'String',
          max_occupancy: 'Number',
          outer_id: 'String',
        },
      ],
      total_hotel_dynamic_info: 'Number',
      hotel_dynamic_info_list: [
        {
          unsale_reason: 'String',
          hid: 'Number',
          status: 'Number',
          vendor: 'String',
          ks_heathy_room_num: 'Number',
          tel: 'String',
          shid: 'Number',
          city_str: 'String',
          city: 'Number',
          id: 'Number',
          room_nun: 'Number',
          seller_nick: 'String',
          address: 'String',
          ks_room_num: 'Number',
          seller_id: 'Number',
          unsale_type: 'Number',
          name: 'String',
          calculate_date: 'String',
          data_confirm: 'Number',
          outer_id: 'String',
        },
      ],
      tag_json: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.baseinfo.get`: method, response root, request and response schemas. */
export const taobaoXhotelBaseinfoGetOperation = {
  method: 'taobao.xhotel.baseinfo.get',
  responseRoot: 'xhotel_baseinfo_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 酒店基础信息查询接口 — calls TOP method `taobao.xhotel.baseinfo.get`.
 *
 * 酒店基础信息(酒店/房型/房价定义)查询接口， 包括 酒店房型可售, 以及 hid 下 的标准房型列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelBaseinfoGet(
  client: TopClient,
  request: TaobaoXhotelBaseinfoGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelBaseinfoGetResponse> {
  return client.call<TaobaoXhotelBaseinfoGetResponse>(
    {
      method: 'taobao.xhotel.baseinfo.get',
      responseRoot: 'xhotel_baseinfo_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
