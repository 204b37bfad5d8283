// Generated from specs/xhotelitem/taobao.xhotel.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.add` (酒店新增接口（ID重复自动更新）). */
export interface TaobaoXhotelAddRequest {
  /**
   * 外部酒店ID, 这是卖家自己系统中的ID
   *
   * Max length: 64
   */
  outer_id: string;
  /**
   * 酒店名称,国内酒店请传中文名称
   *
   * Max length: 128
   */
  name: string;
  /**
   * 酒店曾用名
   *
   * Max length: 60
   */
  used_name?: string;
  /** 是否国内酒店。0:国内;1:国外。默认是国内 */
  domestic?: Int64Input;
  /**
   * domestic为0时，固定China； domestic为1时，必须传定义的海外国家编码值。参见：http://hotel.alitrip.com/area.htm
   *
   * Max length: 30
   */
  country?: string;
  /** 省份编码。选填，不填入的时候已city字段为准.参见：http://hotel.alitrip.com/area.htm，domestic为false时默认为0 */
  province?: Int64Input;
  /** 城市编码。参见：http://hotel.alitrip.com/area.htm，domestic为false时，输入对应国家的海外城市编码，可调用海外城市查询接口获取；（更新酒店时为可选） */
  city: Int64Input;
  /** 区域（县级市）编码。参见：http://hotel.alitrip.com/area.htm */
  district?: Int64Input;
  /**
   * 商业区（圈）长度不超过20字
   *
   * Max length: 20
   */
  business?: string;
  /**
   * 酒店地址。长度不能超过255。不填入会导致不能自动匹配。
   *
   * Max length: 255
   */
  address: string;
  /**
   * 经度
   *
   * Max length: 10
   */
  longitude?: string;
  /**
   * 纬度
   *
   * Max length: 10
   */
  latitude?: string;
  /** 坐标类型，现在支持：G – GoogleB – 百度A – 高德M – MapbarL – 灵图 */
  position_type?: string;
  /**
   * 酒店电话。格式：国家代码（最长6位）#区号（最长4位）#电话（最长20位）。国家代码提示：中国大陆0086、香港00852、澳门00853、台湾00886
   *
   * Max length: 30
   */
  tel: string;
  /**
   * 扩展信息的JSON。注：此字段的值需要ISV在接入前与淘宝沟通，且确认能解析
   *
   * Max length: 500
   */
  extend?: string;
  /** 该字段只有确定的时候，才允许填入。用于标示和淘宝酒店的匹配关系。目前尚未启动该字段。 */
  shid?: Int64Input;
  /**
   * 对接系统商名称：可为空不要乱填，需要申请后使用
   *
   * Max length: 50
   */
  vendor?: string;
  /**
   * 酒店档次，星级。取值范围为1,1.5,2,2.5,3,3.5,4,4.5,5
   *
   * Max length: 3
   */
  star?: string;
  /** 开业时间，格式为2015-01-01 */
  opening_time?: string;
  /** 装修时间，格式为2015-01-01装修时间 */
  decorate_time?: string;
  /**
   * 楼层信息。
   *
   * Max length: 32
   */
  floors?: string;
  /** 房间数 0~9999之内的数字 */
  rooms?: Int64Input;
  /** 酒店描述 */
  description?: string;
  /** 酒店图片只支持远程图片，格式如下：[{"url":"http://123.jpg","ismain":"false","type":"大堂","attribute":"普通图"},{"url":"http://456.jpg","ismain":"true","type":"公共区域","attribute":"全景图"},{"url":"http://789.jpg","ismain":"false","type":"大堂","attribute":"普通图"}] 其中url是远程图片的访问地址（URL地址必须是合法的，否则会报错），main是是否为主图（主图只能有一个，如果有多个或者没有，则会报错）,attribute表示图片属性，取值范围只能是：[普通图, 平面图, 全景图] ,type表示图片类型，取值范围只能是：[周边, 外观, 商务中心, 其他,餐厅, 浴室, 客房, 公共区域, 娱乐设施, 大堂]，图片数量最多是能是10张。 */
  pics?: string;
  /** 酒店品牌。取值为数字。枚举见链接：https://open.alitrip.com/docs/doc.htm?spm=0.0.0.0.S16vXH&docType=1&articleId=120180 */
  brand?: string;
  /**
   * 邮政编码。
   *
   * Max length: 20
   */
  postal_code?: string;
  /**
   * 预订须知。json字段描述：hotelInMountaintop 酒店位于山顶 1在山顶、0不在；needBoat 酒店需要坐船前往 1需要、0不需要；酒店位于景区内 1在景区、0不在；extraBed 加床收费；extraCharge 额外收费；arrivalTime 到店时间；extend 其他补充项
   *
   * Max length: 2000
   */
  booking_notice?: string;
  /** 逗号分隔的字符串 1visa；2万事达卡；3美国运通卡；4发现卡；5大来卡；6JCB卡；7银联卡 */
  credit_card_types?: string;
  /** 扩展信息的JSON。 orbitTrack 业务字段是指从飞猪到酒店说经过平台名以及方式的一个数组，按顺序，从飞猪，再经过若干平台，最后到酒店， platform是指定当前平台名，ways 是指通过哪种方式到该平台 其中，飞猪到下一个平台里, ways 字段只能是【直连】、【人工】两个方式之一； 从最后一个平台到酒店的ways字段只能是【电话】、【传真】、【人工】、【系统】之一； 第一个 飞猪平台 和 最后具体酒店是至少得填的 */
  orbit_track?: string;
  /** 卖家酒店英文名称 */
  name_e?: string;
  /** 供应商标识，需要提前开通权限，如果需要对接请联系技术支持，请谨慎使用。注：如商家申请的应用类型为“飞猪-新业务”，此项则必填。 */
  supplier?: string;
  /** 结算过程中的结算币种符合，如需对接请联系飞猪技术支持，请谨慎使用 */
  settlement_currency?: string;
  /** 标准娱乐设施,参考文档https://open.alitrip.com/docs/doc.htm?docType=1&articleId=108891 */
  standard_amuse_facilities?: string;
  /** 标准房型设施,参考文档https://open.alitrip.com/docs/doc.htm?docType=1&articleId=108891 */
  standard_room_facilities?: string;
  /** 标准酒店服务,参考文档https://open.alitrip.com/docs/doc.htm?docType=1&articleId=108891 */
  standard_hotel_service?: string;
  /** 标准酒店设施,参考文档https://open.alitrip.com/docs/doc.htm?docType=1&articleId=108891 */
  standard_hotel_facilities?: string;
  /** 标准预订须知,参考文档https://open.alitrip.com/docs/doc.htm?docType=1&articleId=108891 */
  standard_booking_notice?: string;
  /** 0:可以接待外宾；1:仅内宾 */
  service_type?: Int64Input;
  /** 0:酒店；1:客栈 */
  hotel_type?: Int64Input;
  /** 标识坐标系类型。WGS84，表示地球坐标系 ；GCJ02，表示火星坐标系 */
  coordinate_system?: string;
  /** 废弃 */
  room_facilities?: string;
  /** 废弃 */
  service?: string;
  /** 废弃 */
  hotel_facilities?: string;
  /** 废弃 */
  hotel_policies?: string;
}

