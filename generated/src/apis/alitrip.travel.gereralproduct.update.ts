// Generated from specs/travel/alitrip.travel.gereralproduct.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.travel.gereralproduct.update` (通用类目产品发布编辑). */
export interface AlitripTravelGereralproductUpdateRequest {
  /** 产品基本信息 */
  base_info: AlitripTravelGereralproductUpdateGeneralProductBaseInfoInput;
  /** 退款规则结构 */
  refund_info?: AlitripTravelGereralproductUpdateItemRefundInfoInput;
  /**
   * 必填，预定规则结构。示例： [{ "rule_type": "fee_excluded", "rule_desc": "费用包含描述"},{ "rule_type": "fee_included", "rule_desc": "费用不含描述"},{ "rule_type": "order_info", "rule_desc": "预定须知描述"}]
   *
   * Max list size: 20
   */
  booking_rules: AlitripTravelGereralproductUpdateBookingRuleInfoInput[];
  /** 产品销售信息 */
  product_sale_info?: AlitripTravelGereralproductUpdateProductSaleInfoInput;
  /**
   * 更新sku信息，仅限日历商品使用
   *
   * Max list size: 20
   */
  date_sku_info_list?: AlitripTravelGereralproductUpdateDateSkuInfoInput[];
}

/** Response of `alitrip.travel.gereralproduct.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTravelGereralproductUpdateResponse {
  /** firstResult */
  first_result?: AlitripTravelGereralproductUpdateTopTravelItem;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `GeneralProductBaseInfo` of `alitrip.travel.gereralproduct.update`. */
export interface AlitripTravelGereralproductUpdateGeneralProductBaseInfoInput {
  /** 商品描述 */
  desc?: string;
  /** 手机描述 格式:标题 描述图片路径 */
  wap_desc?: string;
  /** 最晚收客时间:分钟。仅个别类目支持 */
  reserve_deadline_minutes?: Int64Input;
  /** 商品类目id，发布商品必填，编辑选填；支持的线上类目ID，船票：50018298 */
  category_id?: Int64Input;
  /** 商家编码 */
  out_id?: string;
  /** 目的地，填写中文，以英文逗号分隔，最多可填12个，如果国家底下还有城市，则必须精确到城市。如果接口报错提示目的地不存在，则可登录商家基础信息映射管理后台（https://sell.alitrip.com/sell/basicdata/BasicDataMapping.htm）修正并生效映射关系，映射关系生效后，无法识别的目的地将自动替换为映射值 【重要提示-此字段会作为搜索/筛选条件】 */
  to_locations?: string;
  /** 品图片路径。最多支持5张，第一张为主图 必填，其余四张可选填（多张图片间使用英文逗号分隔）。图片链接支持外链图片（即商家系统中图片链接，必须外网可访问，且格式为png、jpg或jpeg，大小在500k以内），或者用户淘宝空间内的图片链接。对于外链图片，将自动下载并上传用户淘宝图片空间，上传失败的外链图片将自动忽略不计。 */
  pic_urls?: string[];
  /** 淘宝平台商品ID 产品更新时使用 */
  item_id?: Int64Input;
  /** 可选，资源确认时长，当confirm_type=2时必填。1：2个工作小时内确认，2：6个工作小时内确认，3：9个工作小时内确认，4：18个工作小时内确认 */
  confirm_time?: Int64Input;
  /** 商品亮点。1）目前最多支持4个亮点，超过4个的亮点描述不会被保存 2）每个亮点描述35个字符以内 3）每个亮点间用英文逗号分隔 */
  sub_titles?: string[];
  /** 必填，商品标题。30个字符以内 【重要-此字段会作为搜索条件】 */
  title?: string;
  /** 至少提前天数，最晚成团提前天数，最小0天，最大为300天；不传则为0 */
  duration?: Int64Input;
  /** 最晚收客时间:小时。仅个别类目支持 */
  reserve_deadline_hours?: Int64Input;
  /** 商品属性列表；由类目的属性PID和VID组成，属性的pid调用taobao.itemprops.get取得，属性值的vid用taobao.itempropvalues.get取得vid。如果该类目下面没有属性，可以不用填写。如果有属性，必选属性必填，其他非必选属性可以选择不填写.属性不能超过35对。 */
  props?: AlitripTravelGereralproductUpdateCatPropInfoInput[];
  /** 可选，资源确认类型。1-即时确认，2-二次确认。不传默认1 */
  confirm_type?: Int64Input;
}

/** `CatPropInfo` of `alitrip.travel.gereralproduct.update`. */
export interface AlitripTravelGereralproductUpdateCatPropInfoInput {
  /** 属性PID，调用taobao.itemprops.get取得 */
  vid?: string;
  /** 属性VID，调用taobao.itemprops.get取得 */
  pid?: string;
}

/** `ItemRefundInfo` of `alitrip.travel.gereralproduct.update`. */
export interface AlitripTravelGereralproductUpdateItemRefundInfoInput {
  /** 退改规则 1）格式：标准规则 或 自定义规则：a_a_num,a_b_num,b-1_c_num,c-1_c-1_num 2）规则：自定义规则里最多可含5组规则 */
  refund_regulations?: string[];
  /** 退改规则类型，0为标准，1为自定义 2为不支持退改规则。不传默认为0 */
  refund_type?: Int64Input;
}

/** `BookingRuleInfo` of `alitrip.travel.gereralproduct.update`. */
export interface AlitripTravelGereralproductUpdateBookingRuleInfoInput {
  /** fee_included：费用包含，跟团游必填； fee_excluded：费用不含，所有类目必填； order_info：预定须知； extra_cost：其他费用，预留； */
  rule_type: string;
  /** 1500个字 */
  rule_desc: string;
}

