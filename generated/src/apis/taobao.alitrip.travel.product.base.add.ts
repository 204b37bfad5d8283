// Generated from specs/travel/taobao.alitrip.travel.product.base.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.product.base.add` (供应商新增产品API). */
export interface TaobaoAlitripTravelProductBaseAddRequest {
  /** 产品基本信息 */
  base_info: TaobaoAlitripTravelProductBaseAddProductBaseInfoInput;
  /**
   * 选填，详细行程描述结构
   *
   * Max list size: 20
   */
  itineraries?: TaobaoAlitripTravelProductBaseAddItemItineraryInfoInput[];
  /** 选填，退款规则结构 */
  refund_info?: TaobaoAlitripTravelProductBaseAddItemRefundInfoInput;
  /**
   * 必填，预定规则结构。示例： [{ "rule_type": "fee_excluded", "rule_desc": "费用包含描述"},{ "rule_type": "fee_included", "rule_desc": "费用不含描述"},{ "rule_type": "order_info", "rule_desc": "预定须知描述"}]
   *
   * Max list size: 20
   */
  booking_rules: TaobaoAlitripTravelProductBaseAddBookingRuleInfoInput[];
  /** 特殊选填（当发布邮轮商品时必填，其他情况不填）邮轮商品相关信息，发布邮轮商品时必填 */
  cruise_product_ext?: TaobaoAlitripTravelProductBaseAddCruiseProductExtInput;
  /** 选填，商品的销售属性相关信息 */
  product_sale_info: TaobaoAlitripTravelProductBaseAddProductSaleInfoInput;
}

