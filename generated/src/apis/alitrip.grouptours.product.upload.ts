// Generated from specs/travel/alitrip.grouptours.product.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.grouptours.product.upload` (跟团游 产品维护接口). */
export interface AlitripGrouptoursProductUploadRequest {
  /** 新发布商品时必填。去程交通。1-飞机，2-火车，3-汽，4-船 */
  go_traffic_type?: Int64Input;
  /** 新发布商品时必填。旅游天数 */
  trip_day?: Int64Input;
  /** 可选，减库存方式。0-拍下减库存。1-付款减库存。不传默认为0 */
  sub_stock?: Int64Input;
  /** 可选，手机端详情描述，xml格式，格式详见示例。 */
  wap_desc?: string;
  /** 新发布商品时必填。回程交通。1-飞机，2-火车，3-汽，4-船 */
  back_traffic_type?: Int64Input;
  /**
   * 可选，（struct_itineraries与itineraries二者选填一个即可，如果两个都上传则以struct_itineraries为准）。itineraries数组的元素个数必须与旅游天数trip_day一致。行程描述，每一天行程都是xml格式（数组的每个元素对应每一天的行程）： ITINERARY根标签必须有，每个活动（ACTIVITY）支持1个title子标签，1个txt子标签和多个img子标签。注：在SDK中多个元素间以英文逗号分隔
   *
   * Max list size: 20
   */
  itineraries?: string[];
  /** PC端详情描述（新发布商品时，desc_xml和desc_html二者至少填写一个），xml格式：DESC根标签必须有，每一个亮点（HIGHLIGHT）支持1个title子标签，1个txt子标签和多个img子标签。 */
  desc_xml?: string;
  /**
   * 新发布商品时必填。费用不含。列表中每一个元素 对应一点描述，所有描述合起来必须小于1500个中文字符。注：在SDK中数组多个元素间以英文逗号分隔
   *
   * Max list size: 20
   */
  fee_exclude?: string[];
  /**
   * 新发布商品时必填。预定须知。列表中每一个元素 对应一点描述，所有描述合起来必须小于1500个中文字符。注：在SDK中数组多个元素间以英文逗号分隔
   *
   * Max list size: 20
   */
  order_info?: string[];
  /** 可选，资源确认时长，当confirm_type=2时必填。1：2个工作小时内确认，2：6个工作小时内确认，3：9个工作小时内确认，4：18个工作小时内确认 */
  confirm_time?: Int64Input;
  /** 新发布商品时必填。商品标题，30个中文字符以内 */
  title?: string;
  /** 新发布商品时必填。参团线路类型。0 -目的地参团，1-为出发地参团 */
  route_type?: Int64Input;
  /**
   * 特殊可选，当refund_type=1或7时，需要上传自定义退改内容。自定义退改规则，最多可含5组规则，每组规则间以英文逗号分隔。 1）当refund_type为1时格式为：a_b_num,b-1_c_num。含义：提前a天至提前b天发起退款，买家需支付num比例违约费。 2）当refund_type为7时格式为：a_b_num1_num2_0,b-1_c_num1_num2_0。含义：提前a天至提前b天发起退款，买家需支付num1比例违约费，卖家需支付num2比例违约费，最后一个数字代表是否节假日规则（0-不是，1-是）。特别注意，当refund_type为7时，自定义退改规则必须设置 n天以上违约规则 以及 行程当日违约规则，即第一组规则需要以-1_a_num1_num2_0或-1_a_num1_num2_1开头，且最后一组规则需要以0_0_num1_num2_0或0_0_num1_num2_1结尾。
   *
   * Max list size: 20
   */
  refund_regulations?: string[];
  /**
   * 可选，跟团时的集合地点，列表中每一个元素对应一个集合地点
   *
   * Max list size: 20
   */
  gather_places?: AlitripGrouptoursProductUploadGatherPlaceInfoInput[];
  /**
   * 新发布商品时必填。费用包含。列表中每一个元素 对应一点描述，所有描述合起来必须小于1500个中文字符。注：在SDK中数组多个元素间以英文逗号分隔
   *
   * Max list size: 20
   */
  fee_include?: string[];
  /** 可选，资源确认类型。1-即时确认，2-二次确认。不传默认1 */
  confirm_type?: Int64Input;
  /** 可选，商家自定义标签（最多4个字，超长则自动截断，会进行违禁词校验） */
  item_custom_tag?: string;
  /** 商家自定义商品编码。注：商品基本信息维护、价格库存维护，商品查询都以该编码为主键。 */
  out_product_id: string;
  /**
   * 行程描述（struct_itineraries与itineraries二者选填一个即可，如果两个都上传则以struct_itineraries为准）。列表中每一个元素对应一天的行程，每天行程由多个活动组成。行程描述是可选项，如果上传了行程内容 则行程序号和行程活动信息必填。
   *
   * Max list size: 20
   */
  struct_itineraries?: AlitripGrouptoursProductUploadStructItineraryInput[];
  /** 新发布商品时必填。目的地，多个目的地用英文逗号分隔。地址可以使用飞猪标准地址名称，也可以使用商家系统中目的地地址（支持商家目的地id和商家目的地名称）。如果需要使用商家目的地地址，必须在目的地关联页（https://sell.alitrip.com/icenter/main.htm#/widgets/api-adaptor?_k=n61ii0）配置映射关系（一次性批量上传建立映射关系，之后度假所有类目、API接口共用该映射关系）。 商家目的地地址使用示例1：东京,大阪。示例2：123,124。说明：商家目的地id（123,124）会根据映射关系自动转换成飞猪标准地址 */
  to_locations?: string;
  /** 可选，旅游晚数，不传默认旅游天数-1 */
  trip_night?: Int64Input;
  /**
   * 新发布商品时必填。商品图片路径。最多支持5张，第一张为主图，必填，其余四张可选填。图片链接支持外链图片（即商家系统中图片链接，必须外网可访问，且格式为jpg或jpeg，大小在500k以内），或者用户淘宝空间内的图片链接。对于外链图片，将自动下载并上传用户淘宝图片空间，上传失败的外链图片将自动忽略不计。。注：在SDK中数组多个元素间以英文逗号分隔
   *
   * Max list size: 5
   */
  pic_urls?: string[];
  /** 可选，淘系商品id，用于将out_product_id关联到已经存在的商品，并且修改该商品外部商家编码为out_product_id。 */
  item_id?: Int64Input;
  /** 可选，该商品提前预定时间限制。格式：1_18_00，含义：该商品必须提前1天预定，且在18:00之前完成预定 */
  reserve_limit?: string;
  /** 可选，退改规则类型。0-平台标准退改规则，1-自定义退改规则，2-不支持退改（已废弃，勿用），7-新版自定义退改规则。不传默认为0 */
  refund_type?: Int64Input;
  /** 新发布商品时必填。出发地，多个出发地用英文逗号分隔。使用说明同“目的地” */
  from_locations?: string;
  /** PC端详情描述（新发布商品时，desc_xml和desc_html二者至少填写一个），Html格式。商家自定义Html格式描述。 */
  desc_html?: string;
  /**
   * 可选，商品亮点，最多支持4个亮点。注：在SDK中数组多个元素间以英文逗号分隔
   *
   * Max list size: 10
   */
  sub_titles?: string[];
  /** 可选，电子合同信息设置。 */
  electron_contract?: AlitripGrouptoursProductUploadElectronContractInput;
  /** 可选，出行人模板id，预留，暂不支持 */
  traveller_template_id?: Int64Input;
  /** 可选，是否纯玩团。0-纯玩团，1-含购物团。新发布商品时不传默认为“含购物团” */
  pure_play?: Int64Input;
  /** 新发布商品时必填。是否出境游，0-不是，1-是。 */
  is_overseas_tour?: Int64Input;
}

