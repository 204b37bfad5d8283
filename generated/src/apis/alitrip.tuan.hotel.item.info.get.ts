// Generated from specs/tuanhotel/alitrip.tuan.hotel.item.info.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.tuan.hotel.item.info.get` (宝贝信息查询接口). */
export interface AlitripTuanHotelItemInfoGetRequest {
  /** 宝贝ID */
  item_id: Int64Input;
}

/** Response of `alitrip.tuan.hotel.item.info.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTuanHotelItemInfoGetResponse {
  /** 宝贝基本信息 */
  item_info?: AlitripTuanHotelItemInfoGetTuanItemSellParamVO;
  /** sku列表 */
  tuan_item_sku_list?: AlitripTuanHotelItemInfoGetTopTuanItemSkuVOList[];
  /** 电子核销库信息，日历库存和国际套餐暂不支持电子凭证，则无数值返回 */
  tuan_eticket_package?: AlitripTuanHotelItemInfoGetTuanEticketPackageVo;
  /** 关联门店列表 */
  stores?: AlitripTuanHotelItemInfoGetTopStoreVO[];
  /** 关联POI列表 */
  related_poi_detail_v_o_list?: AlitripTuanHotelItemInfoGetRelatedPoiDetailVo[];
  /** 关联礼包列表 */
  tuan_item_relate_gift_list?: AlitripTuanHotelItemInfoGetTuanItemRelateGiftVO[];
  /** 错误码 */
  msg_code?: string;
  /** 操作状态 */
  status?: boolean;
  /** 错误信息 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TuanItemSellParamVO` of `alitrip.tuan.hotel.item.info.get`. */
export interface AlitripTuanHotelItemInfoGetTuanItemSellParamVO {
  /** 免费赠品 */
  gift?: string;
  /** 预约说明，字数限制200 */
  appoint_explain?: string;
  /** PC端图片地址 */
  pic_urls?: string[];
  /** 秒杀商品平台：web-电脑，wap-手机 */
  sec_kills?: string[];
  /** 当前开始到哪天结束 */
  during_end_date?: string;
  /** 不可用日期（范围） */
  unavailable_dates?: string;
  /** 购买成功后有效天数 */
  effective_days?: Int64;
  /** 若为酒店客房优惠券类目则显示价格，其他类目则显示第一条sku的价格 */
  price?: string;
  /** 售卖时间小时，售卖时间类型1时返回 */
  begin_hour?: string;
  /** 确认时间，可选字段：2,6,9,18.确认类型为2时返回 */
  confirm_time?: string;
  /** 橱窗推荐：0-不推荐，1-推荐 */
  promoted_status?: Int64;
  /** 售卖时间分钟，售卖时间类型1返回 */
  begin_min?: string;
  /** 类目ID：国内酒店套餐-201189402；国际酒店套餐-201188002；酒店餐饮美食-201214101；酒店服务-201214201；酒店客房优惠券-201214301 */
  cat_id?: Int64;
  /** 宝贝ID */
  item_id?: Int64;
  /** 自动下架时间小时 */
  down_shelf_hour?: string;
  /** 提前预约天数，数值范围为（0，1，2，3，5，7，15，30），0代表无需设置 */
  advance_days?: Int64;
  /** 0-无早餐，1-单份早餐，2-两份早餐，3-三份早餐，4-多份早餐。若为酒店服务或酒店餐饮美食与早餐类型无关类目，此处为-1 */
  breakfast?: Int64;
  /** 主图视频封面图和缩略图 */
  main_video_pic_url?: string;
  /** 支持过期退款比率 */
  refund?: Int64;
  /** 第一条sku的间夜 */
  night_count?: Int64;
  /** 城市 */
  city?: string;
  /** 若为酒店客房优惠券类目则显示价格，其他类目则显示第一条sku的原价 */
  orig_price?: string;
  /** 商家店铺类目 */
  shop_categories_id_list?: string[];
  /** 拍下减库存，0-否，1-是 */
  sub_stock_at_buy?: Int64;
  /** 预约时段结束日期，预约时段类型为1返回 */
  end_available_date?: string;
  /** 预约时段类型：1-开始-结束日期，2-购买成功到哪天，3-购买成功多少天内 */
  effective_date_type?: Int64;
  /** 费用包含 */
  fee_include?: string;
  /** 省份 */
  prov?: string;
  /** 卖家昵称 */
  seller_nick?: string;
  /** 旺铺详情 */
  wangpu_detail?: string;
  /** 无线端图片地址 */
  wireless_pic_urls?: string[];
  /** 亮点2 */
  sub2_title?: string;
  /** 预约时段结束日期，预约时段类型为1返回 */
  end_effective_date?: string;
  /** C卖家有效。酒店代订服务-671582076,酒店住宿服务-2773361951 */
  service_type?: string;
  /** 星期几不可入住 */
  unavailable_weeks?: string;
  /** 亮点3 */
  sub3_title?: string;
  /** 店铺卖家ID */
  store_seller_id?: string;
  /** 售卖时间类型：0-立刻,1-设定时间,2-放入仓库 */
  begin_type?: Int64;
  /** 亮点4 */
  sub4_title?: string;
  /** 卖家ID */
  seller_id?: Int64;
  /** 是否电子凭证 */
  etc?: Int64;
  /** 预约时段开始日期，预约时段类型为1时返回 */
  start_effective_date?: string;
  /** 自动下架时间分钟 */
  down_shelf_min?: string;
  /** 确认类型，1-即时确认，2-二次确认，日历库存下返回 */
  confirm_type?: string;
  /** 无线端宝贝描述 */
  wl_description?: string;
  /** 库存类型，1-普通库存，5-日历库存 */
  inventory_type?: Int64;
  /** 支持过期退款比率 */
  auto_refund?: Int64;
  /** 门店卖家昵称 */
  store_seller_nick?: string;
  /** 早餐描述 */
  breakfast_desc?: string;
  /** 拍卖点，对C卖家有效 */
  auction_point?: Int64;
  /** 包含元素 */
  contain_elements?: string[];
  /** 参与会员打折 0-不参与，1-参与 */
  option_promoted?: Int64;
  /** PC端宝贝描述 */
  description?: string;
  /** 标题 */
  title?: string;
  /** 亮点1 */
  sub1_title?: string;
  /** 可入住日期开始 */
  start_available_date?: string;
  /** 酒店客房优惠券类目下的代金券数量 */
  amount?: Int64;
  /** 若为酒店客房优惠券类目则显示库存，其他类目则显示第一条sku的库存 */
  quantity?: Int64;
  /** 费用包含 */
  fee_exclude?: string;
  /** 发票说明 */
  invoice_explain?: string;
  /** 分润比例（推广费比例） */
  profit_rate?: string;
  /** 自动下架时间日期 */
  down_shelf_date?: string;
  /** 附加费用 */
  additional_pay?: string;
  /** 售卖时间日期，售卖时间类型1返回 */
  begin_date?: string;
  /** 商家编码 */
  outer_id?: string;
  /** 是否有发票 0-没有，1-店铺提供，2-卖家提供 */
  invoice?: Int64;
}