/** Response of `taobao.xhotel.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelAddResponse {
  /** 酒店信息 */
  xhotel?: TaobaoXhotelAddXHotel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `XHotel` of `taobao.xhotel.add`. */
export interface TaobaoXhotelAddXHotel {
  /** 酒店ID */
  hid?: Int64;
  /** 酒店状态：0: 正常;-2:停售；-1：删除 */
  status?: Int64;
  /** 淘宝标准酒店信息 */
  s_hotel?: TaobaoXhotelAddSHotel;
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
  /** 已废弃 */
  match_status?: Int64;
  /** 未通过时的拒绝原因等。 */
  error_info?: string;
  /** 逗号分隔的字符串 1visa；2万事达卡；3美国运通卡；4发现卡；5大来卡；6JCB卡；7银联卡 */
  credit_card_types?: string;
  /** 卖家酒店英文名称 */
  name_e?: string;
}

/** `SHotel` of `taobao.xhotel.add`. */
export interface TaobaoXhotelAddSHotel {
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
  /** 0,营业中；-1，筹建中；-2，暂停营业；-3，已停业；默认为0 */
  status?: Int64;
  /** 邮编 */
  postal_code?: string;
  /** brand */
  brand?: string;
}

const REQUEST_SCHEMA = {
  outer_id: 'String',
  name: 'String',
  used_name: 'String',
  domestic: 'Number',
  country: 'String',
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
  shid: 'Number',
  vendor: 'String',
  star: 'String',
  opening_time: 'String',
  decorate_time: 'String',
  floors: 'String',
  rooms: 'Number',
  description: 'String',
  pics: 'String',
  brand: 'String',
  postal_code: 'String',
  booking_notice: 'String',
  credit_card_types: 'String',
  orbit_track: 'String',
  name_e: 'String',
  supplier: 'String',
  settlement_currency: 'String',
  standard_amuse_facilities: 'String',
  standard_room_facilities: 'String',
  standard_hotel_service: 'String',
  standard_hotel_facilities: 'String',
  standard_booking_notice: 'String',
  service_type: 'Number',
  hotel_type: 'Number',
  coordinate_system: 'String',
  room_facilities: 'String',
  service: 'String',
  hotel_facilities: 'String',
  hotel_policies: 'String',
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
    },
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
    error_info: 'String',
    credit_card_types: 'String',
    name_e: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.add`: method, response root, request and response schemas. */
export const taobaoXhotelAddOperation = {
  method: 'taobao.xhotel.add',
  responseRoot: 'xhotel_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 酒店新增接口（ID重复自动更新） — calls TOP method `taobao.xhotel.add`.
 *
 * 添加酒店或更新酒店
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelAdd(
  client: TopClient,
  request: TaobaoXhotelAddRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelAddResponse> {
  return client.call<TaobaoXhotelAddResponse>(
    {
      method: 'taobao.xhotel.add',
      responseRoot: 'xhotel_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