/** Response of `alitrip.grouptours.product.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripGrouptoursProductUploadResponse {
  /** firstResult */
  first_result?: AlitripGrouptoursProductUploadTopTravelItem;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `GatherPlaceInfo` of `alitrip.grouptours.product.upload`. */
export interface AlitripGrouptoursProductUploadGatherPlaceInfoInput {
  /** 集合地点名称 */
  name?: string;
  /** 集合地经纬度，英文逗号分隔。经度在前，纬度在后，英文逗号分隔最多支持6位小数，如120.111222,30.111222 */
  poi?: string;
  /** AMAP/GOOGLE/OTHERS。高德（AMAP），GOOGLE，其他（OTHERS） */
  poi_resource?: string;
}

/** `StructItinerary` of `alitrip.grouptours.product.upload`. */
export interface AlitripGrouptoursProductUploadStructItineraryInput {
  /** 必填，行程序号，标识是第几天的行程 */
  day_order?: Int64Input;
  /** 必填，当天行程包含的多个活动信息 */
  activities?: AlitripGrouptoursProductUploadItineraryActivityInput[];
}

/** `ItineraryActivity` of `alitrip.grouptours.product.upload`. */
export interface AlitripGrouptoursProductUploadItineraryActivityInput {
  /** 活动标题 */
  title?: string;
  /** 活动内容文本描述 */
  txt?: string;
  /** 活动图片列表，多个图片以英文逗号分隔 */
  images?: string[];
  /** 活动预计时长 */
  hour?: Int64Input;
}

