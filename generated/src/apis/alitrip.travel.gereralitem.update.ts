// Generated from specs/travel/alitrip.travel.gereralitem.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.travel.gereralitem.update` (除度假线路、门票以外的其他类目商品维护接口（商品ID重复将自动更新）). */
export interface AlitripTravelGereralitemUpdateRequest {
  /** 必填，商品基本信息 */
  base_info?: AlitripTravelGereralitemUpdateBaseInfoInput;
  /**
   * 必填，预定规则结构。示例： [{ "rule_type": "fee_excluded", "rule_desc": "费用包含描述"},{ "rule_type": "fee_included", "rule_desc": "费用不含描述"},{ "rule_type": "order_info", "rule_desc": "预定须知描述"}]
   *
   * Max list size: 20
   */
  booking_rules: AlitripTravelGereralitemUpdateBookingRuleInfoInput[];
  /**
   * 更新sku信息，仅限日历商品使用
   *
   * Max list size: 500
   */
  date_sku_info_list?: AlitripTravelGereralitemUpdateDateSkuInfoInput[];
  /** 新版电子凭证信息。如果传递了此参数，则sales_info中旧版电子凭证信息将被忽略，否则电子凭证信息将以旧版电子凭证参数为准。如果新、旧版参数都没传，则该商品不支持电子凭证 */
  item_ele_cert_info?: AlitripTravelGereralitemUpdateItemEleCertInfoInput;
  /** 选填，退款规则结构 */
  item_refund_info?: AlitripTravelGereralitemUpdateItemRefundInfoInput;
  /**
   * 更新sku信息，仅限非日历（普通）商品使用
   *
   * Max list size: 500
   */
  common_sku_list?: AlitripTravelGereralitemUpdateNoDateSkuInfoInput[];
  /** poi信息，个别类目必填，如演艺类目下场馆信息 */
  poi?: AlitripTravelGereralitemUpdatePoiInput;
}