/** `TopTuanItemSkuVOList` of `alitrip.tuan.hotel.item.info.get`. */
export interface AlitripTuanHotelItemInfoGetTopTuanItemSkuVOList {
  /** 套餐间夜 */
  night_count?: Int64;
  /** 套餐库存 */
  quantity?: Int64;
  /** 宝贝标题 */
  item_title?: string;
  /** 套餐原价 */
  orig_price?: string;
  /** 宝贝ID */
  item_id?: Int64;
  /** 卖家ID */
  seller_id?: Int64;
  /** 套餐价格 */
  price?: string;
  /** 套餐人数 */
  people_count?: Int64;
  /** 套餐名称 */
  name?: string;
  /** 日历库存信息 */
  calendar_info?: AlitripTuanHotelItemInfoGetTopSkuCalendarInfo;
  /** 商家编码 */
  outer_id?: string;
  /** skuId */
  sku_id?: Int64;
}

/** `TopSkuCalendarInfo` of `alitrip.tuan.hotel.item.info.get`. */
export interface AlitripTuanHotelItemInfoGetTopSkuCalendarInfo {
  /** 日历库存范围结束日期 */
  end?: string;
  /** 日历库存价格信息 */
  diffs?: AlitripTuanHotelItemInfoGetTopSkuDailyInfo[];
  /** 日历库存范围开始日期 */
  begin?: string;
}

/** `TopSkuDailyInfo` of `alitrip.tuan.hotel.item.info.get`. */
export interface AlitripTuanHotelItemInfoGetTopSkuDailyInfo {
  /** 日期 */
  d?: string;
  /** 价格 */
  price?: string;
  /** 库存 */
  stock?: Int64;
}