/** `ElectronContract` of `alitrip.grouptours.product.upload`. */
export interface AlitripGrouptoursProductUploadElectronContractInput {
  /** 拼团约定。0-不会采取拼团，1-可能采取拼团 */
  will_join_group?: Int64Input;
  /** 是否支持电子合同。0-不支持，1-支持。新发布商品时不填默认为0 */
  support_electron?: Int64Input;
  /** 不成团约定，多选，英文逗号分隔。1-委托其他旅行社履行合同，2-延期出团，3-改签其他线路出行，4-解除合同 */
  group_fail_arrange?: string;
}

/** `TopTravelItem` of `alitrip.grouptours.product.upload`. */
export interface AlitripGrouptoursProductUploadTopTravelItem {
  /** 商品id */
  item_id?: Int64;
  /** 商家自定义商品编码 */
  out_product_id?: string;
  /** 商品修改时间 */
  modified?: string;
  /** 扩展信息 */
  extend?: string;
}

const REQUEST_SCHEMA = {
  go_traffic_type: 'Number',
  trip_day: 'Number',
  sub_stock: 'Number',
  wap_desc: 'String',
  back_traffic_type: 'Number',
  itineraries: ['String'],
  desc_xml: 'String',
  fee_exclude: ['String'],
  order_info: ['String'],
  confirm_time: 'Number',
  title: 'String',
  route_type: 'Number',
  refund_regulations: ['String'],
  gather_places: [
    {
      name: 'String',
      poi: 'String',
      poi_resource: 'String',
    },
  ],
  fee_include: ['String'],
  confirm_type: 'Number',
  item_custom_tag: 'String',
  out_product_id: 'String',
  struct_itineraries: [
    {
      day_order: 'Number',
      activities: [
        {
          title: 'String',
          txt: 'String',
          images: ['String'],
          hour: 'Number',
        },
      ],
    },
  ],
  to_locations: 'String',
  trip_night: 'Number',
  pic_urls: ['String'],
  item_id: 'Number',
  reserve_limit: 'String',
  refund_type: 'Number',
  from_locations: 'String',
  desc_html: 'String',
  sub_titles: ['String'],
  electron_contract: {
    will_join_group: 'Number',
    support_electron: 'Number',
    group_fail_arrange: 'String',
  },
  traveller_template_id: 'Number',
  pure_play: 'Number',
  is_overseas_tour: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  first_result: {
    item_id: 'Number',
    out_product_id: 'String',
    modified: 'Date',
    extend: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.grouptours.product.upload`: method, response root, request and response schemas. */
export const alitripGrouptoursProductUploadOperation = {
  method: 'alitrip.grouptours.product.upload',
  responseRoot: 'alitrip_grouptours_product_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 跟团游 产品维护接口 — calls TOP method `alitrip.grouptours.product.upload`.
 *
 * 跟团游 产品维护接口。
 * 接口同时支持新商品发布 和 现有商品编辑：
 * 1）只上传out_product_id的情况：如果out_product_id已经关联过某个商品id，则认为是编辑现有商品，否则认为是新发布一个商品。
 * 2）同时上传out_product_id和item_id，则认为是将out_product_id与item_id进行关联，同时对该商品进行编辑。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripGrouptoursProductUpload(
  client: TopClient,
  request: AlitripGrouptoursProductUploadRequest,
  options?: CallOptions,
): Promise<AlitripGrouptoursProductUploadResponse> {
  return client.call<AlitripGrouptoursProductUploadResponse>(
    {
      method: 'alitrip.grouptours.product.upload',
      responseRoot: 'alitrip_grouptours_product_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