/** Response of `alitrip.travel.gereralitem.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTravelGereralitemUpdateResponse {
  /** 商品发布结果 */
  travel_item?: AlitripTravelGereralitemUpdateTopTravelItem;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseInfo` of `alitrip.travel.gereralitem.update`. */
export interface AlitripTravelGereralitemUpdateBaseInfoInput {
  /** 用户指定的上下架操作：0-下架，1-上架（立即上架，定时上架）,2-从未上架。注意，已失效，默认下架状态。如需上架请调用taobao.alitrip.travel.item.shelve接口操作。 */
  approve_status?: Int64Input;
  /** 商品类目id，发布商品必填，编辑选填；支持的线上类目ID： 123740001, 125038002, 50018298, 124084006, 125228016, 50011954, 50012913, 50214003, 50012917, 50134002, 50026091, 123742001, 50019817, 125210016, 124212017, 50025888, 50025831, 124142009, 123744001, 50012762, 50025880, 123166001, 50668002, 50024210, 50024208, 50024215, 50025878, 50024212, 123738001, 123164002, 50686003, 123164001, 124832008, 125408001, 50018112, 124258004, 50104001, 124730002, 124090010；支持的测试类目ID： 145732013, 145632040, 145632038, 145632039, 50018322, 145632036, 145632037, 145632034, 145632035, 145632032, 145632033, 145632031, 50019817, 146476005 */
  category_id?: Int64Input;
  /** 宝贝所在市。不填默认设置 杭州 */
  city?: string;
  /** 商品描述 */
  desc?: string;
  /** 商品的补充描述，不同类目所设置值不一样，根据类目配置模版来决定传值；目前仅演艺类目使用，模版：145632032=showStart#演出开始时间#3#20\@showEnd#演出结束时间#3#20 */
  exts_map?: string;
  /** 是否支持会员打折。可选值：true，false；默认值：false(不打折)。不传的话默认为false */
  has_discount?: boolean;
  /** 是否橱窗推荐，可选值：true，false；默认值：false(不推荐) */
  has_showcase?: boolean;
  /** 淘宝平台商品ID 商品更新时使用 */
  item_id?: Int64Input;
  /** 商品标签 提高曝光率 */
  label?: string;
  /** 上架时间。大于当前时间则宝贝会下架进入定时上架的宝贝中。 */
  online_time?: DateInput;
  /** 商家编码 */
  out_id?: string;
  /** 品图片路径。最多支持5张，第一张为主图 必填，其余四张可选填（多张图片间使用英文逗号分隔）。图片链接支持外链图片（即商家系统中图片链接，必须外网可访问，且格式为png、jpg或jpeg，大小在500k以内），或者用户淘宝空间内的图片链接。对于外链图片，将自动下载并上传用户淘宝图片空间，上传失败的外链图片将自动忽略不计。 */
  pic_urls?: string[];
  /** 商品属性列表；由类目的属性PID和VID组成，属性的pid调用taobao.itemprops.get取得，属性值的vid用taobao.itempropvalues.get取得vid。如果该类目下面没有属性，可以不用填写。如果有属性，必选属性必填，其他非必选属性可以选择不填写.属性不能超过35对。 */
  props?: AlitripTravelGereralitemUpdateCatPropInfoInput[];
  /** 宝贝所在地省，后台通过用户输入城市去获取该城市对应省份 */
  prov?: string;
  /** 商品秒杀，商品秒杀三个值：可选类型web_only(只能通过web网络秒杀)，wap_only(只能通过wap网络秒杀)，web_and_wap(既能通过web秒杀也能通过wap秒杀) */
  second_kill?: string;
  /** 宝贝店铺分类 */
  seller_cids?: string[];
  /** 库存计数方式，默认采用拍下减库存，不支持用户选择。0拍下减库存，1付款减库存； */
  sub_stock?: Int64Input;
  /** 商品亮点。1）目前最多支持4个亮点，超过4个的亮点描述不会被保存 2）每个亮点描述35个字符以内 3）每个亮点间用英文逗号分隔 */
  sub_titles?: string[];
  /** 必填，商品标题。30个字符以内 【重要-此字段会作为搜索条件】 */
  title: string;
  /** 手机描述 格式:标题 描述图片路径 */
  wap_desc?: string;
  /** 出发地（城市），填写中文，如果接口报错提示出发地不存在，则可登录商家基础信息映射管理后台（https://sell.alitrip.com/sell/basicdata/BasicDataMapping.htm）修正并生效映射关系，映射关系生效后，无法识别的出发地将自动替换为映射值 【重要提示-此属性会作为搜索/筛选条件】 */
  from_locations?: string;
  /** 目的地，填写中文，以英文逗号分隔，最多可填12个，如果国家底下还有城市，则必须精确到城市。如果接口报错提示目的地不存在，则可登录商家基础信息映射管理后台（https://sell.alitrip.com/sell/basicdata/BasicDataMapping.htm）修正并生效映射关系，映射关系生效后，无法识别的目的地将自动替换为映射值 【重要提示-此字段会作为搜索/筛选条件】 */
  to_locations?: string;
  /** 可选，资源确认类型。1-即时确认，2-二次确认。不传默认1 */
  confirm_type?: Int64Input;
  /** 可选，资源确认时长，当confirm_type=2时必填。1：2个工作小时内确认，2：6个工作小时内确认，3：9个工作小时内确认，4：18个工作小时内确认 */
  confirm_time?: Int64Input;
  /** 至少提前天数，最晚成团提前天数，最小0天，最大为300天；不传则为0 */
  duration?: Int64Input;
  /** 最晚收客时间:小时。仅个别类目支持 */
  reserve_deadline_hours?: Int64Input;
  /** 最晚收客时间:分钟。仅个别类目支持 */
  reserve_deadline_minutes?: Int64Input;
}

/** `CatPropInfo` of `alitrip.travel.gereralitem.update`. */
export interface AlitripTravelGereralitemUpdateCatPropInfoInput {
  /** 属性PID，调用taobao.itemprops.get取得 */
  pid?: string;
  /** 属性VID，调用taobao.itempropvalues.get取得 */
  vid?: string;
}

/** `BookingRuleInfo` of `alitrip.travel.gereralitem.update`. */
export interface AlitripTravelGereralitemUpdateBookingRuleInfoInput {
  /** 1500个字 */
  rule_desc: string;
  /** fee_included：费用包含，跟团游必填； fee_excluded：费用不含，所有类目必填； order_info：预定须知； extra_cost：其他费用，预留； */
  rule_type: string;
}

/** `DateSkuInfo` of `alitrip.travel.gereralitem.update`. */
export interface AlitripTravelGereralitemUpdateDateSkuInfoInput {
  /** sku销售属性别名；如套餐1 需要调整成其他 需要在这里修改 */
  alias?: AlitripTravelGereralitemUpdatePropertyAliasInfoInput[];
  /** SKU的销售价格库存，日历商品使用 */
  date_list?: AlitripTravelGereralitemUpdateDateInventoryAndPriceInput[];
  /** sku商品编码 */
  outer_id?: string;
  /** SKU销售属性列表,若未填写,其他sku信息不会生效；由类目的属性PID和VID组成，属性的pid调用taobao.itemprops.get取得，属性值的vid用taobao.itempropvalues.get取得vid。如果该类目下面没有属性，可以不用填写。如果有属性，必选属性必填，其他非必选属性可以选择不填写.属性不能超过35对。 */
  properties?: AlitripTravelGereralitemUpdateCatPropInfoInput[];
}

/** `PropertyAliasInfo` of `alitrip.travel.gereralitem.update`. */
export interface AlitripTravelGereralitemUpdatePropertyAliasInfoInput {
  /** 销售属性的pid和vid，属性的pid调用taobao.itemprops.get取得，属性值的vid用taobao.itempropvalues.get取得vid */
  properties?: string;
  /** 属性具体别名值 */
  value?: string;
}

/** `DateInventoryAndPrice` of `alitrip.travel.gereralitem.update`. */
export interface AlitripTravelGereralitemUpdateDateInventoryAndPriceInput {
  /** 销售日期 */
  date?: DateInput;
  /** Sku的销售价格。单位:分。如:20007，表示:200元7分。修改后的sku价格要保证商品的价格在所有sku价格所形成的价格区间内（例如：商品价格为6元，sku价格有5元、10元两种，如果要修改5元sku的价格，那么修改的范围只能是0-6元之间；如果要修改10元的sku，那么修改的范围只能是6到无穷大的区间中） */
  price?: Int64Input;
  /** Sku的库存数量。sku的总数量应该小于等于商品总数量(Item的NUM)，sku数量变化后item的总数量也会随着变化。取值范围:大于等于零的整数 */
  stock?: Int64Input;
}

/** `ItemEleCertInfo` of `alitrip.travel.gereralitem.update`. */
export interface AlitripTravelGereralitemUpdateItemEleCertInfoInput {
  /** 可选，售中自动退款比例，0~100。默认为0，即不支持售中自动退款；当值为1~100时表示售中自动退款的比例 */
  auto_refund_rate?: Int64Input;
  /** 可选，过期自动退款比例，0~100。默认为0，即不支持过期自动退款比例；当值为1~100时表示过期自动退款的比例 */
  expired_refund_rate?: Int64Input;
  /** 殊必填（expiryDateType为1或2时必填），电子凭证 有效期 结束时间 */
  expiry_date_end?: DateInput;
  /** 特殊必填（expiryDateType为1时必填），电子凭证 有效期 开始时间 */
  expiry_date_start?: DateInput;
  /** 必填，电子凭证有效期 过期类型。1：xxxx-xx-xx 到 xxxx-xx-xx； 2：购买成功日 至 xxxx-xx-xx； 3：购买成功 xx 天内有效 */
  expiry_date_type?: Int64Input;
  /** 特殊必填（expiryDateType为3时必填），电子凭证 有效期 天数 */
  expiry_days?: Int64Input;
  /** 必填，核销门店库id */
  package_id?: Int64Input;
}

/** `ItemRefundInfo` of `alitrip.travel.gereralitem.update`. */
export interface AlitripTravelGereralitemUpdateItemRefundInfoInput {
  /** 退改规则 1）格式：标准规则 或 自定义规则：a_a_num,a_b_num,b-1_c_num,c-1_c-1_num 2）规则：自定义规则里最多可含5组规则 */
  refund_regulations?: string[];
  /** 退改规则类型，0为标准，1为自定义 2为不支持退改规则。不传默认为0 */
  refund_type?: Int64Input;
}

/** `NoDateSkuInfo` of `alitrip.travel.gereralitem.update`. */
export interface AlitripTravelGereralitemUpdateNoDateSkuInfoInput {
  /** sku销售属性别名；如套餐1 需要调整成其他 需要在这里修改 */
  alias?: AlitripTravelGereralitemUpdatePropertyAliasInfoInput[];
  /** sku商家编码 */
  outer_id?: string;
  /** Sku的销售价格。单位:分。如:20007，表示:200元7分。修改后的sku价格要保证商品的价格在所有sku价格所形成的价格区间内（例如：商品价格为6元，sku价格有5元、10元两种，如果要修改5元sku的价格，那么修改的范围只能是0-6元之间；如果要修改10元的sku，那么修改的范围只能是6到无穷大的区间中） */
  price?: Int64Input;
  /** SKU销售属性列表,若未填写,其他sku信息不会生效；由类目的属性PID和VID组成，属性的pid调用taobao.itemprops.get取得，属性值的vid用taobao.itempropvalues.get取得vid。如果该类目下面没有属性，可以不用填写。如果有属性，必选属性必填，其他非必选属性可以选择不填写.属性不能超过35对。 */
  properties?: AlitripTravelGereralitemUpdateCatPropInfoInput[];
  /** Sku的库存数量。sku的总数量应该小于等于商品总数量(Item的NUM)，sku数量变化后item的总数量也会随着变化。取值范围:大于等于零的整数 */
  quantity?: Int64Input;
}

/** `Poi` of `alitrip.travel.gereralitem.update`. */
export interface AlitripTravelGereralitemUpdatePoiInput {
  /** POI对应ID */
  id?: Int64Input;
  /** POI对应的名称 */
  name?: string;
}

/** `TopTravelItem` of `alitrip.travel.gereralitem.update`. */
export interface AlitripTravelGereralitemUpdateTopTravelItem {
  /** 商品创建时间 */
  created?: string;
  /** 商品id */
  item_id?: Int64;
  /** 商品修改时间 */
  modified?: string;
}

const REQUEST_SCHEMA = {
  base_info: {
    approve_status: 'Number',
    category_id: 'Number',
    city: 'String',
    desc: 'String',
    exts_map: 'String',
    has_discount: 'Boolean',
    has_showcase: 'Boolean',
    item_id: 'Number',
    label: 'String',
    online_time: 'Date',
    out_id: 'String',
    pic_urls: ['String'],
    props: [
      {
        pid: 'String',
        vid: 'String',
      },
    ],
    prov: 'String',
    second_kill: 'String',
    seller_cids: ['String'],
    sub_stock: 'Number',
    sub_titles: ['String'],
    title: 'String',
    wap_desc: 'String',
    from_locations: 'String',
    to_locations: 'String',
    confirm_type: 'Number',
    confirm_time: 'Number',
    duration: 'Number',
    reserve_deadline_hours: 'Number',
    reserve_deadline_minutes: 'Number',
  },
  booking_rules: [
    {
      rule_desc: 'String',
      rule_type: 'String',
    },
  ],
  date_sku_info_list: [
    {
      alias: [
        {
          properties: 'String',
          value: 'String',
        },
      ],
      date_list: [
        {
          date: 'Date',
          price: 'Number',
          stock: 'Number',
        },
      ],
      outer_id: 'String',
      properties: [
        {
          pid: 'String',
          vid: 'String',
        },
      ],
    },
  ],
  item_ele_cert_info: {
    auto_refund_rate: 'Number',
    expired_refund_rate: 'Number',
    expiry_date_end: 'Date',
    expiry_date_start: 'Date',
    expiry_date_type: 'Number',
    expiry_days: 'Number',
    package_id: 'Number',
  },
  item_refund_info: {
    refund_regulations: ['String'],
    refund_type: 'Number',
  },
  common_sku_list: [
    {
      alias: [
        {
          properties: 'String',
          value: 'String',
        },
      ],
      outer_id: 'String',
      price: 'Number',
      properties: [
        {
          pid: 'String',
          vid: 'String',
        },
      ],
      quantity: 'Number',
    },
  ],
  poi: {
    id: 'Number',
    name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  travel_item: {
    created: 'Date',
    item_id: 'Number',
    modified: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.travel.gereralitem.update`: method, response root, request and response schemas. */
