// Generated from specs/xhotelitem/taobao.xhotel.bnbhouse.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.bnbhouse.add` (民宿门店信息添加). */
export interface TaobaoXhotelBnbhouseAddRequest {
  /** 外部房东id */
  out_owner_id: string;
  /** 入住要求&附加信息 */
  bnb_booking_time?: TaobaoXhotelBnbhouseAddBnbBookingTimeDtoInput;
  /** 装修等级 1 精装 2普通 3简装 */
  decorate_level?: Int64Input;
  /** 联系方式。格式：国家代码（最长6位）#区号（最长4位）#电话（最长20位）。国家代码提示：中国大陆0086、香港00852、澳门00853、台湾00886 */
  tel: string;
  /** 是否可接待外宾 0不接待 1接待,默认值: 0 */
  receive_foreigners?: Int64Input;
  /** 门店英文名称 */
  name_e?: string;
  /** 装修时间，格式为2015-01-01 */
  decorate_time?: string;
  /** 可加床数 */
  extra_beds_num?: Int64Input;
  /** 门店标签 标签信息，逗号(,)分隔 */
  tags?: string;
  /** 是否有前台 0没有 1有 */
  has_front_desk?: Int64Input;
  /** 可接待客人年龄情况：是否接待儿童、老人；成年人必接待，详见“可接待客人”list */
  guest_age?: Int64Input;
  /** 结算过程中的结算币种符合，如需对接请联系飞猪技术支持，请谨慎使用 */
  settlement_currency?: string;
  /**
   * 门店名称
   *
   * Max length: 60
   */
  name: string;
  /** 是否使用实拍图片 0不使用 1使用 */
  is_use_shoot_image?: Int64Input;
  /** 房型状态。0:正常，-1:删除，-2:停售 */
  status: number;
  /** 可接待客人性别 0：不限制，1：只限男性，2：只限女性' */
  guest_gender?: Int64Input;
  /** 详见“允许活动”list 12,32,33, */
  activities_allowed?: string;
  /** 开业时间，格式为2015-01-01 */
  opening_time?: string;
  /** 门店简介 */
  description?: string;
  /**
   * 民宿门店添加
   *
   * Max list size: 999
   */
  pictures: TaobaoXhotelBnbhouseAddBnbPictureDTOInput[];
  /** 有无资质执照 0 无资质 1有资质 */
  has_license: Int64Input;
  /** 楼层 */
  floors?: string;
  /** 视频地址 */
  video_url?: string;
  /** 对接系统商名称：可为空不要乱填，需要申请后使用 */
  vendor?: string;
  /** 门店类型，详见“房源类型list */
  product_type: Int64Input;
  /** 加人收费信息 */
  charge?: TaobaoXhotelBnbhouseAddBnbChargeDtoInput;
  /** 装修风格，详见装修风格枚举表 */
  decorate_style?: Int64Input;
  /** 入住须知 */
  check_in_notes?: string;
  /** 真实联系方式 */
  real_tel: string;
  /** 位置信息 */
  location: TaobaoXhotelBnbhouseAddBnbLocationDtoInput;
  /** 门店属性 1 个人房源 2 城市公寓 3 乡村民宿等 */
  attributes: Int64Input;
  /** 供应商渠道门店ID */
  outer_id: string;
  /** 风景类型，详见风景类型枚举表 */
  scenic_feature?: Int64Input;
  /** 品牌名称 */
  brand?: string;
  /** 酒店设施。json格式示例值：{"24152":true,"24149":true,"24150":true}，key取值参见 https://open.alitrip.com/docs/doc.htm?spm=0.0.0.0.vSVPks&docType=1&articleId=108416&previewCode=987A11324A278EF679E24102BA30D426 中type=20的分类 */
  facilities?: string;
  /** 面积大小 */
  house_size?: Int64Input;
  /** 匹配的标准门店 */
  shid?: Int64Input;
  /** 标准酒店服务,参考文档https://fliggy.open.taobao.com/doc.htm?docId=120362&docType=1 */
  standard_hotel_facilities: string;
  /** 传入是或者否，是表明为菲住合作模式，hid打标；“否”表示为正常合作模式，hid去标；不传保持原有的合作模式不变 */
  is_feizhu_hotel?: boolean;
  /** 作为菲住门店签约的佣金比率,范围为10-50 */
  commission_rate?: Int64Input;
}