/** `TuanEticketPackageVo` of `alitrip.tuan.hotel.item.info.get`. */
export interface AlitripTuanHotelItemInfoGetTuanEticketPackageVo {
  /** 核销放行码商名称 */
  pass_merchant_user_name?: string;
  /** 门店分账是否支持资金到门店：0不支持，1支持 */
  is_money_to_store?: Int64;
  /** 分账方式 0-不分账，1-门店分账 2-宝贝分账 */
  bill_type?: Int64;
  /** 核销帐号名称 */
  send_merchant_user_name?: string;
  /** 宝贝分账是否支持子账号核销 */
  is_sub_account?: Int64;
  /** 系统自动生成 */
  online?: Int64;
  /** 核销帐号id。电子凭证下，返回。关于发行码商和核销放行的说明 淘宝：0 阿里旅行代金券：2395482105 第三方码商（浙江深大：1077204890、孟宽测试：112414636、子畵码商：436160339、银科环企：2811880569） */
  send_merchant_user_id?: Int64;
  /** 是否分次预约，0-否，1-是 */
  multiple_times?: Int64;
  /** 宝贝分账信息，宝贝分账必填。分账多个账号之间以逗号隔开。数据格式（名称:比例数值或金额:类型 */
  bill_infos?: string;
  /** 核销放行码商id */
  pass_merchant_user_id?: Int64;
  /** 分账描述 */
  bill_type_desc?: string;
}

/** `TopStoreVO` of `alitrip.tuan.hotel.item.info.get`. */
export interface AlitripTuanHotelItemInfoGetTopStoreVO {
  /** 物理酒店ID */
  hid?: Int64;
  /** 城市 */
  city?: Int64;
  /** 标准酒店ID */
  shid?: Int64;
  /** 门店ID */
  store_id?: Int64;
  /** 门店分账下的分账信息，数据格式（淘宝账户名称:比例或者金额:分账方式（1-按照比例的方式进行分账，2-按照固定金额的方式进行分账）） */
  bill_infos?: string;
  /** 分账描述 */
  bill_descs?: string;
  /** 核销账号 */
  write_off_accounts?: string;
  /** 房型列表 */
  room_types?: AlitripTuanHotelItemInfoGetTopRoomTypeVO[];
  /** 酒店名称 */
  name?: string;
  /** 联系电话列表 */
  appoint_phones?: AlitripTuanHotelItemInfoGetTopAppointPhoneVO[];
}

/** `TopRoomTypeVO` of `alitrip.tuan.hotel.item.info.get`. */
export interface AlitripTuanHotelItemInfoGetTopRoomTypeVO {
  /** 房型名称 */
  type_name?: string;
  /** 房型ID */
  type_id?: Int64;
}

/** `TopAppointPhoneVO` of `alitrip.tuan.hotel.item.info.get`. */
export interface AlitripTuanHotelItemInfoGetTopAppointPhoneVO {
  /** 手机号 */
  mobil?: string;
  /** 地区 */
  area?: string;
  /** 国家 */
  country?: string;
  /** 固话号码 */
  fix?: string;
  /** p400 */
  p400?: string;
  /** 类型固话或手机 */
  type?: string;
}

/** `RelatedPoiDetailVo` of `alitrip.tuan.hotel.item.info.get`. */
export interface AlitripTuanHotelItemInfoGetRelatedPoiDetailVo {
  /** POI名称 */
  poi_name?: string;
  /** POI ID */
  poi_id?: Int64;
}

