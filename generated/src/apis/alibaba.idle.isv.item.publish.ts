// Generated from specs/idleisv/alibaba.idle.isv.item.publish.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.isv.item.publish` (服务商闲鱼商品发布). */
export interface AlibabaIdleIsvItemPublishRequest {
  /** 商品数据参数 */
  item_param: AlibabaIdleIsvItemPublishIdleItemApiDoInput;
}

/** Response of `alibaba.idle.isv.item.publish`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleIsvItemPublishResponse {
  /** 返回结果 */
  result?: AlibabaIdleIsvItemPublishIdleResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IdleItemApiDo` of `alibaba.idle.isv.item.publish`. */
export interface AlibabaIdleIsvItemPublishIdleItemApiDoInput {
  /** [已废弃]验货报告, 此字段后续会废弃；如需使用参见: inspected_data.inspect_report */
  inspect_report?: string;
  /** 商品图片列表，使用图片上传接口返回的文件Id，支持多张(最多9张) */
  images: Int64Input[];
  /** 商品售价, 单位：元(最大99999999) */
  reserve_price: string;
  /** 邮费, 单位：元(最大99999999) */
  transport_fee?: string;
  /** 商品原价, 单位：元(最大99999999) */
  original_price?: string;
  /** 商品标题(长度<=30) */
  title: string;
  /** 商品新旧程度, 值为0-100的整数，例如100代表全新，95代表95新 */
  stuff_status?: Int64Input;
  /** 服务业务分类，已验货业务场景下（手机:1, 潮品:2, 家电:3, 乐器:8, 3C数码:9, 奢品:16, 母婴:17, 美妆:18, 文玩/珠宝:19, 潮玩:20, 家居:21） */
  sp_biz_type: string;
  /** 行政区划Id，最小行政单位code，若是地区级别，则为地区级别的id；否则为城市级别的id(long型，6位) */
  division_id: Int64Input;
  /** 商品类目Id,手机: 50025386（long型，一般8～10位） */
  category_id: Int64Input;
  /** 交易方式, 仅在线交易: 0,仅线下交易: 1,线上OR线下交易: 2（int型，1位） */
  trade_type?: Int64Input;
  /** 商品描述(长度<=5000) */
  desc: string;
  /** 纬度 */
  latitude?: string;
  /** 经度 */
  longitude?: string;
  /** 商品业务类型 0 已验货不入仓，1 已验货入仓，2 普通商品 */
  item_biz_type?: Int64Input;
  /** [已废弃]已验货入仓城市(此字段后续会废弃；如需使用参见: inspected_data.ware_house_city) */
  ware_house_city?: string;
  /** [已废弃]已验货入仓时间(此字段后续会废弃；如需使用参见: inspected_data.ware_house_time) */
  ware_house_time?: Int64Input;
  /** 渠道类目id，必填，不可修改 */
  channel_cat_id?: string;
  /** 属性的键值对信息，包括品牌、型号、内存大小（手机）等 */
  pv_list?: AlibabaIdleIsvItemPublishIdleNewPubValueDoInput[];
  /** sku列表 */
  item_sku_list?: AlibabaIdleIsvItemPublishIdleItemApiSkuDoInput[];
  /** 已验货业务数据(不可修改) */
  inspected_data?: AlibabaIdleIsvItemPublishIdleItemApiInspectedDoInput;
  /** 图书业务数据 */
  book_data?: AlibabaIdleIsvItemPublishIdleItemApiBookDoInput;
  /** 宝贝库存数量设置 */
  quantity?: Int64Input;
  /** 淘宝卖家后台的运费模板id */
  template_id?: Int64Input;
  /** 外部商家标识(商品编码等)(长度<=30) */
  outer_id?: string;
  /** 宝贝拍卖信息 */
  bid_data?: AlibabaIdleIsvItemPublishIdleItemApiBidDoInput;
  /** 商品类型，a: 拍卖， b：一口价(普通商品) */
  auction_type?: string;
  /** 商品白底图列表(目前暂时只支持一张)，使用图片上传接口返回的文件Id */
  white_bg_imgs?: Int64Input[];
  /** [已废弃]商品服务标签，用逗号分隔 || 1：100%验货；2：正品鉴别；3：七天包退；4：一年质保；5：48小时发货；7：质量问题包退；8：一物一证 */
  sp_guarantee?: string;
  /** 卖家服务信息 */
  after_sales_data?: AlibabaIdleIsvItemPublishIdleItemApiAfterSalesDoInput;
}

/** `IdleNewPubValueDo` of `alibaba.idle.isv.item.publish`. */
export interface AlibabaIdleIsvItemPublishIdleNewPubValueDoInput {
  /** 属性id */
  property_id?: string;
  /** 属性名称 */
  property_name?: string;
  /** 渠道类目id */
  channel_cat_id?: string;
  /** 值id */
  value_id?: string;
  /** 值名称 */
  value_name?: string;
}

/** `IdleItemApiSkuDo` of `alibaba.idle.isv.item.publish`. */
export interface AlibabaIdleIsvItemPublishIdleItemApiSkuDoInput {
  /** 销售属性列表(最多2个销售属性,每一个的属性值个数为2～10) */
  property_list?: AlibabaIdleIsvItemPublishIdleItemApiPvPairDoInput[];
  /** 库存 */
  quantity?: Int64Input;
  /** 价格，单位分 */
  price?: Int64Input;
  /** 外部商家标识(商品编码等)(长度<=30) */
  outer_id?: string;
}

/** `IdleItemApiPvPairDo` of `alibaba.idle.isv.item.publish`. */
export interface AlibabaIdleIsvItemPublishIdleItemApiPvPairDoInput {
  /** 属性值文本(长度<=30) */
  value_text?: string;
  /** 属性名文本(长度<=30) */
  property_text?: string;
}

/** `IdleItemApiInspectedDo` of `alibaba.idle.isv.item.publish`. */
export interface AlibabaIdleIsvItemPublishIdleItemApiInspectedDoInput {
  /** 验货报告url链接(长度<=300) */
  inspect_report?: string;
  /** 已验货入仓城市，入仓模式必填，不可修改 */
  ware_house_city?: string;
  /** 已验货入仓时间，入仓模式必填，时间戳，单位秒，不可修改 */
  ware_house_time?: Int64Input;
}

/** `IdleItemApiBookDo` of `alibaba.idle.isv.item.publish`. */
export interface AlibabaIdleIsvItemPublishIdleItemApiBookDoInput {
  /** 图书ISBN码 */
  barcode?: string;
  /** 图书ISBN码对应的书名等信息 */
  barcode_name?: string;
}

/** `IdleItemApiBidDo` of `alibaba.idle.isv.item.publish`. */
export interface AlibabaIdleIsvItemPublishIdleItemApiBidDoInput {
  /** 拍卖起拍时间戳，单位毫秒 */
  bid_start_time?: Int64Input;
  /** 拍卖结束时间戳，单位毫秒 */
  bid_end_time?: Int64Input;
  /** 保证金金额，单位分 */
  bid_bail?: Int64Input;
  /** 出价幅度，单位分；起拍价使用reserve_price */
  bid_step?: Int64Input;
}

/** `IdleItemApiAfterSalesDo` of `alibaba.idle.isv.item.publish`. */
export interface AlibabaIdleIsvItemPublishIdleItemApiAfterSalesDoInput {
  /** 是否支持七天无理由 */
  support_sdr_policy?: boolean;
  /** 是否支持描述不符包邮退 */
  support_nfr_policy?: boolean;
  /** 是否支持 虚拟-描述不符包退 */
  support_vnr_policy?: boolean;
  /** 是否支持 极速发货-24小时 */
  support_fd24hs_policy?: boolean;
  /** 是否支持 极速发货-10分钟 */
  support_fd10ms_policy?: boolean;
}

/** `IdleResultDo` of `alibaba.idle.isv.item.publish`. */
export interface AlibabaIdleIsvItemPublishIdleResultDo {
  /** 返回数据 */
  data?: AlibabaIdleIsvItemPublishIdleItemApiDo;
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
}

/** `IdleItemApiDo` of `alibaba.idle.isv.item.publish`. */
export interface AlibabaIdleIsvItemPublishIdleItemApiDo {
  /** 商品Id（long型） */
  item_id?: Int64;
}

const REQUEST_SCHEMA = {
  item_param: {
    inspect_report: 'String',
    images: ['Number'],
    reserve_price: 'String',
    transport_fee: 'String',
    original_price: 'String',
    title: 'String',
    stuff_status: 'Number',
    sp_biz_type: 'String',
    division_id: 'Number',
    category_id: 'Number',
    trade_type: 'Number',
    desc: 'String',
    latitude: 'Price',
    longitude: 'Price',
    item_biz_type: 'Number',
    ware_house_city: 'String',
    ware_house_time: 'Number',
    channel_cat_id: 'String',
    pv_list: [
      {
        property_id: 'String',
        property_name: 'String',
        channel_cat_id: 'String',
        value_id: 'String',
        value_name: 'String',
      },
    ],
    item_sku_list: [
      {
        property_list: [
          {
            value_text: 'String',
            property_text: 'String',
          },
        ],
        quantity: 'Number',
        price: 'Number',
        outer_id: 'String',
      },
    ],
    inspected_data: {
      inspect_report: 'String',
      ware_house_city: 'String',
      ware_house_time: 'Number',
    },
    book_data: {
      barcode: 'String',
      barcode_name: 'String',
    },
    quantity: 'Number',
    template_id: 'Number',
    outer_id: 'String',
    bid_data: {
      bid_start_time: 'Number',
      bid_end_time: 'Number',
      bid_bail: 'Number',
      bid_step: 'Number',
    },
    auction_type: 'String',
    white_bg_imgs: ['Number'],
    sp_guarantee: 'String',
    after_sales_data: {
      support_sdr_policy: 'Boolean',
      support_nfr_policy: 'Boolean',
      support_vnr_policy: 'Boolean',
      support_fd24hs_policy: 'Boolean',
      support_fd10ms_policy: 'Boolean',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      item_id: 'Number',
    },
    success: 'Boolean',
    err_code: 'String',
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.isv.item.publish`: method, response root, request and response schemas. */
export const alibabaIdleIsvItemPublishOperation = {
  method: 'alibaba.idle.isv.item.publish',
  responseRoot: 'alibaba_idle_isv_item_publish_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商闲鱼商品发布 — calls TOP method `alibaba.idle.isv.item.publish`.
 *
 * 服务商ISV闲鱼商品发布
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleIsvItemPublish(
  client: TopClient,
  request: AlibabaIdleIsvItemPublishRequest,
  options?: CallOptions,
): Promise<AlibabaIdleIsvItemPublishResponse> {
  return client.call<AlibabaIdleIsvItemPublishResponse>(
    {
      method: 'alibaba.idle.isv.item.publish',
      responseRoot: 'alibaba_idle_isv_item_publish_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
