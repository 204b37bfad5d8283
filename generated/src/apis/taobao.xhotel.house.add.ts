// Generated from specs/xhotelitem/taobao.xhotel.house.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.house.add` (非标准民宿房源添加). */
export interface TaobaoXhotelHouseAddRequest {
  /**
   * 外部酒店ID, 这是卖家自己系统中的ID
   *
   * Max length: 64
   */
  outer_id: string;
  /**
   * 酒店名称
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
   * 酒店地址。长度不能超过120。不填入会导致不能自动匹配,此地址为下单前展示给用户地址
   *
   * Max length: 120
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
  /** 酒店入住政策，{"10003":"仅2岁以上儿童可随同入住"}，key取值参见 https://open.alitrip.com/docs/doc.htm?spm=0.0.0.0.vSVPks&docType=1&articleId=108416&previewCode=987A11324A278EF679E24102BA30D426 中type=10、code=10003,value为文字描述 */
  hotel_policies?: string;
  /** 酒店设施。json格式示例值：{"24152":true,"24149":true,"24150":true}，key取值参见 https://open.alitrip.com/docs/doc.htm?spm=0.0.0.0.vSVPks&docType=1&articleId=108416&previewCode=987A11324A278EF679E24102BA30D426 中type=20的分类 */
  hotel_facilities?: string;
  /** 酒店服务。json格式示例值：{"24058":"可以接待外宾","24198":"叫醒服务","24200":"洗衣服务"}，key-24101为属性编码，value-为"true"时表示有该属性，为文字时表示具体描述，key取值参见 https://open.alitrip.com/docs/doc.htm?spm=0.0.0.0.vSVPks&docType=1&articleId=108416&previewCode=987A11324A278EF679E24102BA30D426 中type=40的分类 */
  service?: string;
  /** 房间设施。json格式示例值：{"24101": true,"24091": true,"24095": true}，key-24101为属性编码，value-为"true"时表示有该属性，为文字时表示具体描述，key取值参见 https://open.alitrip.com/docs/doc.htm?spm=0.0.0.0.vSVPks&docType=1&articleId=108416&previewCode=987A11324A278EF679E24102BA30D426 中type=40的分类 */
  room_facilities?: string;
  /** 酒店图片只支持远程图片，格式如下：[{"url":"http://123.jpg","ismain":"false","type":"大堂","attribute":"普通图"},{"url":"http://456.jpg","ismain":"true","type":"公共区域","attribute":"全景图"},{"url":"http://789.jpg","ismain":"false","type":"大堂","attribute":"普通图"}] 其中url是远程图片的访问地址（URL地址必须是合法的，否则会报错），main是是否为主图（主图只能有一个，如果有多个或者没有，则会报错）,attribute表示图片属性，取值范围只能是：[普通图, 平面图, 全景图] ,type表示图片类型，取值范围只能是：[周边, 外观, 商务中心, 健身房, 其他, 会议室, 餐厅, 浴室, 客房, 公共区域, 娱乐设施, 大堂, 泳池]，图片数量最多是能是10张。 */
  pics?: string;
  /** 酒店品牌。取值为数字。枚举如下（只给出top30，如果不满足，请联系去啊接口人）： ruJia("1", "rujiakuaijie", "如家快捷", 1), qiTian("2", "7 days", "7天连锁", 1), hanTing("3", "Hanting Inns & Hotels", "汉庭酒店", 1), geLinHaoTai("4", "Green Tree Inn", "格林豪泰", 1), jinJiang("5", "Jinjiang Inn", "锦江之星", 1), su8("6", "Super 8", "速8", 1), moTai("7", "Motel", "莫泰", 1), zhouji("8", "InterContinental", "洲际", 4), budint("9", "Pod Inn", "布丁", 1), jiuJiu("10", "jiujiuliansuo", "99连锁", 1), piaoHome("11", "Piao Home Inn", "飘HOME", 1), juzi("12", "Orange Hotels", "桔子酒店", 1), yibai("13", "yibai", "易佰", 1), weiyena("14","weiyena","维也纳",2), huangguanjiari("15", "huangguanjiari", "皇冠假日", 4), xidawu("16", "xidawu", "喜达屋", 3), chengshiBJ("17", "chengshibianjie", "城市便捷", 1), shagnKeYou("18", "shagnkeyou", "尚客优", 1), jinjiang("19", "jinjiang", "锦江酒店", 3), wendemu("20", "Hawthorn Suites", "温德姆", 4), yibisi("21", "Ibis Hotels", "宜必思", 1), wanhao("22", "JM Hoteles", "万豪", 4), yijia365("23", "yijia365", "驿家365", 1), shoulv("24", "shoulvjituan", "首旅建国", 3), kaiyuan("25", "New Century Hotel", "开元大酒店", 4), yagao("26", "yagao", "雅高", 3), daisi("27", "daisi", "戴斯", 3), jinling("28", "jinlingliansuo", "金陵", 4), xianggelila("29", "Shangri-La City Hotels", "香格里拉", 4), xierdun("30", "Hilton", "希尔顿", 4), */
  brand?: string;
  /**
   * 邮政编码。
   *
   * Max length: 20
   */
  postal_code?: string;
  /** 预订须知。json格式，示例:{"10001":"14:00","10002":"12:00","10005":"清洁福50元","10006":"请准备好您的身份证件，我需要登记 不允许吸烟"},预订须知，key取值参见 https://open.alitrip.com/docs/doc.htm?spm=0.0.0.0.vSVPks&docType=1&articleId=108416&previewCode=987A11324A278EF679E24102BA30D426 中type=10的分类 */
  booking_notice?: string;
  /** 逗号分隔的字符串 1visa；2万事达卡；3美国运通卡；4发现卡；5大来卡；6JCB卡；7银联卡 */
  credit_card_types?: string;
  /** 扩展信息的JSON。 orbitTrack 业务字段是指从飞猪到酒店说经过平台名以及方式的一个数组，按顺序，从飞猪，再经过若干平台，最后到酒店， platform是指定当前平台名，ways 是指通过哪种方式到该平台 其中，飞猪到下一个平台里, ways 字段只能是【直连】、【人工】两个方式之一； 从最后一个平台到酒店的ways字段只能是【电话】、【传真】、【人工】、【系统】之一； 第一个 飞猪平台 和 最后具体酒店是至少得填的 */
  orbit_track?: string;
  /** 卖家酒店英文名称 */
  name_e?: string;
  /** 供应商标识，需要提前开通权限，如果需要对接请联系技术支持，请谨慎使用 */
  supplier?: string;
  /** 结算过程中的结算币种符合，如需对接请联系飞猪技术支持，请谨慎使用 */
  settlement_currency?: string;
  /** 房东信息,{"outerId: 外部房东ID,": "xxxx", "nickName": "张三", "avatarUrl": "http://test.com/1.jpg", "telephone": "0571-1234567", "mobilePhone": "12334567678", "email":"test\@test.com", "gender": "F", "avgConfirmTime": 30, "responseRate": 100, "description": "房东太懒,什么也没有填", "birthday":"2018-01-01", "qualifacation": 1, "bloodType": 1, "profession":"交互设计师", "country":"CN", "province":"420000", "city":"421200", "real_name_status": true, "validate":"1,2,4,8","confirmRate": 98} JSON字段描述: outerId: 商家房东ID, nickName: 房东昵称, avatarUrl: 房东头像地址, telephone: 固定电话, mobilePhone: 移动电话, email: 邮箱地址, gender: 性别 M男性， F女性， avgConfirmTime: 平均确认时间, 单位分钟, responseRate: 房东回复率, description: 房东介绍, birthday:生日，格式yyyy-MM-dd, qualifacation:学历,1:小学,2:初中,3:高中,4:本科,5:硕士,6:博士,7:博士后,0:其他, profession: 职业 country: 国家code province: 省code city: 城市code realNameStatus: 实名认证状态, true已认证 validate: 认证情况:1:身份验证,2:头像验证,4:手机验证,8:邮箱验证,二进制各位代表含义, bloodType: 血型: 0未知,1:A型,2:B型,3:AB型,4:O型;confirmRate: 订单接单率，0-100 */
  owner_info?: string;
  /** 描述信息，inside： 内部描述,traffic:交通情况,arround:周边情况 */
  arround_desc?: string;
  /** 用户下单之后 展示的详细地址 */
  real_address?: string;
  /** 数据状态 0:正常，-1:删除，-2:停售 */
  status?: Int64Input;
}