/** Response of `taobao.alitrip.travel.product.base.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelProductBaseAddResponse {
  /** 商品发布结果 */
  travel_item?: TaobaoAlitripTravelProductBaseAddTopTravelItem;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProductBaseInfo` of `taobao.alitrip.travel.product.base.add`. */
export interface TaobaoAlitripTravelProductBaseAddProductBaseInfoInput {
  /** 旅游日程-天数 */
  trip_max_days: Int64Input;
  /** pc端商品描述，不超过50000个字符。详情描述支持纯文本描述，也支持html格式的详情描述。html格式的详情描述中 图片链接支持外链图片（必须外网可访问， 且格式为png、jpg或jpeg，大小在500k以内）和淘宝图片空间链接。 */
  desc: string;
  /** 手机端描述。格式： 使用xml标签（shortDesc，txt和img）进行图文混排，shortDesc标签表示添加小标题，txt标签表示添加文本描述，img标签表示添加一张图片。 注意： 1）shortDesc，txt和img三个xml标签独立，可以乱序使用，但不能嵌套； 2）图片链接支持外链图片（必须外网可访问， 且格式为png、jpg或jpeg，大小在500k以内）和淘宝图片空间链接；3）手机端描述内容以wapDesc标签标示开始和结束 */
  wap_desc?: string;
  /** 必填，产品类型。目前仅支持 6-国际邮轮 9-境内邮轮 */
  item_type: Int64Input;
  /** 目的地，所有商品必填，填写中文，以英文逗号分隔，最多可填12个，如果国家底下还有城市，则必须精确到城市。如果接口报错提示目的地不存在，则可登录商家基础信息映射管理后台（https://sell.alitrip.com/sell/basicdata/BasicDataMapping.htm）修正并生效映射关系，映射关系生效后，无法识别的目的地将自动替换为映射值 【重要提示-此字段会作为搜索/筛选条件】 */
  to_locations: string;
  /** 商品图片路径。最多支持5张，第一张为主图 必填，其余四张可选填（多张图片间使用英文逗号分隔）。图片链接支持外链图片（即商家系统中图片链接，必须外网可访问，且格式为png、jpg或jpeg，大小在500k以内），或者用户淘宝空间内的图片链接。对于外链图片，将自动下载并上传用户淘宝图片空间，上传失败的外链图片将自动忽略不计。 */
  pic_urls: string[];
  /** 旅游日程-晚数，必须大于等于0，且小于等于旅游日程-天数。 这里注意下，trip_max_days（旅游日程-天数）>=accom_nights（旅游日程-晚数）>=hotel_days（住宿晚数） */
  accom_nights?: Int64Input;
  /** 必填，商品标题。30个字符以内 【重要-此字段会作为搜索条件】 */
  title: string;
  /** 商品亮点。1）目前最多支持4个亮点，超过4个的亮点描述不会被保存 2）每个亮点描述35个字符以内 3）每个亮点间用英文逗号分隔 */
  sub_titles?: string[];
  /** 可选，出行人模板id。模板id需要商家以店铺账号身份登录飞猪商家工作台，从卖家工具->出行人管理中获取。注意：如果传0则代表设置为不需要出行人模板或使用飞猪平台默认的类目模板。 */
  traveller_template_id?: Int64Input;
  /** 出发地（城市），填写中文，如果接口报错提示出发地不存在，则可登录商家基础信息映射管理后台（https://sell.alitrip.com/sell/basicdata/BasicDataMapping.htm）修正并生效映射关系，映射关系生效后，无法识别的出发地将自动替换为映射值 【重要提示-此属性会作为搜索/筛选条件】 */
  from_locations?: string;
}

/** `ItemItineraryInfo` of `taobao.alitrip.travel.product.base.add`. */
export interface TaobaoAlitripTravelProductBaseAddItemItineraryInfoInput {
  /** 必填，第一天行程为1，第二天行程为2 */
  itinerary_no?: Int64Input;
  /** 小于等于30字 */
  title?: string;
  /** 必填，1.使用xml标签（img和txt）进行图文混排，目前仅支持一段文字和多张图片，如果文件有多段，将会被合并 2.每段行程文字总和小于1500字 */
  content?: string;
}

/** `ItemRefundInfo` of `taobao.alitrip.travel.product.base.add`. */
export interface TaobaoAlitripTravelProductBaseAddItemRefundInfoInput {
  /** 特殊可选，当refund_type=1或7时，需要上传自定义退改内容。自定义退改规则，最多可含5组规则，每组规则间以英文逗号分隔。 1）当refund_type为1时格式为：a_b_num,b-1_c_num。含义：提前a天至提前b天发起退款，买家需支付num比例违约费。 2）当refund_type为7时格式为：a_b_num1_num2_0,b-1_c_num1_num2_0。含义：提前a天至提前b天发起退款，买家需支付num1比例违约费，卖家需支付num2比例违约费，最后一个数字代表是否节假日规则（0-不是，1-是）。特别注意，当refund_type为7时，自定义退改规则必须设置 n天以上违约规则 以及 行程当日违约规则，即第一组规则需要以-1_a_num1_num2_0或-1_a_num1_num2_1开头，且最后一组规则需要以0_0_num1_num2_0或0_0_num1_num2_1结尾。 */
  refund_regulations?: string[];
  /** 退款规则（json数组格式）。自定义退改时需填写（与refund_regulations字段二选一）。示例中一共包含4条规则（3条平日规则，1条节假日规则），按照顺序每条规则含义如下：出行前5日及以上，买家违约收取总费用的50，卖家违约收取总费用的20；出行前4日至1日，买家违约收取总费用的80，卖家违约收取总费用的50；行程开始当天，买家违约收取总费用的100，卖家违约收取总费用的70；如果行程日期包含节假日，则节假日条款为买家违约收取总费用的100，卖家违约收取总费用的90 */
  refund_regulations_json?: string;
  /** 退改规则类型，0-平台标准退改规则，1-自定义退改规则，2-不支持退改（已废弃，勿用），7-新版自定义退改规则。 */
  refund_type?: Int64Input;
}

/** `BookingRuleInfo` of `taobao.alitrip.travel.product.base.add`. */
export interface TaobaoAlitripTravelProductBaseAddBookingRuleInfoInput {
  /** 1500个字 */
  rule_desc: string;
  /** fee_included：费用包含，跟团游必填； fee_excluded：费用不含，所有类目必填； order_info：预定须知； extra_cost：其他费用，预留； */
  rule_type: string;
}

/** `CruiseProductExt` of `taobao.alitrip.travel.product.base.add`. */
export interface TaobaoAlitripTravelProductBaseAddCruiseProductExtInput {
  /** 选填，邮轮相关小费包含选项。境内邮轮： 1-"船票" 2-"岸上观光费" 3-"导游" 4-"其他费用" ...... 国际邮轮 1-"船票" 2-"港务费、邮轮税费" 3-"岸上观光费" 4-"签证费用" 5-"小费" 6-"领队费" 7-"其他费用" */
  ship_fee_include?: string[];
  /** 必填，邮轮船名 */
  ship_name?: string;
  /** 必填，邮轮下船地点 */
  ship_down?: string;
  /** 必填，邮轮上船地点 */
  ship_up?: string;
  /** 必填，邮轮线路 */
  cruise_line?: string;
  /** 必填，邮轮公司 */
  cruise_company?: string;
}

/** `ProductSaleInfo` of `taobao.alitrip.travel.product.base.add`. */
export interface TaobaoAlitripTravelProductBaseAddProductSaleInfoInput {
  /** 资源确认时长。1：2个工作小时内确认，2：6个工作小时内确认，3：9个工作小时内确认 */
  confirm_time?: Int64Input;
  /** 至少提前天数，最晚成团提前天数，最小0天，最大为300天；不传则为0 */
  duration?: Int64Input;
  /** 是否支持经销 */
  distribute?: boolean;
  /** 产品线ID */
  product_line?: Int64Input;
  /** 商品售卖类型，0为日历商品，1为预约商品，2为非日历商品；默认为0 */
  sale_type?: Int64Input;
  /** 可选出发结束日期，格式：yyyy-MM-dd */
  end_combo_date?: DateInput;
  /** 是否支持代销 */
  agent?: boolean;
  /** 建议零售价上限，单位：元 */
  price_upper?: string;
  /** 可选出发开始日期，格式：yyyy-MM-dd */
  start_combo_date?: DateInput;
  /** 资源确认方式。1：即时确认，2：二次确认 */
  confirm_type?: Int64Input;
  /** 建议零售价下限，单位：元 */
  price_lower?: string;
}

/** `TopTravelItem` of `taobao.alitrip.travel.product.base.add`. */
export interface TaobaoAlitripTravelProductBaseAddTopTravelItem {
  /** 商品修改时间 */
  modified?: string;
  /** 商品id */
  item_id?: Int64;
  /** 商品创建时间 */
  created?: string;
}

const REQUEST_SCHEMA = {
  base_info: {
    trip_max_days: 'Number',
    desc: 'String',
    wap_desc: 'String',
    item_type: 'Number',
    to_locations: 'String',
    pic_urls: ['String'],
    accom_nights: 'Number',
    title: 'String',
    sub_titles: ['String'],
    traveller_template_id: 'Number',
    from_locations: 'String',
  },
  itineraries: [
    {
      itinerary_no: 'Number',
      title: 'String',
      content: 'String',
    },
  ],
  refund_info: {
    refund_regulations: ['String'],
    refund_regulations_json: 'String',
    refund_type: 'Number',
  },
  booking_rules: [
    {
      rule_desc: 'String',
      rule_type: 'String',
    },
  ],
  cruise_product_ext: {
    ship_fee_include: ['String'],
    ship_name: 'String',
    ship_down: 'String',
    ship_up: 'String',
    cruise_line: 'String',
    cruise_company: 'String',
  },
  product_sale_info: {
    confirm_time: 'Number',
    duration: 'Number',
    distribute: 'Boolean',
    product_line: 'Number',
    sale_type: 'Number',
    end_combo_date: 'Date',
    agent: 'Boolean',
    price_upper: 'String',
    start_combo_date: 'Date',
    confirm_type: 'Number',
    price_lower: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  travel_item: {
    modified: 'Date',
    item_id: 'Number',
    created: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.product.base.add`: method, response root, request and response schemas. */
export const taobaoAlitripTravelProductBaseAddOperation = {
  method: 'taobao.alitrip.travel.product.base.add',
  responseRoot: 'alitrip_travel_product_base_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商新增产品API — calls TOP method `taobao.alitrip.travel.product.base.add`.
 *
 * 飞猪供销平台供应商可通过该API发布新产品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelProductBaseAdd(
  client: TopClient,
  request: TaobaoAlitripTravelProductBaseAddRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelProductBaseAddResponse> {
  return client.call<TaobaoAlitripTravelProductBaseAddResponse>(
    {
      method: 'taobao.alitrip.travel.product.base.add',
      responseRoot: 'alitrip_travel_product_base_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
