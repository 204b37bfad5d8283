// Generated from specs/xhotelitem/taobao.xhotel.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.update` (酒店更新接口（ID不存在自动新增）). */
export interface TaobaoXhotelUpdateRequest {
  /** （已废弃）请使用outer_id来标识要修改的酒店 */
  hid?: Int64Input;
  /**
   * 酒店名称；（新增酒店时为必须）,国内酒店请传中文名称
   *
   * Max length: 128
   */
  name?: string;
  /**
   * 酒店曾用名
   *
   * Max length: 60
   */
  used_name?: string;
  /** 是否国内酒店。0:国内;1:国外 */
  domestic?: Int64Input;
  /**
   * domestic为true时，固定China； domestic为false时，必须传定义的海外国家编码值。参见：http://kezhan.trip.taobao.com/countrys.html
   *
   * Max length: 30
   */
  country?: string;
  /** 省份编码。参见：http://hotel.alitrip.com/area.htm?tbpm=3，domestic为false时默认为0 */
  province?: Int64Input;
  /** 城市编码。参见：http://hotel.alitrip.com/area.htm?tbpm=3，domestic为false时，输入对应国家的海外城市编码，可调用海外城市查询接口获取；（新增酒店时为必须） */
  city?: Int64Input;
  /** 区域（县级市）编码。参见：http://hotel.alitrip.com/area.htm?tbpm=3 */
  district?: Int64Input;
  /**
   * 商业区（圈）长度不超过20字
   *
   * Max length: 20
   */
  business?: string;
  /**
   * 酒店地址。长度不能超过255
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
   * 不要使用
   *
   * Max length: 500
   */
  extend?: string;
  /**
   * 必传，酒店标识，商家酒店ID
   *
   * Max length: 64
   */
  outer_id?: string;
  /**
   * 系统商，一般情况不用，需申请使用
   *
   * Max length: 64
   */
  vendor?: string;
  /** 该字段只有确定的时候，才允许填入。用于标示和淘宝酒店的匹配关系。目前尚未启动该字段。 */
  shid?: Int64Input;
  /**
   * 酒店档次，星级。取值范围为1,1.5,2,2.5,3,3.5,4,4.5,5
   *
   * Max length: 3
   */
  star?: string;
  /** 开业时间，格式为2015-01-01 */
  opening_time?: string;
  /** 装修时间，格式为2015-10-01 */
  decorate_time?: string;
  /** 楼层信息 */
  floors?: string;
  /** 房间数 0~9999之内的数字 */
  rooms?: Int64Input;
  /** 酒店描述 */
  description?: string;
  /** 酒店设施。json格式示例值：{"free Wi-Fi in all rooms":"true","massage":"true","meetingRoom":"true"}目前支持维护的设施枚举有：free Wi-Fi in all rooms 所有房间设有免费无线网络;meetingRoom 会议室;massage 按摩室;fitnessClub 健身房;bar 酒吧;cafe 咖啡厅;frontDeskSafe 前台贵重物品保险柜wifi 无线上网公共区域;casino 娱乐场/棋牌室;restaurant 餐厅;smoking area 吸烟区;Business Facilities 商务设施 */
  hotel_facilities?: string;
  /** 酒店基础服务。json格式示例值：{"receiveForeignGuests":"true","morningCall":"true","breakfast":"true"}目前支持维护的设施枚举有：receiveForeignGuests 接待外宾;morningCall 叫醒服务; breakfast 早餐服务; airportShuttle 接机服务; luggageClaim 行李寄存; rentCar 租车; HourRoomService24 24小时客房服务; airportTransfer 酒店/机场接送; dryCleaning 干洗; expressCheckInCheckOut 快速入住/退房登记; custodyServices 保管服务 */
  service?: string;
  /** 房间的基础设施。json格式示例值：{"bathtub":"true","bathPub":"true"}目前支持维护的设施枚举有：bathtub 独立卫浴;bathPub 公共卫浴 */
  room_facilities?: string;
  /** 酒店图片只支持远程图片，格式如下：[{"url":"http://123.jpg","ismain":"false","type":"大堂","attribute":"普通图"},{"url":"http://456.jpg","ismain":"true","type":"公共区域","attribute":"全景图"},{"url":"http://789.jpg","ismain":"false","type":"大堂","attribute":"普通图"}] 其中url是远程图片的访问地址，main是否为主图（主图只能有一个）,attribute表示图片属性，取值范围只能是：[普通图, 平面图, 全景图] ,type表示图片类型，取值范围只能是：[周边, 外观, 商务中心, 其他, 餐厅, 浴室, 客房, 公共区域, 娱乐设施, 大堂]，图片数量最多10张。要求：无logo、水印、边框、人物，不模糊、重复、歪斜，房间图清晰，图片尺寸不小于300*225，不小于5M */
  pics?: string;
  /** 酒店品牌。取值为数字。枚举见链接：https://open.alitrip.com/docs/doc.htm?spm=0.0.0.0.S16vXH&docType=1&articleId=120180 */
  brand?: string;
  /**
   * 邮编
   *
   * Max length: 20
   */
  postal_code?: string;
  /** 酒店入住政策(针对国际酒店，儿童及加床信息)格式：{"children_age_from":"2","children_age_to":"3","children_stay_free":"True","infant_age":"1","min_guest_age":"4"} */
  hotel_policies?: string;
  /**
   * 预订须知。json字段描述：hotelInMountaintop 酒店位于山顶 1在山顶、0不在；needBoat 酒店需要坐船前往 1需要、0不需要；酒店位于景区内 1在景区、0不在；extraBed 加床收费；extraCharge 额外收费；arrivalTime 到店时间；extend 其他补充项
   *
   * Max length: 2000
   */
  booking_notice?: string;
  /** 酒店状态 0:正常，-1:删除，-2:停售 */
  status?: number;
  /** 逗号分隔的字符串 1visa；2万事达卡；3美国运通卡；4发现卡；5大来卡；6JCB卡；7银联卡 */
  credit_card_types?: string;
  /** 扩展信息的JSON。 orbitTrack 业务字段是指从飞猪到酒店说经过平台名以及方式的一个数组，按顺序，从飞猪，再经过若干平台，最后到酒店， platform是指定当前平台名，ways 是指通过哪种方式到该平台 其中，飞猪到下一个平台里, ways 字段只能是【直连】、【人工】两个方式之一； 从最后一个平台到酒店的ways字段只能是【电话】、【传真】、【人工】、【系统】之一； 第一个 飞猪平台 和 最后具体酒店是至少得填的 */
  orbit_track?: string;
  /** 卖家酒店英文名称 */
  name_e?: string;
  /** 打标去标使用的 tagJson 字段 */
  tag_json?: string;
  /** 旺旺昵称 */
  ali_nick?: string;
  /** 供应商标识，如果确实需要修改原来的供应商标识才需要填写，否则不需要填写，请谨慎使用。 */
  supplier?: string;
  /** 结算流程中的结算币种，如需对接请联系飞猪技术支持，请谨慎使用 */
  settlement_currency?: string;
  /** 资源方酒店预订须知,参考文档https://open.alitrip.com/docs/doc.htm?docType=1&articleId=108891 */
  standard_booking_notice?: string;
  /** 资源方酒店设施,参考文档https://open.alitrip.com/docs/doc.htm?docType=1&articleId=108891 */
  standard_hotel_facilities?: string;
  /** 资源方酒店服务,参考文档https://open.alitrip.com/docs/doc.htm?docType=1&articleId=108891 */
  standard_hotel_service?: string;
  /** 资源方房型设施,参考文档https://open.alitrip.com/docs/doc.htm?docType=1&articleId=108891 */
  standard_room_facilities?: string;
  /** 资源方娱乐设施,参考文档https://open.alitrip.com/docs/doc.htm?docType=1&articleId=108891 */
  standard_amuse_facilities?: string;
  /** 0:酒店；1:客栈 */
  hotel_type?: Int64Input;
  /** 0:可以接待外宾；1:仅内宾 */
  service_type?: Int64Input;
  /** 标识坐标系类型。WGS84，表示地球坐标系 ；GCJ02，表示火星坐标系 */
  coordinate_system?: string;
  /** 酒店英文地址 */
  address_en?: string;
  /** 酒店英文描述 */
  description_en?: string;
}