/** Response of `taobao.xhotel.house.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelHouseAddResponse {
  /** 酒店信息 */
  xhotel?: TaobaoXhotelHouseAddXHotel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `XHotel` of `taobao.xhotel.house.add`. */
export interface TaobaoXhotelHouseAddXHotel {
  /** 酒店ID */
  hid?: Int64;
  /** 酒店状态：0: 正常;-2:停售；-1：删除 */
  status?: Int64;
  /** 淘宝标准酒店信息 */
  s_hotel?: TaobaoXhotelHouseAddSHotel;
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
  /** 未通过时的拒绝原因等。 */
  error_info?: string;
  /** 逗号分隔的字符串 1visa；2万事达卡；3美国运通卡；4发现卡；5大来卡；6JCB卡；7银联卡 */
  credit_card_types?: string;
  /** 卖家酒店英文名称 */
  name_e?: string;
}

/** `SHotel` of `taobao.xhotel.house.add`. */
export interface TaobaoXhotelHouseAddSHotel {
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
  /** 状态:0：待系统匹配1：已系统匹配，匹配成功，待卖家确认2：已系统匹配，匹配失败，待人工匹配3：已人工匹配，匹配成功，待卖家确认4：已人工匹配，匹配失败5：卖家已确认，确认“YES”6：卖家已确认，确认“NO”7：停售 */
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
  hotel_policies: 'String',
  hotel_facilities: 'String',
  service: 'String',
  room_facilities: 'String',
  pics: 'String',
  brand: 'String',
  postal_code: 'String',
  booking_notice: 'String',
  credit_card_types: 'String',
  orbit_track: 'String',
  name_e: 'String',
  supplier: 'String',
  settlement_currency: 'String',
  owner_info: 'String',
  arround_desc: 'String',
  real_address: 'String',
  status: 'Number',
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

/** Static description of `taobao.xhotel.house.add`: method, response root, request and response schemas. */
export const taobaoXhotelHouseAddOperation = {
  method: 'taobao.xhotel.house.add',
  responseRoot: 'xhotel_house_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 非标准民宿房源添加 — calls TOP method `taobao.xhotel.house.add`.
 *
 * 添加酒店或更新酒店
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelHouseAdd(
  client: TopClient,
  request: TaobaoXhotelHouseAddRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelHouseAddResponse> {
  return client.call<TaobaoXhotelHouseAddResponse>(
    {
      method: 'taobao.xhotel.house.add',
      responseRoot: 'xhotel_house_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
