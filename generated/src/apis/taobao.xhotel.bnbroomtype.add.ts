// Generated from specs/xhotelitem/taobao.xhotel.bnbroomtype.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.bnbroomtype.add` (民宿新增房源). */
export interface TaobaoXhotelBnbroomtypeAddRequest {
  /** 单间面积，单位平方米 */
  rent_size?: Int64Input;
  /** 是否支持IM聊天 0不支持 1支持 */
  support_im?: Int64Input;
  /**
   * 房源外部标签 标签信息，逗号(,)分隔，最多1000字符
   *
   * Max length: 1000
   */
  outer_tags?: string;
  /** 清洁费是否收取 0：否 1：是 */
  cleaning_charge?: Int64Input;
  /** 发票，0：卖家提供发票，1：房东提供发票 */
  invoice: Int64Input;
  /** 装修等级 1 精装；2普通；3简装 */
  decorate_level?: Int64Input;
  /** 民宿入住要求&附加信息 */
  bnb_booking_time?: TaobaoXhotelBnbroomtypeAddBnbBookingTimeDtoInput;
  /** 外部门店id */
  out_hid: string;
  /** 酒店电话。格式：国家代码（最长6位）#区号（最长4位）#电话（最长20位）。国家代码提示：中国大陆0086、香港00852、澳门00853、台湾00886 */
  tel: string;
  /** 是否可接待外宾 0：否 1：是；默认值: 0 */
  receive_foreigners?: Int64Input;
  /**
   * 位置描述
   *
   * Max length: 1000
   */
  local_info?: string;
  /**
   * 品牌名称，最多100字符
   *
   * Max length: 100
   */
  brand?: string;
  /**
   * 房源图片只支持远程图片，格式如下：[{"url":"http://taobao.com/123.jpg","ismain":"true"},{"url":"http://taobao.com/456.jpg","ismain":"false"},{"url":"http://taobao.com/789.jpg","ismain":"false"}]其中url是远程图片的访问地址（URL地址必须是合法的，否则会报错），main是是否为主图。只能设置一张图片为主图。
   *
   * Max list size: 999
   */
  pics: TaobaoXhotelBnbroomtypeAddBnbPictureDTOInput[];
  /** 清洁费类型 0.线下；1.线上 */
  cleaning_type?: Int64Input;
  /** 押金金额 */
  deposit_amount?: Int64Input;
  /**
   * 房源英文名
   *
   * Max length: 128
   */
  name_e?: string;
  /** 装修时间，格式为2015-01-01装修时间 */
  decorate_time?: string;
  /** 0-n；若不可加床，值为0 */
  extra_beds_num?: Int64Input;
  /** 可提供发票类型，1.专票 2.纸质普票 3.电子普票 */
  invoice_type: Int64Input;
  /** 是否有前台 0没有 1有 */
  has_front_desk?: Int64Input;
  /** 是否接待儿童、老人；成年人必接待，详见“可接待客人”https://fliggy.open.taobao.com/doc.htm?docId=120148&docType=1 */
  guest_age?: Int64Input;
  /** 结算过程中的结算币种符合，如需对接请联系飞猪技术支持，请谨慎使用 */
  settlement_currency?: string;
  /**
   * 房源名
   *
   * Max length: 60
   * Max list size: 60
   */
  name: string[];
  /**
   * 周边描述
   *
   * Max length: 1000
   */
  surround_info?: string;
  /** 最大入住人数 1-99 */
  max_occupancy?: Int64Input;
  /** 是否使用实拍图片 0不使用 1使用 */
  is_use_shoot_image?: Int64Input;
  /** 状态 0：在线 -1：不在线 -2:停售 */
  status: number;
  /** 0：不限制，1：只限男性，2：只限女性' */
  guest_gender?: Int64Input;
  /**
   * 详见“允许活动”：https://fliggy.open.taobao.com/doc.htm?docId=120148&docType=1 ，最多500字符
   *
   * Max length: 500
   */
  activities_allowed?: string;
  /** 清洁费金额；整数[1，9999999] */
  extra_cleaning_charge?: Int64Input;
  /** 开业时间，格式为2015-01-01 */
  opening_time?: string;
  /** 出租类型，1整租；2分租。3床位 默认整租，该字段不能更新 */
  rent_type: Int64Input;
  /** 如果要变更商品房源编码请使用该字段。 */
  new_outer_id?: string;
  /** 房屋户型， bedroom: 室, bathroom: 卫, livingroom: 厅, study: 书房, balcony: 阳台,kitchen: 厨房,bedroom和livingroom不能为空 */
  house_model: string;
  /** 0-无窗 1-有窗 2-部分有窗 3-暗窗 4-部分暗窗 5-落地窗 */
  window_type?: Int64Input;
  /** 有无资质执照 0 没有 1有 */
  has_license: Int64Input;
  /**
   * 视频地址，最多1000字符
   *
   * Max length: 1000
   */
  video_url?: string;
  /** 销售渠道,默认taobao */
  vendor?: string;
  /**
   * 亮点描述，最多1000字符
   *
   * Max length: 1000
   */
  brightspot?: string;
  /** 是否开启闪订 0不开启 1开启 */
  quick_order?: Int64Input;
  /** 客房在建筑的第几层，隔层为1-2层，4-5层，7-8层 */
  floor?: string;
  /** 单间面积，单位平方米 */
  house_size: Int64Input;
  /** 房源类型,见https://fliggy.open.taobao.com/doc.htm?docId=120148&docType=1 */
  product_type?: Int64Input;
  /**
   * 房源介绍,最多2000字符
   *
   * Max length: 2000
   */
  introduction?: string;
  /** 是否与房东同住 0 不同住 1同住 */
  has_landlord?: Int64Input;
  /** 加人收费信息 */
  charge?: TaobaoXhotelBnbroomtypeAddBnbChargeDtoInput;
  /** 装修风格https://fliggy.open.taobao.com/doc.htm?docId=120148&docType=1 */
  decorate_style?: Int64Input;
  /** 是否信用免押金0：否 1：是 */
  supportcredit?: Int64Input;
  /**
   * 入住须知，最多2000字符
   *
   * Max length: 2000
   */
  check_in_notes?: string;
  /** 真实联系方式 */
  real_tel: string;
  /** 设施服务。json格式示例值：{"24152":true,"24149":true,"24150":true}，key取值参见 https://open.alitrip.com/docs/doc.htm?spm=0.0.0.0.vSVPks&docType=1&articleId=108416&previewCode=987A11324A278EF679E24102BA30D426 中type=40的分类 */
  service?: string;
  /** “打扫类型1(1客1扫/换),2(1天1扫/换),https://fliggy.open.taobao.com/doc.htm?docId=120148&docType=1 */
  cleaning_frequency?: Int64Input;
  /** 房源id, 这是卖家自己系统中的ID */
  outer_id: string;
  /** 民宿房源位置信息 */
  location: TaobaoXhotelBnbroomtypeAddBnbLocationDtoInput;
  /** 风景类型(枚举)https://fliggy.open.taobao.com/doc.htm?docId=120148&docType=1 */
  scenic_feature?: Int64Input;
  /** 押金类型0.线下；1.线上 */
  deposit_type?: Int64Input;
  /** 床信息: bedType:床型, desc: 床型名, width:床宽, length：床长, bedNum: 床数。床型取值见链接https://open.alitrip.com/docs/doc.htm?spm=0.0.0.0.4zBOVn&docType=1&articleId=108347 */
  bed_info: string;
  /**
   * 额外收费
   *
   * Max length: 2000
   */
  extra_fee?: string;
  /** 加床费,分为单位 */
  extra_beds_fee?: Int64Input;
  /**
   * 民宿名称，默认取bnbName
   *
   * Max length: 60
   * Max list size: 60
   */
  bnb_name?: string[];
  /** 添加标准房源匹配 */
  srid?: Int64Input;
  /** 标准酒店服务,参考文档https://fliggy.open.taobao.com/doc.htm?docId=120362&docType=1 */
  standard_room_facilities: string;
  /** 民宿扩展信息 */
  bnb_extend?: string;
}