/** Response of `taobao.xhotel.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelUpdateResponse {
  /** 酒店信息 */
  xhotel?: TaobaoXhotelUpdateXHotel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `XHotel` of `taobao.xhotel.update`. */
export interface TaobaoXhotelUpdateXHotel {
  /** 酒店ID */
  hid?: Int64;
  /** 酒店状态：0: 正常;-2:停售；-1：删除 */
  status?: Int64;
  /** 淘宝标准酒店信息 */
  s_hotel?: TaobaoXhotelUpdateSHotel;
  /** 未通过时的拒绝原因等。 */
  error_info?: string;
  /** 已废弃 */
  match_status?: Int64;
  /** 创建时间 */
  created_time?: string;
  /** 修改时间 */
  modified_time?: string;
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
  /** 逗号分隔的字符串 1visa；2万事达卡；3美国运通卡；4发现卡；5大来卡；6JCB卡；7银联卡 */
  credit_card_types?: string;
  /** 卖家酒店英文名称 */
  name_e?: string;
  /** 0:酒店；1:客栈 */
  hotel_type?: Int64;
  /** 0:可以接待外宾；1:仅内宾 */
  service_type?: Int64;
}

/** `SHotel` of `taobao.xhotel.update`. */
export interface TaobaoXhotelUpdateSHotel {
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
  hid: 'Number',
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
  outer_id: 'String',
  vendor: 'String',
  shid: 'Number',
  star: 'String',
  opening_time: 'String',
  decorate_time: 'String',
  floors: 'String',
  rooms: 'Number',
  description: 'String',
  hotel_facilities: 'String',
  service: 'String',
  room_facilities: 'String',
  pics: 'String',
  brand: 'String',
  postal_code: 'String',
  hotel_policies: 'String',
  booking_notice: 'String',
  status: 'byte',
  credit_card_types: 'String',
  orbit_track: 'String',
  name_e: 'String',
  tag_json: 'String',
  ali_nick: 'String',
  supplier: 'String',
  settlement_currency: 'String',
  standard_booking_notice: 'String',
  standard_hotel_facilities: 'String',
  standard_hotel_service: 'String',
  standard_room_facilities: 'String',
  standard_amuse_facilities: 'String',
  hotel_type: 'Number',
  service_type: 'Number',
  coordinate_system: 'String',
  address_en: 'String',
  description_en: 'String',
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
    error_info: 'String',
    match_status: 'Number',
    created_time: 'Date',
    modified_time: 'Date',
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
    credit_card_types: 'String',
    name_e: 'String',
    hotel_type: 'Number',
    service_type: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.update`: method, response root, request and response schemas. */
export const taobaoXhotelUpdateOperation = {
  method: 'taobao.xhotel.update',
  responseRoot: 'xhotel_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 酒店更新接口（ID不存在自动新增） — calls TOP method `taobao.xhotel.update`.
 *
 * 酒店更新接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelUpdate(
  client: TopClient,
  request: TaobaoXhotelUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelUpdateResponse> {
  return client.call<TaobaoXhotelUpdateResponse>(
    {
      method: 'taobao.xhotel.update',
      responseRoot: 'xhotel_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
