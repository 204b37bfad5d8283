// Generated from specs/idleisv/alibaba.idle.isv.item.edit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.isv.item.edit` (服务商闲鱼商品编辑). */
export interface AlibabaIdleIsvItemEditRequest {
  /** 商品数据参数 */
  param?: AlibabaIdleIsvItemEditIdleItemApiDoInput;
}

/** Response of `alibaba.idle.isv.item.edit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleIsvItemEditResponse {
  /** 返回结果result */
  result?: AlibabaIdleIsvItemEditTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IdleItemApiDo` of `alibaba.idle.isv.item.edit`. */
export interface AlibabaIdleIsvItemEditIdleItemApiDoInput {
  /** 商品描述(长度<=5000) */
  desc?: string;
  /** 商品Id（根据此数据进行相应商品更新） */
  item_id: Int64Input;
  /** 商品原价, 单位：元(最大99999999) */
  original_price?: string;
  /** 商品售价, 单位：元(最大99999999) */
  reserve_price?: string;
  /** 商品标题(长度<=30) */
  title?: string;
  /** 邮费, 单位：元(最大99999999) */
  transport_fee?: string;
  /** 属性的键值对信息，包括品牌、型号、内存大小（手机）等，(不传入则不修改) */
  pv_list?: AlibabaIdleIsvItemEditIdleNewPubValueDoInput[];
  /** sku列表(不传入则不修改) */
  item_sku_list?: AlibabaIdleIsvItemEditIdleItemApiSkuDoInput[];
  /** 图书业务数据(不传入则不修改) */
  book_data?: AlibabaIdleIsvItemEditIdleItemApiBookDoInput;
  /** 商品图片列表，使用图片上传接口返回的文件Id，支持多张(最多9张) */
  images?: Int64Input[];
  /** 商品新旧程度, 值为0-100的整数，例如100代表全新，95代表95新；特殊场景会影响优品标 */
  stuff_status?: Int64Input;
  /** 行政区划Id，最小行政单位code，若是地区级别，则为地区级别的id；否则为城市级别的id(6位) */
  division_id?: Int64Input;
  /** 纬度 */
  latitude?: string;
  /** 经度 */
  longitude?: string;
  /** 已验货业务数据(不传入则不修改) */
  inspected_data?: AlibabaIdleIsvItemEditIdleItemApiInspectedDoInput;
  /** 宝贝库存数量 */
  quantity?: Int64Input;
  /** 外部商品编码 */
  outer_id?: string;
  /** 淘宝卖家后台的运费模板id */
  template_id?: Int64Input;
  /** 拍卖业务数据(不传入则不修改) */
  bid_data?: AlibabaIdleIsvItemEditIdleItemApiBidDoInput;
  /** 商品类型： b 一口价；a 拍卖 */
  auction_type?: string;
  /** 商品白底图列表(目前暂时只支持一张) */
  white_bg_imgs?: Int64Input[];
  /** [已废弃]商品服务标签，用逗号分隔 || 1：100%验货；2：正品鉴别；3：七天包退；4：一年质保；5：48小时发货；7：质量问题包退；8：一物一证 */
  sp_guarantee?: string;
  /** 商品类目Id,手机: 50025386（long型，一般8～10位） */
  category_id?: string;
  /** 渠道类目id */
  channel_cat_id?: string;
  /** 卖家服务信息 */
  after_sales_data?: AlibabaIdleIsvItemEditIdleItemApiAfterSalesDoInput;
  /** 直充相关信息 */
  idle_item_api_auto_recharge_do?: AlibabaIdleIsvItemEditIdleItemApiAutoRechargeDOInput;
}

/** `IdleNewPubValueDo` of `alibaba.idle.isv.item.edit`. */
export interface AlibabaIdleIsvItemEditIdleNewPubValueDoInput {
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

/** `IdleItemApiSkuDo` of `alibaba.idle.isv.item.edit`. */
export interface AlibabaIdleIsvItemEditIdleItemApiSkuDoInput {
  /** skuId */
  sku_id?: Int64Input;
  /** 价格，单位分 */
  price?: Int64Input;
  /** 库存 */
  quantity?: Int64Input;
  /** 销售属性列表(最多2个销售属性,每一个的属性值个数为2～10) */
  property_list?: AlibabaIdleIsvItemEditIdleItemApiPvPairDoInput[];
  /** 外部商家标识(商品编码对接ERP等)(长度<=30) */
  outer_id?: string;
}

/** `IdleItemApiPvPairDo` of `alibaba.idle.isv.item.edit`. */
export interface AlibabaIdleIsvItemEditIdleItemApiPvPairDoInput {
  /** 属性名文本(长度<=30) */
  property_text?: string;
  /** 属性值文本(长度<=30) */
  value_text?: string;
}

/** `IdleItemApiBookDo` of `alibaba.idle.isv.item.edit`. */
export interface AlibabaIdleIsvItemEditIdleItemApiBookDoInput {
  /** 图书ISBN码 */
  barcode?: string;
  /** 图书ISBN码对应的书名等信息 */
  barcode_name?: string;
}

/** `IdleItemApiInspectedDo` of `alibaba.idle.isv.item.edit`. */
export interface AlibabaIdleIsvItemEditIdleItemApiInspectedDoInput {
  /** 验货报告url链接(长度<=300) */
  inspect_report?: string;
}

/** `IdleItemApiBidDo` of `alibaba.idle.isv.item.edit`. */
export interface AlibabaIdleIsvItemEditIdleItemApiBidDoInput {
  /** 拍卖商品id */
  bid_item_id?: Int64Input;
  /** 拍卖开始时间,传入豪秒时间戳(底层精度为分钟) */
  bid_start_time?: Int64Input;
  /** 拍卖结束时间,传入豪秒时间戳(底层精度为分钟) */
  bid_end_time?: Int64Input;
  /** 买家参拍保证金金额，单位：分 */
  bid_bail?: Int64Input;
  /** 出价幅度金额(起拍价使用reserve_price)，单位：分 */
  bid_step?: Int64Input;
}

/** `IdleItemApiAfterSalesDo` of `alibaba.idle.isv.item.edit`. */
export interface AlibabaIdleIsvItemEditIdleItemApiAfterSalesDoInput {
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

/** `IdleItemApiAutoRechargeDO` of `alibaba.idle.isv.item.edit`. */
export interface AlibabaIdleIsvItemEditIdleItemApiAutoRechargeDOInput {
  /** 直充模板code */
  template_code?: string;
  /** 模版的额外参数 */
  template_extra_info?: string;
  /** 直充动作，add:添加，remove:移除 */
  action?: string;
}

/** `TopResult` of `alibaba.idle.isv.item.edit`. */
export interface AlibabaIdleIsvItemEditTopResult {
  /** data */
  data?: AlibabaIdleIsvItemEditIdleItemApiDo;
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `IdleItemApiDo` of `alibaba.idle.isv.item.edit`. */
export interface AlibabaIdleIsvItemEditIdleItemApiDo {
  /** 类目Id */
  category_id?: Int64;
  /** 商品描述(长度<=5000) */
  desc?: string;
  /** 行政区划Id(城市编码)，最小行政单位code，若是地区级别，则为地区级别的id；否则为城市级别的id(long型，6位) */
  division_id?: Int64;
  /** 图片链接 */
  img_urls?: string[];
  /** 验货报告url链接(长度<=300) */
  inspect_report?: string;
  /** 商品Id（long型） */
  item_id?: Int64;
  /** 商品原价, 单位：元(最大99999999) */
  original_price?: string;
  /** 商品售价, 单位：元(最大99999999) */
  reserve_price?: string;
  /** 服务商商品业务分类，手机:1, 潮品:2, 家电:3, 乐器:8, 3C数码:9, 奢品:16, 母婴:17, 美妆:18, 文玩/珠宝:19, 潮玩:20, 家居:21 */
  sp_biz_type?: string;
  /** 商品状态，可选值为0（表示在线），1（表示售出下架）-2（表示下架），-1（表示删除），99（其他） */
  status?: Int64;
  /** 商品新旧程度, 全新: 10, 九成新: 9, 八成新: 8, 七成新: 7(int型, 1位) */
  stuff_status?: Int64;
  /** 商品标题 */
  title?: string;
  /** 交易方式, 仅在线交易: 0,仅线下交易: 1,线上OR线下交易: 2（int型，1位） */
  trade_type?: Int64;
  /** 邮费, 单位：元(最大99999999) */
  transport_fee?: string;
  /** 业务模式 0 已验货不入仓，1 已验货入仓，2 普通商品 */
  item_biz_type?: string;
  /** 入仓城市，不可修改 */
  ware_house_city?: string;
  /** 入仓时间，时间戳秒，不可修改 */
  ware_house_time?: Int64;
  /** 商品业务标签，不可修改 */
  item_tags?: string[];
  /** 渠道类目id，不可修改 */
  channel_cat_id?: string;
  /** 属性的键值对信息，包括品牌、型号、内存大小（手机）等 */
  pv_list?: AlibabaIdleIsvItemEditIdleNewPubValueDo[];
  /** sku列表 */
  item_sku_list?: AlibabaIdleIsvItemEditIdleItemApiSkuDo[];
  /** 已验货业务数据 */
  inspected_data?: AlibabaIdleIsvItemEditIdleItemApiInspectedDo;
  /** 图书业务数据 */
  book_data?: AlibabaIdleIsvItemEditIdleItemApiBookDo;
  /** 宝贝库存数量 */
  quantity?: Int64;
  /** 外部商品编码 */
  outer_id?: string;
  /** 淘宝卖家后台的运费模板id */
  template_id?: Int64;
  /** 拍卖业务数据 */
  bid_data?: AlibabaIdleIsvItemEditIdleItemApiBidDo;
  /** 商品类型： b 一口价；a 拍卖 */
  auction_type?: string;
  /** 商品白底图 */
  white_bg_img_urls?: string[];
  /** [已废弃]商品服务标签，用逗号分隔 || 1：100%验货；2：正品鉴别；3：七天包退；4：一年质保；5：48小时发货；7：质量问题包退；8：一物一证 */
  sp_guarantee?: string;
  /** 卖家服务信息 */
  after_sales_data?: AlibabaIdleIsvItemEditIdleItemApiAfterSalesDo;
  /** 直充相关信息 */
  idle_item_api_auto_recharge_do?: AlibabaIdleIsvItemEditIdleItemApiAutoRechargeDO;
}

/** `IdleNewPubValueDo` of `alibaba.idle.isv.item.edit`. */
export interface AlibabaIdleIsvItemEditIdleNewPubValueDo {
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

/** `IdleItemApiSkuDo` of `alibaba.idle.isv.item.edit`. */
export interface AlibabaIdleIsvItemEditIdleItemApiSkuDo {
  /** skuId */
  sku_id?: Int64;
  /** 价格，单位分 */
  price?: Int64;
  /** 库存 */
  quantity?: Int64;
  /** 销售属性列表(最多2个销售属性,每一个的属性值个数为2～10) */
  property_list?: AlibabaIdleIsvItemEditIdleItemApiPvPairDo[];
  /** 外部商家标识(商品编码对接ERP等)(长度<=30) */
  outer_id?: string;
}

/** `IdleItemApiPvPairDo` of `alibaba.idle.isv.item.edit`. */
export interface AlibabaIdleIsvItemEditIdleItemApiPvPairDo {
  /** 属性名文本 */
  property_text?: string;
  /** 属性值文本 */
  value_text?: string;
}

/** `IdleItemApiInspectedDo` of `alibaba.idle.isv.item.edit`. */
export interface AlibabaIdleIsvItemEditIdleItemApiInspectedDo {
  /** 已验货入仓时间，时间戳，单位秒 */
  ware_house_time?: Int64;
  /** 已验货入仓城市 */
  ware_house_city?: string;
  /** 验货报告url链接(长度<=300) */
  inspect_report?: string;
}

/** `IdleItemApiBookDo` of `alibaba.idle.isv.item.edit`. */
export interface AlibabaIdleIsvItemEditIdleItemApiBookDo {
  /** 图书ISBN码 */
  barcode?: string;
  /** 图书ISBN码对应的书名等信息 */
  barcode_name?: string;
}

/** `IdleItemApiBidDo` of `alibaba.idle.isv.item.edit`. */
export interface AlibabaIdleIsvItemEditIdleItemApiBidDo {
  /** 拍卖商品id */
  bid_item_id?: Int64;
  /** 拍卖开始时间,传入秒的时间戳(底层精度为分钟) */
  bid_start_time?: Int64;
  /** 拍卖结束时间,传入秒的时间戳(底层精度为分钟) */
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

/** `IdleItemApiAfterSalesDo` of `alibaba.idle.isv.item.edit`. */
export interface AlibabaIdleIsvItemEditIdleItemApiAfterSalesDo {
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

/** `IdleItemApiAutoRechargeDO` of `alibaba.idle.isv.item.edit`. */
export interface AlibabaIdleIsvItemEditIdleItemApiAutoRechargeDO {
  /** 直充模板code */
  template_code?: string;
  /** 模版的额外参数 */
  template_extra_info?: string;
  /** 当前服务商是否拥有直充编辑权限 */
  owner?: boolean;
}

const REQUEST_SCHEMA = {
  param: {
    desc: 'String',
    item_id: 'Number',
    original_price: 'String',
    reserve_price: 'String',
    title: 'String',
    transport_fee: 'String',
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
        price: 'Number',
        quantity: 'Number',
        property_list: [
          {
            property_text: 'String',
            value_text: 'String',
          },
        ],
        outer_id: 'String',
      },
    ],
    book_data: {
      barcode: 'String',
      barcode_name: 'String',
    },
    images: ['Number'],
    stuff_status: 'Number',
    division_id: 'Number',
    latitude: 'Price',
    longitude: 'Price',
    inspected_data: {
      inspect_report: 'String',
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
    },
    auction_type: 'String',
    white_bg_imgs: ['Number'],
    sp_guarantee: 'String',
    category_id: 'String',
    channel_cat_id: 'String',
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
      action: 'String',
    },
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
      item_biz_type: 'String',
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
          price: 'Number',
          quantity: 'Number',
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
        ware_house_time: 'Number',
        ware_house_city: 'String',
        inspect_report: 'String',
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

/** Static description of `alibaba.idle.isv.item.edit`: method, response root, request and response schemas. */
export const alibabaIdleIsvItemEditOperation = {
  method: 'alibaba.idle.isv.item.edit',
  responseRoot: 'alibaba_idle_isv_item_edit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商闲鱼商品编辑 — calls TOP method `alibaba.idle.isv.item.edit`.
 *
 * 服务商ISV闲鱼商品编辑操作
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleIsvItemEdit(
  client: TopClient,
  request: AlibabaIdleIsvItemEditRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleIsvItemEditResponse> {
  return client.call<AlibabaIdleIsvItemEditResponse>(
    {
      method: 'alibaba.idle.isv.item.edit',
      responseRoot: 'alibaba_idle_isv_item_edit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