/** Response of `taobao.xhotel.bnbroomtype.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelBnbroomtypeAddResponse {
  /** 房源信息 */
  xroomtype?: TaobaoXhotelBnbroomtypeAddXRoomType;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BnbBookingTimeDto` of `taobao.xhotel.bnbroomtype.add`. */
export interface TaobaoXhotelBnbroomtypeAddBnbBookingTimeDtoInput {
  /** 开始接待时间 hh:mm,24小时时间格式 */
  start_reception_time?: string;
  /** 结束接待时间 hh:mm,24小时时间格式 */
  end_reception_time?: string;
  /** 最早入住时间 hh:mm,24小时时间格式;默认值: 14:00 */
  earliest_check_in_time?: string;
  /** 最晚预订时间 hh:mm,24小时时间格式 */
  latest_booking_time?: string;
  /** 最晚入住时间 hh:mm,24小时时间格式 */
  latest_check_in_time?: string;
  /** 最晚离店时间 hh:mm,24小时时间格式;默认值: 12:00 */
  latest_check_out_time?: string;
}

/** `BnbPictureDTO` of `taobao.xhotel.bnbroomtype.add`. */
export interface TaobaoXhotelBnbroomtypeAddBnbPictureDTOInput {
  /** 图片属性 取值范围只能是：[普通图, 平面图, 全景图] */
  attribute: string;
  /** 是否主图 false不是， true是,是否主图 主图只能有一个，如果有多个或者没有，则会报错 */
  ismain: boolean;
  /** 图片描述 */
  des?: string;
  /** type表示图片类型，取值范围只能是：【厨房、卫生间、客厅、卧室、其他】 */
  type: string;
  /** 图片地址 */
  url: string;
}

/** `BnbChargeDto` of `taobao.xhotel.bnbroomtype.add`. */
export interface TaobaoXhotelBnbroomtypeAddBnbChargeDtoInput {
  /** 允许加人数 */
  num?: Int64Input;
  /** 加人费用金额 */
  fee?: Int64Input;
  /** 是否允许加人 0不允许 1允许 */
  add_people?: Int64Input;
  /** 最小收费年龄 */
  min_charging_age?: Int64Input;
}

/** `BnbLocationDto` of `taobao.xhotel.bnbroomtype.add`. */
export interface TaobaoXhotelBnbroomtypeAddBnbLocationDtoInput {
  /** domestic为0时，固定China； domestic为1时，必须传定义的海外国家编码值。参见：http://hotel.alitrip.com/area.htm */
  country: string;
  /** 地址，最多200字符 */
  address?: string;
  /** 商圈，最多64字符 */
  business?: string;
  /** 城市编码。参见：http://hotel.alitrip.com/area.htm，domestic为false时，输入对应国家的海外城市编码，可调用海外城市查询接口获取；（更新酒店时为可选） */
  city?: Int64Input;
  /** 纬度 */
  latitude: string;
  /** 坐标类型，现在支持：G – Google; B – 百度; A – 高德; M – Mapbar; L – 灵图 开芯 */
  position_type: string;
  /** 是否国内酒店。0:国内;1:国外。默认是国内 */
  domestic: Int64Input;
  /** 省份编码http://hotel.alitrip.com/area.htm */
  province?: Int64Input;
  /** 英文地址，最多500字符 */
  en_address?: string;
  /** 接待地址，最多200字符 */
  reception_address?: string;
  /** 区域（县级市）编码。参见：http://hotel.alitrip.com/area.htm */
  district: Int64Input;
  /** 时区0到+11或者0到-11 */
  timezone: string;
  /** 门牌号，最多200字符 */
  doorplate?: string;
  /** 经度 */
  longitude: string;
}

/** `XRoomType` of `taobao.xhotel.bnbroomtype.add`. */
export interface TaobaoXhotelBnbroomtypeAddXRoomType {
  /** 飞猪门店id */
  hid?: Int64;
  /** 飞猪房源id */
  rid?: Int64;
  /** 房源状态 */
  status?: Int64;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 匹配状态: 0：待系统匹配 1：已系统匹配，匹配成功，待卖家确认 2：已系统匹配，匹配失败，待人工匹配 3：已人工匹配，匹配成功，待卖家确认 4：已人工匹配，匹配失败 5：卖家已确认，确认&ldquo;YES&rdquo; 6：卖家已确认，确认&ldquo;NO&rdquo; 7:已系统匹配，但是匹配重复，待人工确认 */
  match_status?: Int64;
  /** 卖家系统id */
  outer_id?: string;
  /** 房源名称 */
  name?: string;
  /** 最大入住人数 */
  max_occupancy?: Int64;
  /** 面积 */
  area?: string;
  /** 窗型,0：无窗/1：有窗 */
  window_type?: Int64;
  /** 设施服务。JSON格式。 value值true有此服务，false没有。 bar：吧台，catv：有线电视，ddd：国内长途电话，idd：国际长途电话，toilet：独立卫生间，pubtoliet：公共卫生间。 如： {"bar":false,"catv":false,"ddd":false,"idd":false,"pubtoilet":false,"toilet":false} */
  service?: string;
  /** 宽带服务。A,B,C,D。分别代表： A：无宽带，B：免费宽带，C：收费宽带，D：部分收费宽带 */
  internet?: string;
  /** 客房在建筑的第几层，隔层为1-2层，4-5层，7-8层 */
  floor?: string;
}

const REQUEST_SCHEMA = {
  rent_size: 'Number',
  support_im: 'Number',
  outer_tags: 'String',
  cleaning_charge: 'Number',
  invoice: 'Number',
  decorate_level: 'Number',
  bnb_booking_time: {
    start_reception_time: 'String',
    end_reception_time: 'String',
    earliest_check_in_time: 'String',
    latest_booking_time: 'String',
    latest_check_in_time: 'String',
    latest_check_out_time: 'String',
  },
  out_hid: 'String',
  tel: 'String',
  receive_foreigners: 'Number',
  local_info: 'String',
  brand: 'String',
  pics: [
    {
      attribute: 'String',
      ismain: 'Boolean',
      des: 'String',
      type: 'String',
      url: 'String',
    },
  ],
  cleaning_type: 'Number',
  deposit_amount: 'Number',
  name_e: 'String',
  decorate_time: 'String',
  extra_beds_num: 'Number',
  invoice_type: 'Number',
  has_front_desk: 'Number',
  guest_age: 'Number',
  settlement_currency: 'String',
  name: ['String'],
  surround_info: 'String',
  max_occupancy: 'Number',
  is_use_shoot_image: 'Number',
  status: 'byte',
  guest_gender: 'Number',
  activities_allowed: 'String',
  extra_cleaning_charge: 'Number',
  opening_time: 'String',
  rent_type: 'Number',
  new_outer_id: 'String',
  house_model: 'String',
  window_type: 'Number',
  has_license: 'Number',
  video_url: 'String',
  vendor: 'String',
  brightspot: 'String',
  quick_order: 'Number',
  floor: 'String',
  house_size: 'Number',
  product_type: 'Number',
  introduction: 'String',
  has_landlord: 'Number',
  charge: {
    num: 'Number',
    fee: 'Number',
    add_people: 'Number',
    min_charging_age: 'Number',
  },
  decorate_style: 'Number',
  supportcredit: 'Number',
  check_in_notes: 'String',
  real_tel: 'String',
  service: 'String',
  cleaning_frequency: 'Number',
  outer_id: 'String',
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
  },
  scenic_feature: 'Number',
  deposit_type: 'Number',
  bed_info: 'String',
  extra_fee: 'String',
  extra_beds_fee: 'Number',
  bnb_name: ['String'],
  srid: 'Number',
  standard_room_facilities: 'String',
  bnb_extend: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  xroomtype: {
    hid: 'Number',
    rid: 'Number',
    status: 'Number',
    gmt_create: 'Date',
    gmt_modified: 'Date',
    match_status: 'Number',
    outer_id: 'String',
    name: 'String',
    max_occupancy: 'Number',
    area: 'String',
    window_type: 'Number',
    service: 'String',
    internet: 'String',
    floor: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.bnbroomtype.add`: method, response root, request and response schemas. */
export const taobaoXhotelBnbroomtypeAddOperation = {
  method: 'taobao.xhotel.bnbroomtype.add',
  responseRoot: 'xhotel_bnbroomtype_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 民宿新增房源 — calls TOP method `taobao.xhotel.bnbroomtype.add`.
 *
 * 添加民宿房源
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelBnbroomtypeAdd(
  client: TopClient,
  request: TaobaoXhotelBnbroomtypeAddRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelBnbroomtypeAddResponse> {
  return client.call<TaobaoXhotelBnbroomtypeAddResponse>(
    {
      method: 'taobao.xhotel.bnbroomtype.add',
      responseRoot: 'xhotel_bnbroomtype_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