export const alitripTravelGereralitemUpdateOperation = {
  method: 'alitrip.travel.gereralitem.update',
  responseRoot: 'alitrip_travel_gereralitem_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 除度假线路、门票以外的其他类目商品维护接口（商品ID重复将自动更新） — calls TOP method `alitrip.travel.gereralitem.update`.
 *
 * 除度假线路、门票以外的商品维护接口；目前该接口支持以下类目；
 * （123740001：客栈周边交通服务、125038002：旅行设备/GPS/相机租赁、50018298：船票、124084006：酒店商品升级差价、125228016：预约卡券、50011954：旅游服务、50012913：酒店优惠券、50214003：旅游会员卡/酒店会员卡、50012917：巴士/地铁/交通卡/一卡通、50134002：代客烧香/还愿、50026091：境外火车票、123742001：客栈周边餐饮服务、50019817：海外套餐（该类目已废弃）、125210016：团建/outing、124212017：其他预定、50025888：机场行李托运取送寄存、50025831：旅游年票/年卡、124142009：旅游商品升级差价/押金、123744001：客栈周边其他服务、50012762：广深口岸港澳送关服务、50025880：旅行拍照/婚纱摄影、123166001：酒店餐饮美食（该类目已废弃）、50668002：手绘地图/明信片、50024210：旅游购物/纪念品、50024208：酒店用品、50024215：购物折扣卡券、50025878：酒店SPA/足浴/温泉、50024212：旅游必备品、123738001：客栈周边票务服务、123164002：游泳健身（该类目已废弃）、50686003：机票增值产品、123164001：酒店SPA（该类目已废弃）、124832008：美食卡券/酒店餐饮卡券、125408001：旅游定制服务、50018112：旅行社/网站优惠券、124258004：酒店客房优惠券（该类目已废弃）、50104001：机场周边停车位、124730002：内机机场/火车站送关服务、124090010：其他）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTravelGereralitemUpdate(
  client: TopClient,
  request: AlitripTravelGereralitemUpdateRequest,
  options?: CallOptions,
): Promise<AlitripTravelGereralitemUpdateResponse> {
  return client.call<AlitripTravelGereralitemUpdateResponse>(
    {
      method: 'alitrip.travel.gereralitem.update',
      responseRoot: 'alitrip_travel_gereralitem_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
