// Generated from specs/idleisv/alibaba.idle.isv.item.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.isv.item.query` (服务商闲鱼商品查询). */
export interface AlibabaIdleIsvItemQueryRequest {
  /** 商品查询参数 */
  param?: AlibabaIdleIsvItemQueryIdleItemBaseApiDoInput;
}

/** Response of `alibaba.idle.isv.item.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleIsvItemQueryResponse {
  /** 返回结果result */
  result?: AlibabaIdleIsvItemQueryTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IdleItemBaseApiDo` of `alibaba.idle.isv.item.query`. */
export interface AlibabaIdleIsvItemQueryIdleItemBaseApiDoInput {
  /** 闲鱼商品Id */
  item_id: Int64Input;
  /** 是否需要sku信息(不需要的业务场景，不要设置为true，会增加查询耗时) */
  need_sku?: boolean;
}

/** `TopResult` of `alibaba.idle.isv.item.query`. */
export interface AlibabaIdleIsvItemQueryTopResult {
  /** data */
  data?: AlibabaIdleIsvItemQueryIdleItemApiDo;
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `IdleItemApiDo` of `alibaba.idle.isv.item.query`. */
export interface AlibabaIdleIsvItemQueryIdleItemApiDo {
  /** 类目Id */
  category_id?: Int64;
  /** 商品描述(长度<=5000) */
  desc?: string;
  /** 行政区划Id(城市编码)，最小行政单位code，若是地区级别，则为地区级别的id；否则为城市级别的id(long型，6位) */
  division_id?: Int64;
  /** 图片链接 */
  img_urls?: string[];
  /** [已废弃]验货报告, 此字段后续会废弃；如需使用参见: inspected_data.inspect_report */
  inspect_report?: string;
  /** 商品Id（long型） */
  item_id?: Int64;
  /** 商品原价, 单位：元(最大99999999) */
  original_price?: string;
  /** 商品售价, 单位：元(最大99999999) */
  reserve_price?: string;
  /** 1 服务商商品业务分类，手机:1, 潮品:2, 家电:3, 乐器:8, 3C数码:9, 奢品:16, 母婴:17, 美妆:18, 文玩/珠宝:19, 潮玩:20, 家居:21 */
  sp_biz_type?: string;
  /** 商品状态，可选值为0（表示上架），-2（表示下架），-1（表示删除），99（其他） */
  status?: Int64;
  /** 商品新旧程度, 值为-1-100的整数，例如100代表全新，-1代表准新，95代表95新 */
  stuff_status?: Int64;
  /** 商品标题 */
  title?: string;
  /** 交易方式, 仅在线交易: 0,仅线下交易: 1,线上OR线下交易: 2（int型，1位） */
  trade_type?: Int64;
  /** 邮费, 单位：元(最大99999999) */
  transport_fee?: string;
  /** 业务模式 0不入仓，1入仓，2寄卖 */
  item_biz_type?: Int64;
  /** [已废弃]已验货入仓城市(此字段后续会废弃；如需使用参见: inspected_data.ware_house_city) */
  ware_house_city?: string;
  /** [已废弃]已验货入仓时间(此字段后续会废弃；如需使用参见: inspected_data.ware_house_time) */
  ware_house_time?: Int64;
  /** 商品业务标签，不可修改 */
  item_tags?: string[];
  /** 渠道类目id，不可修改 */
  channel_cat_id?: string;
  /** 属性的键值对信息，包括品牌、型号、内存大小（手机）等 */
  pv_list?: AlibabaIdleIsvItemQueryIdleNewPubValueDo[];
  /** sku列表 */
  item_sku_list?: AlibabaIdleIsvItemQueryIdleItemApiSkuDo[];
  /** 已验货业务数据 */
  inspected_data?: AlibabaIdleIsvItemQueryIdleItemApiInspectedDo;
  /** 图书业务数据 */
  book_data?: AlibabaIdleIsvItemQueryIdleItemApiBookDo;
  /** 商品库存 */
  quantity?: Int64;
  /** 外部商品编码 */
  outer_id?: string;
  /** 淘宝卖家后台的运费模板id */
  template_id?: Int64;
  /** 拍卖业务数据 */
  bid_data?: AlibabaIdleIsvItemQueryIdleItemApiBidDo;
  /** 商品类型： b 一口价；a 拍卖 */
  auction_type?: string;
  /** 商品白底图 */
  white_bg_img_urls?: string[];
  /** [已废弃]商品服务标签，用逗号分隔 || 1：100%验货；2：正品鉴别；3：七天包退；4：一年质保；5：48小时发货；7：质量问题包退；8：一物一证 */
  sp_guarantee?: string;
  /** 国际分销业务独有数据 */
  distribution_data?: AlibabaIdleIsvItemQueryIdleItemDistributionDO;
  /** 卖家服务信息 */
  after_sales_data?: AlibabaIdleIsvItemQueryIdleItemApiAfterSalesDO;
  /** 商品直充相关信息 */
  idle_item_api_auto_recharge_do?: AlibabaIdleIsvItemQueryIdleItemApiAutoRechargeDO;
}

/** `IdleNewPubValueDo` of `alibaba.idle.isv.item.query`. */
export interface AlibabaIdleIsvItemQueryIdleNewPubValueDo {
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

/** `IdleItemApiSkuDo` of `alibaba.idle.isv.item.query`. */
export interface AlibabaIdleIsvItemQueryIdleItemApiSkuDo {
  /** skuId */
  sku_id?: Int64;
  /** 库存 */
  quantity?: Int64;
  /** 价格，单位分 */
  price?: Int64;
  /** 销售属性列表(最多2个销售属性,每一个的属性值个数为2～10) */
  property_list?: AlibabaIdleIsvItemQueryIdleItemApiPvPairDo[];
  /** 外部商家标识(商品编码对接ERP等) */
  outer_id?: string;
}

/** `IdleItemApiPvPairDo` of `alibaba.idle.isv.item.query`. */
export interface AlibabaIdleIsvItemQueryIdleItemApiPvPairDo {
  /** 属性名文本 */
  property_text?: string;
  /** 属性值文本 */
  value_text?: string;
}

/** `IdleItemApiInspectedDo` of `alibaba.idle.isv.item.query`. */
export interface AlibabaIdleIsvItemQueryIdleItemApiInspectedDo {
  /** 验货报告url链接(长度<=300) */
  inspect_report?: string;
  /** 已验货入仓城市，入仓模式必填，不可修改 */
  ware_house_city?: string;
  /** 已验货入仓时间，入仓模式必填，时间戳，单位秒，不可修改 */
  ware_house_time?: Int64;
}

/** `IdleItemApiBookDo` of `alibaba.idle.isv.item.query`. */
export interface AlibabaIdleIsvItemQueryIdleItemApiBookDo {
  /** 图书ISBN码 */
  barcode?: string;
  /** 图书ISBN码对应的书名等信息 */
  barcode_name?: string;
}

/** `IdleItemApiBidDo` of `alibaba.idle.isv.item.query`. */
export interface AlibabaIdleIsvItemQueryIdleItemApiBidDo {
  /** 拍卖商品id */
  bid_item_id?: Int64;
  /** 拍卖开始时间,毫秒时间戳(精度为分钟) */
  bid_start_time?: Int64;
  /** 拍卖结束时间,毫秒时间戳(精度为分钟) */
  bid_end_time?: Int64;
  /** 买家参拍保证金金额，单位：分 */
  bid_bail?: Int64;
  /** 出价幅度金额(起拍价使用reserve_price)，单位：分 */
  bid_step?: Int64;
  /** 当前出价金额, 最高出价, 单位分 */
  current_bid_price?: Int64;
  /** 总出价次数 */
  bid_count?: Int64;
  /** 最后两分钟被出价的延迟次数 */
  delay_count?: Int64;
}

/** `IdleItemDistributionDO` of `alibaba.idle.isv.item.query`. */
export interface AlibabaIdleIsvItemQueryIdleItemDistributionDO {
  /** 货品供货价，国际分销场景中使用 */
  product_price?: string;
  /** 后端货品id,在国际分销场景下使用 */
  product_id?: string;
  /** 对应的货品库存等级，在库良品：1，临期品：139，一级残次：137，二级残次：138，在库残次：101 */
  inv_grade?: string;
}

/** `IdleItemApiAfterSalesDO` of `alibaba.idle.isv.item.query`. */
export interface AlibabaIdleIsvItemQueryIdleItemApiAfterSalesDO {
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

/** `IdleItemApiAutoRechargeDO` of `alibaba.idle.isv.item.query`. */
export interface AlibabaIdleIsvItemQueryIdleItemApiAutoRechargeDO {
  /** 直充模板code */
  template_code?: string;
  /** 模版的额外参数 */
  template_extra_info?: string;
  /** 当前服务商是否拥有直充编辑权限 */
  owner?: boolean;
}

const REQUEST_SCHEMA = {
  param: {
    item_id: 'Number',
    need_sku: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      category_id: 'Number',
      desc: 'String',
      division_id: 'Number',
      img_urls: ['String'],
      inspect_report: 'String',
      item_id: 'Number',
      original_price: 'String',
      reserve_price: 'String',
      sp_biz_type: 'String',
      status: 'Number',
      stuff_status: 'Number',
      title: 'String',
      trade_type: 'Number',
      transport_fee: 'String',
      item_biz_type: 'Number',
      ware_house_city: 'String',
      ware_house_time: 'Number',
      item_tags: ['String'],
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
          sku_id: 'Number',
          quantity: 'Number',
          price: 'Number',
          property_list: [
            {
              property_text: 'String',
              value_text: 'String',
            },
          ],
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
      outer_id: 'String',
      template_id: 'Number',
      bid_data: {
        bid_item_id: 'Number',
        bid_start_time: 'Number',
        bid_end_time: 'Number',
        bid_bail: 'Number',
        bid_step: 'Number',
        current_bid_price: 'Number',
        bid_count: 'Number',
        delay_count: 'Number',
      },
      auction_type: 'String',
      white_bg_img_urls: ['String'],
      sp_guarantee: 'String',
      distribution_data: {
        product_price: 'String',
        product_id: 'String',
        inv_grade: 'String',
      },
      after_sales_data: {
        support_sdr_policy: 'Boolean',
        support_nfr_policy: 'Boolean',
        support_vnr_policy: 'Boolean',
        support_fd24hs_policy: 'Boolean',
        support_fd10ms_policy: 'Boolean',
      },
      idle_item_api_auto_recharge_do: {
        template_code: 'String',
        template_extra_info: 'String',
        owner: 'Boolean',
      },
    },
    err_code: 'String',
    err_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.isv.item.query`: method, response root, request and response schemas. */
export const alibabaIdleIsvItemQueryOperation = {
  method: 'alibaba.idle.isv.item.query',
  responseRoot: 'alibaba_idle_isv_item_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商闲鱼商品查询 — calls TOP method `alibaba.idle.isv.item.query`.
 *
 * 服务商ISV闲鱼商品查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleIsvItemQuery(
  client: TopClient,
  request: AlibabaIdleIsvItemQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleIsvItemQueryResponse> {
  return client.call<AlibabaIdleIsvItemQueryResponse>(
    {
      method: 'alibaba.idle.isv.item.query',
      responseRoot: 'alibaba_idle_isv_item_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