/** Response of `taobao.xhotel.bnbhouse.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelBnbhouseAddResponse {
  /** 系统自动生成 */
  results?: TaobaoXhotelBnbhouseAddXHotel[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BnbBookingTimeDto` of `taobao.xhotel.bnbhouse.add`. */
export interface TaobaoXhotelBnbhouseAddBnbBookingTimeDtoInput {
  /** 开始接待时间 hh:mm,24小时时间格式 */
  start_reception_time?: string;
  /** 结束接待时间 hh:mm,24小时时间格式 */
  end_reception_time?: string;
  /** 最早入住时间 hh:mm,24小时时间格式住时间,默认值: 14:00 */
  earliest_check_in_time?: string;
  /** 最晚预定时间 hh:mm,24小时时间格式 */
  latest_booking_time?: string;
  /** 最晚入住时间 hh:mm,24小时时间格式 */
  latest_check_in_time?: string;
  /** 最晚离店时间 hh:mm,24小时时间格式,默认值: 12:00 */
  latest_check_out_time?: string;
}

/** `BnbPictureDTO` of `taobao.xhotel.bnbhouse.add`. */
export interface TaobaoXhotelBnbhouseAddBnbPictureDTOInput {
  /** 图片属性 取值范围只能是：[普通图, 平面图, 全景图] */
  attribute: string;
  /** 是否主图 主图只能有一个，如果有多个或者没有，则会报错 */
  ismain: boolean;
  /** type表示图片类型，取值范围只能是：[周边, 外观, 商务中心, 健身房, 其他, 会议室, 餐厅, 浴室, 客房, 公共区域, 娱乐设施, 大堂, 泳池] */
  type: string;
  /** 图片地址 */
  url: string;
  /** 图片描述 */
  des?: string;
}

/** `BnbChargeDto` of `taobao.xhotel.bnbhouse.add`. */
export interface TaobaoXhotelBnbhouseAddBnbChargeDtoInput {
  /** 允许加人数 */
  num?: Int64Input;
  /** 加人费用金额 */
  fee?: Int64Input;
  /** 是否允许加人 0不允许 1允许 */
  add_people?: Int64Input;
  /** 最小收费年龄 */
  min_charging_age?: Int64Input;
}

/** `BnbLocationDto` of `taobao.xhotel.bnbhouse.add`. */
export interface TaobaoXhotelBnbhouseAddBnbLocationDtoInput {
  /** domestic为0时，固定China； domestic为1时，必须传定义的海外国家编码值。参见：http://hotel.alitrip.com/area.htm */
  country: string;
  /** 门店地址 */
  address: string;
  /** 商圈 */
  business?: string;
  /** 城市编码。参见：http://hotel.alitrip.com/area.htm，domestic为false时，输入对应国家的海外城市编码，可调用海外城市查询接口获取；（更新时为可选） */
  city?: Int64Input;
  /** 纬度 */
  latitude: string;
  /** 坐标类型，现在支持：G – Google; B – 百度; A – 高德; M – Mapbar; L – 灵图 */
  position_type: string;
  /** 国别 0:国内;1:国外。默认是国内 */
  domestic: Int64Input;
  /** 省份编码http://hotel.alitrip.com/area.htm */
  province: Int64Input;
  /** 门店英文地址 */
  en_address?: string;
  /** 接待地址 */
  reception_address?: string;
  /** 区域（县级市）编码。参见：http://hotel.alitrip.com/area.htm */
  district: Int64Input;
  /** 时区0到+11或者0到-11 */
  timezone?: string;
  /** 门牌号 */
  doorplate?: string;
  /** 经度 */
  longitude: string;
  /** 城市名称，优先取city字段，city字段如果为空会校验cityName */
  city_name?: string;
}

/** `XHotel` of `taobao.xhotel.bnbhouse.add`. */
export interface TaobaoXhotelBnbhouseAddXHotel {
  /** 国家编码 */
  country?: string;
  /** 0:国内;1:国外 */
  domestic?: Int64;
  /** 对接系统商名称 */
  vendor?: string;
  /** 门店名称 */
  name?: string;
  /** 外部id */
  outer_id?: string;
  /** 修改时间 */
  modified_time?: string;
  /** 创建时间 */
  created_time?: string;
  /** 未通过时的拒绝原因等。 */
  error_info?: string;
  /** 淘宝标准门店信息 */
  shotel?: TaobaoXhotelBnbhouseAddXsHotel;
  /** 卖家门店ID */
  hid?: Int64;
  /** 英文名称 */
  name_e?: string;
  /** 门店电话 */
  tel?: string;
  /** position_type */
  position_type?: string;
  /** 纬度 */
  latitude?: string;
  /** 精度 */
  longitude?: string;
  /** 地址 */
  address?: string;
  /** 商圈 */
  business?: string;
  /** 地区 */
  district?: Int64;
  /** 城市 */
  city?: Int64;
  /** 省 */
  province?: Int64;
  /** 品牌 */
  brand?: string;
  /** 照片格式，json */
  pics?: string;
  /** 设施 */
  hotel_facilities?: string;
  /** 入住政策 */
  hotel_policies?: string;
  /** 描述 */
  description?: string;
  /** 房间数 */
  rooms?: Int64;
  /** 楼层 */
  floors?: string;
  /** 装修时间 */
  decorate_time?: string;
  /** 开业时间 */
  opening_time?: string;
  /** 预订须知 */
  booking_notice?: string;
}

/** `XsHotel` of `taobao.xhotel.bnbhouse.add`. */
export interface TaobaoXhotelBnbhouseAddXsHotel {
  /** 酒店地址 */
  address?: string;
  /** 商圈 */
  business?: string;
  /** 区域编码 */
  district?: Int64;
  /** 城市编码 */
  city?: Int64;
  /** 省份编码 */
  province?: Int64;
  /** 国家编码 */
  country?: string;
  /** 0:国内;1:国外 */
  domestic?: Int64;
  /** 门店名称 */
  name?: string;
  /** 系统自动生成 */
  shid?: Int64;
  /** 英文名称 */
  name_e?: string;
  /** 门店状态：0: 正常;-2:停售；-1：删除 */
  status?: Int64;
  /** 品牌 */
  brand?: string;
  /** 照片,json格式 */
  pics?: string;
  /** 交通距离与设施服务。JSON格式。 */
  service?: string;
  /** 酒店设施。json格式 */
  hotel_facilities?: string;
  /** 描述 */
  description?: string;
  /** 房间数 */
  rooms?: Int64;
  /** 楼层 */
  floors?: string;
  /** 装修时间 */
  decorate_time?: string;
  /** 开业年份 */
  opening_time?: string;
  /** 门店电话 */
  tel?: string;
  /** 纬度 */
  latitude?: string;
  /** position_type */
  position_type?: Int64;
  /** 精度 */
  longitude?: string;
}

const REQUEST_SCHEMA = {
  out_owner_id: 'String',
  bnb_booking_time: {
    start_reception_time: 'String',
    end_reception_time: 'String',
    earliest_check_in_time: 'String',
    latest_booking_time: 'String',
    latest_check_in_time: 'String',
    latest_check_out_time: 'String',
  },
  decorate_level: 'Number',
  tel: 'String',
  receive_foreigners: 'Number',
  name_e: 'String',
  decorate_time: 'String',
  extra_beds_num: 'Number',
  tags: 'String',
  has_front_desk: 'Number',
  guest_age: 'Number',
  settlement_currency: 'String',
  name: 'String',
  is_use_shoot_image: 'Number',
  status: 'byte',
  guest_gender: 'Number',
  activities_allowed: 'String',
  opening_time: 'String',
  description: 'String',
  pictures: [
    {
      attribute: 'String',
      ismain: 'Boolean',
      type: 'String',
      url: 'String',
      des: 'String',
    },
  ],
  has_license: 'Number',
  floors: 'String',
  video_url: 'String',
  vendor: 'String',
  product_type: 'Number',
  charge: {
    num: 'Number',
    fee: 'Number',
    add_people: 'Number',
    min_charging_age: 'Number',
  },
  decorate_style: 'Number',
  check_in_notes: 'String',
  real_tel: 'String',
  location: {
    country: 'String',
    address: 'String',
    business: 'String',
    city: 'Number',
    latitude: 'String',
    position_type: 'String',
    domestic: 'Number',
    province: 'Number',
    en_address: 'String',
    reception_address: 'String',
    district: 'Number',
    timezone: 'String',
    doorplate: 'String',
    longitude: 'String',
    city_name: 'String',
  },
  attributes: 'Number',
  outer_id: 'String',
  scenic_feature: 'Number',
  brand: 'String',
  facilities: 'String',
  house_size: 'Number',
  shid: 'Number',
  standard_hotel_facilities: 'String',
  is_feizhu_hotel: 'Boolean',
  commission_rate: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: [
    {
      country: 'String',
      domestic: 'Number',
      vendor: 'String',
      name: 'String',
      outer_id: 'String',
      modified_time: 'Date',
      created_time: 'Date',
      error_info: 'String',
      shotel: {
        address: 'String',
        business: 'String',
        district: 'Number',
        city: 'Number',
        province: 'Number',
        country: 'String',
        domestic: 'Number',
        name: 'String',
        shid: 'Number',
        name_e: 'String',
        status: 'Number',
        brand: 'String',
        pics: 'String',
        service: 'String',
        hotel_facilities: 'String',
        description: 'String',
        rooms: 'Number',
        floors: 'String',
        decorate_time: 'String',
        opening_time: 'String',
        tel: 'String',
        latitude: 'String',
        position_type: 'Number',
        longitude: 'String',
      },
      hid: 'Number',
      name_e: 'String',
      tel: 'String',
      position_type: 'String',
      latitude: 'String',
      longitude: 'String',
      address: 'String',
      business: 'String',
      district: 'Number',
      city: 'Number',
      province: 'Number',
      brand: 'String',
      pics: 'String',
      hotel_facilities: 'String',
      hotel_policies: 'String',
      description: 'String',
      rooms: 'Number',
      floors: 'String',
      decorate_time: 'String',
      opening_time: 'String',
      booking_notice: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.bnbhouse.add`: method, response root, request and response schemas. */
export const taobaoXhotelBnbhouseAddOperation = {
  method: 'taobao.xhotel.bnbhouse.add',
  responseRoot: 'xhotel_bnbhouse_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 民宿门店信息添加 — calls TOP method `taobao.xhotel.bnbhouse.add`.
 *
 * 添加和更新民宿门店的信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelBnbhouseAdd(
  client: TopClient,
  request: TaobaoXhotelBnbhouseAddRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelBnbhouseAddResponse> {
  return client.call<TaobaoXhotelBnbhouseAddResponse>(
    {
      method: 'taobao.xhotel.bnbhouse.add',
      responseRoot: 'xhotel_bnbhouse_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