/** `TuanItemRelateGiftVO` of `alitrip.tuan.hotel.item.info.get`. */
export interface AlitripTuanHotelItemInfoGetTuanItemRelateGiftVO {
  /** 数量 */
  num?: Int64;
  /** 类别：1-温泉；2-滑雪；3-门票；4-美食；5-下午茶；6-SPA；7-礼包；8-亲子；9-交通；10-代金券；999-用户自定义 */
  type?: Int64;
  /** 宝贝ID */
  item_id?: Int64;
  /** 单位 */
  unit?: string;
  /** 描述 */
  desc?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  item_info: {
    gift: 'String',
    appoint_explain: 'String',
    pic_urls: ['String'],
    sec_kills: ['String'],
    during_end_date: 'String',
    unavailable_dates: 'String',
    effective_days: 'Number',
    price: 'String',
    begin_hour: 'String',
    confirm_time: 'String',
    promoted_status: 'Number',
    begin_min: 'String',
    cat_id: 'Number',
    item_id: 'Number',
    down_shelf_hour: 'String',
    advance_days: 'Number',
    breakfast: 'Number',
    main_video_pic_url: 'String',
    refund: 'Number',
    night_count: 'Number',
    city: 'String',
    orig_price: 'String',
    shop_categories_id_list: ['String'],
    sub_stock_at_buy: 'Number',
    end_available_date: 'String',
    effective_date_type: 'Number',
    fee_include: 'String',
    prov: 'String',
    seller_nick: 'String',
    wangpu_detail: 'String',
    wireless_pic_urls: ['String'],
    sub2_title: 'String',
    end_effective_date: 'String',
    service_type: 'String',
    unavailable_weeks: 'String',
    sub3_title: 'String',
    store_seller_id: 'String',
    begin_type: 'Number',
    sub4_title: 'String',
    seller_id: 'Number',
    etc: 'Number',
    start_effective_date: 'String',
    down_shelf_min: 'String',
    confirm_type: 'String',
    wl_description: 'String',
    inventory_type: 'Number',
    auto_refund: 'Number',
    store_seller_nick: 'String',
    breakfast_desc: 'String',
    auction_point: 'Number',
    contain_elements: ['String'],
    option_promoted: 'Number',
    description: 'String',
    title: 'String',
    sub1_title: 'String',
    start_available_date: 'String',
    amount: 'Number',
    quantity: 'Number',
    fee_exclude: 'String',
    invoice_explain: 'String',
    profit_rate: 'String',
    down_shelf_date: 'String',
    additional_pay: 'String',
    begin_date: 'String',
    outer_id: 'String',
    invoice: 'Number',
  },
  tuan_item_sku_list: [
    {
      night_count: 'Number',
      quantity: 'Number',
      item_title: 'String',
      orig_price: 'String',
      item_id: 'Number',
      seller_id: 'Number',
      price: 'String',
      people_count: 'Number',
      name: 'String',
      calendar_info: {
        end: 'String',
        diffs: [
          {
            d: 'String',
            price: 'String',
            stock: 'Number',
          },
        ],
        begin: 'String',
      },
      outer_id: 'String',
      sku_id: 'Number',
    },
  ],
  tuan_eticket_package: {
    pass_merchant_user_name: 'String',
    is_money_to_store: 'Number',
    bill_type: 'Number',
    send_merchant_user_name: 'String',
    is_sub_account: 'Number',
    online: 'Number',
    send_merchant_user_id: 'Number',
    multiple_times: 'Number',
    bill_infos: 'String',
    pass_merchant_user_id: 'Number',
    bill_type_desc: 'String',
  },
  stores: [
    {
      hid: 'Number',
      city: 'Number',
      shid: 'Number',
      store_id: 'Number',
      bill_infos: 'String',
      bill_descs: 'String',
      write_off_accounts: 'String',
      room_types: [
        {
          type_name: 'String',
          type_id: 'Number',
        },
      ],
      name: 'String',
      appoint_phones: [
        {
          mobil: 'String',
          area: 'String',
          country: 'String',
          fix: 'String',
          p400: 'String',
          type: 'String',
        },
      ],
    },
  ],
  related_poi_detail_v_o_list: [
    {
      poi_name: 'String',
      poi_id: 'Number',
    },
  ],
  tuan_item_relate_gift_list: [
    {
      num: 'Number',
      type: 'Number',
      item_id: 'Number',
      unit: 'String',
      desc: 'String',
    },
  ],
  msg_code: 'String',
  status: 'Boolean',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.tuan.hotel.item.info.get`: method, response root, request and response schemas. */
export const alitripTuanHotelItemInfoGetOperation = {
  method: 'alitrip.tuan.hotel.item.info.get',
  responseRoot: 'alitrip_tuan_hotel_item_info_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 宝贝信息查询接口 — calls TOP method `alitrip.tuan.hotel.item.info.get`.
 *
 * 商家查询发布的宝贝详情信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTuanHotelItemInfoGet(
  client: TopClient,
  request: AlitripTuanHotelItemInfoGetRequest,
  options?: CallOptions,
): Promise<AlitripTuanHotelItemInfoGetResponse> {
  return client.call<AlitripTuanHotelItemInfoGetResponse>(
    {
      method: 'alitrip.tuan.hotel.item.info.get',
      responseRoot: 'alitrip_tuan_hotel_item_info_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