/** `ProductSaleInfo` of `alitrip.travel.gereralproduct.update`. */
export interface AlitripTravelGereralproductUpdateProductSaleInfoInput {
  /** 可选，资源确认时长，当confirm_type=2时必填。1：2个工作小时内确认，2：6个工作小时内确认，3：9个工作小时内确认，4：18个工作小时内确认 */
  confirm_time?: Int64Input;
  /** 至少提前天数，最晚成团提前天数，最小0天，最大为300天；不传则为0 */
  duration?: Int64Input;
  /** 是否支持经销 */
  distribute?: boolean;
  /** 产品线 */
  product_line?: Int64Input;
  /** 是否支持代销 */
  agent?: boolean;
  /** 建议零售价上限，单位：元 */
  price_upper?: string;
  /** 可选，资源确认类型。1-即时确认，2-二次确认。不传默认1 */
  confirm_type?: Int64Input;
  /** 建议零售价下限，单位：元 */
  price_lower?: string;
}

/** `DateSkuInfo` of `alitrip.travel.gereralproduct.update`. */
export interface AlitripTravelGereralproductUpdateDateSkuInfoInput {
  /** sku销售属性别名；如套餐1 需要调整成其他 需要在这里修改 */
  alias?: AlitripTravelGereralproductUpdatePropertyAliasInfoInput[];
  /** SKU的销售价格库存，日历商品使用 */
  date_list?: AlitripTravelGereralproductUpdateDateInventoryAndPriceInput[];
  /** SKU销售属性列表；由类目的属性PID和VID组成，属性的pid调用taobao.itemprops.get取得，属性值的vid用taobao.itempropvalues.get取得vid。如果该类目下面没有属性，可以不用填写。如果有属性，必选属性必填，其他非必选属性可以选择不填写.属性不能超过35对。 */
  properties?: AlitripTravelGereralproductUpdateCatPropInfoInput[];
  /** sku商品编码 */
  outer_id?: string;
}

/** `PropertyAliasInfo` of `alitrip.travel.gereralproduct.update`. */
export interface AlitripTravelGereralproductUpdatePropertyAliasInfoInput {
  /** 属性具体别名值 */
  value?: string;
  /** 销售属性的pid和vid，属性的pid调用taobao.itemprops.get取得，属性值的vid用taobao.itempropvalues.get取得vid */
  properties?: string;
}

/** `DateInventoryAndPrice` of `alitrip.travel.gereralproduct.update`. */
export interface AlitripTravelGereralproductUpdateDateInventoryAndPriceInput {
  /** Sku的库存数量。sku的总数量应该小于等于商品总数量(Item的NUM)，sku数量变化后item的总数量也会随着变化。取值范围:大于等于零的整数 */
  stock?: Int64Input;
  /** 销售日期 */
  date?: DateInput;
  /** Sku的销售价格。单位:分。如:20007，表示:200元7分。修改后的sku价格要保证商品的价格在所有sku价格所形成的价格区间内（例如：商品价格为6元，sku价格有5元、10元两种，如果要修改5元sku的价格，那么修改的范围只能是0-6元之间；如果要修改10元的sku，那么修改的范围只能是6到无穷大的区间中） */
  price?: Int64Input;
}

/** `TopTravelItem` of `alitrip.travel.gereralproduct.update`. */
export interface AlitripTravelGereralproductUpdateTopTravelItem {
  /** 商品修改时间 */
  modified?: string;
  /** 产品id */
  item_id?: string;
  /** 商品创建时间 */
  created?: string;
}

const REQUEST_SCHEMA = {
  base_info: {
    desc: 'String',
    wap_desc: 'String',
    reserve_deadline_minutes: 'Number',
    category_id: 'Number',
    out_id: 'String',
    to_locations: 'String',
    pic_urls: ['String'],
    item_id: 'Number',
    confirm_time: 'Number',
    sub_titles: ['String'],
    title: 'String',
    duration: 'Number',
    reserve_deadline_hours: 'Number',
    props: [
      {
        vid: 'String',
        pid: 'String',
      },
    ],
    confirm_type: 'Number',
  },
  refund_info: {
    refund_regulations: ['String'],
    refund_type: 'Number',
  },
  booking_rules: [
    {
      rule_type: 'String',
      rule_desc: 'String',
    },
  ],
  product_sale_info: {
    confirm_time: 'Number',
    duration: 'Number',
    distribute: 'Boolean',
    product_line: 'Number',
    agent: 'Boolean',
    price_upper: 'String',
    confirm_type: 'Number',
    price_lower: 'String',
  },
  date_sku_info_list: [
    {
      alias: [
        {
          value: 'String',
          properties: 'String',
        },
      ],
      date_list: [
        {
          stock: 'Number',
          date: 'Date',
          price: 'Number',
        },
      ],
      properties: [
        {
          vid: 'String',
          pid: 'String',
        },
      ],
      outer_id: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  first_result: {
    modified: 'Date',
    item_id: 'String',
    created: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.travel.gereralproduct.update`: method, response root, request and response schemas. */
export const alitripTravelGereralproductUpdateOperation = {
  method: 'alitrip.travel.gereralproduct.update',
  responseRoot: 'alitrip_travel_gereralproduct_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通用类目产品发布编辑 — calls TOP method `alitrip.travel.gereralproduct.update`.
 *
 * 提供给飞猪供销平台供应商发布编辑通用类目产品的API
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTravelGereralproductUpdate(
  client: TopClient,
  request: AlitripTravelGereralproductUpdateRequest,
  options?: CallOptions,
): Promise<AlitripTravelGereralproductUpdateResponse> {
  return client.call<AlitripTravelGereralproductUpdateResponse>(
    {
      method: 'alitrip.travel.gereralproduct.update',
      responseRoot: 'alitrip_travel_gereralproduct_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
