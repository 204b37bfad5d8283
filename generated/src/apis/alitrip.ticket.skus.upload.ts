// Generated from specs/ticket/alitrip.ticket.skus.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.ticket.skus.upload` (【门票API2.0】门票价格库存同步接口). */
export interface AlitripTicketSkusUploadRequest {
  /** 必填，门票 票种类型 */
  ticket_type: string;
  /** 特殊必填，商户收费项目id。ali_product_id, item_id与out_product_id三选一，至少填写其中一个 */
  out_product_id?: string;
  /** 特殊必填，淘宝商品id。ali_product_id, item_id与out_product_id三选一，至少填写其中一个 */
  item_id?: Int64Input;
  /**
   * 必填，该票种下使用的价格规则。
   *
   * Max list size: 50
   */
  price_rules: AlitripTicketSkusUploadPriceRuleInput[];
  /** 特殊必填，阿里标准收费项目id。ali_product_id, item_id与out_product_id三选一，至少填写其中一个 */
  ali_product_id?: Int64Input;
  /** 可选，门票场次（场次门票专用，对于场次门票必选） */
  ticket_season?: string;
  /** 可选，门票区域（场次门票专用，对于场次门票必选） */
  ticket_area?: string;
}

/** Response of `alitrip.ticket.skus.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTicketSkusUploadResponse {
  /** 价格库存同步结果 */
  first_result?: AlitripTicketSkusUploadTicketItemResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PriceRule` of `alitrip.ticket.skus.upload`. */
export interface AlitripTicketSkusUploadPriceRuleInput {
  /** 必填，商户票种规则id */
  out_rule_id: string;
  /** 可选，1-全量更新，2-增量更新（增加或覆盖某一天的价格库存），不传默认为1。 */
  upload_type?: Int64Input;
  /** 必填，每日价格库存。 */
  date_inventorys: AlitripTicketSkusUploadDateInventoryInput[];
  /** 可选，sku的商家编码（用于区分在 不同票种下使用同一outRuleId的情况） */
  out_sku_id?: string;
}

/** `DateInventory` of `alitrip.ticket.skus.upload`. */
export interface AlitripTicketSkusUploadDateInventoryInput {
  /** 日期。格式：2016-12-10 23:59:00 */
  date: DateInput;
  /** 价格，以分为单位，必须大于0。 */
  price: Int64Input;
  /** 库存，必须大于等于0 */
  stock: Int64Input;
  /** 可选，日期级别自定义商家编码，为该sku下每一天都设置一个自定义商家编码。如果outSkuDateId不传，则该天的商家自定义编码将以outSkuId为准 */
  out_sku_date_id?: string;
}

/** `TicketItemResult` of `alitrip.ticket.skus.upload`. */
export interface AlitripTicketSkusUploadTicketItemResult {
  /** 修改时间 */
  modifyed_time?: string;
  /** 商品id */
  item_id?: Int64;
  /** 标准景点id */
  ali_scenic_id?: Int64;
  /** 商户景点id */
  out_scenic_id?: string;
  /** 标准收费项目id */
  ali_product_id?: Int64;
  /** 商户收费项目id */
  out_product_id?: string;
  /** 票种 */
  ticket_type?: string;
  /** 商户票种规则id */
  out_rule_ids?: string[];
  /** 预留，扩展字段 */
  extend?: string;
}

const REQUEST_SCHEMA = {
  ticket_type: 'String',
  out_product_id: 'String',
  item_id: 'Number',
  price_rules: [
    {
      out_rule_id: 'String',
      upload_type: 'Number',
      date_inventorys: [
        {
          date: 'Date',
          price: 'Number',
          stock: 'Number',
          out_sku_date_id: 'String',
        },
      ],
      out_sku_id: 'String',
    },
  ],
  ali_product_id: 'Number',
  ticket_season: 'String',
  ticket_area: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  first_result: {
    modifyed_time: 'Date',
    item_id: 'Number',
    ali_scenic_id: 'Number',
    out_scenic_id: 'String',
    ali_product_id: 'Number',
    out_product_id: 'String',
    ticket_type: 'String',
    out_rule_ids: ['String'],
    extend: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.ticket.skus.upload`: method, response root, request and response schemas. */
export const alitripTicketSkusUploadOperation = {
  method: 'alitrip.ticket.skus.upload',
  responseRoot: 'alitrip_ticket_skus_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【门票API2.0】门票价格库存同步接口 — calls TOP method `alitrip.ticket.skus.upload`.
 *
 * 航旅度假新版门票商品价格库存同步接口。
 * 注1、一个票种下可以挂多个规则（规则id必须不一样，每个规则实际对应了一个sku），同一个规则可以在不同票种下使用。
 * 注2、日历库存和区间库存门票，统一使用DateInventory结构。对于日历库存门票请上传每一天的价格库存；对于区间库存门票，建议只上传开始和结束日期的价格库存，也支持上传每天的价格库存，系统会自动进行聚合（取第一天的价格为区间价格，累计所有天的库存为区间库存）。
 * 注3、该接口同时支持 新增某个规则的价格库存 和 更新现有规则的价格库存。如果不清楚是否已在某个规则下上传过价格库存，请使用alitrip.ticket.product.query接口进行查询。如果该规则在该票种下已经存在，则该接口会判断为是价格库存更新操作。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTicketSkusUpload(
  client: TopClient,
  request: AlitripTicketSkusUploadRequest,
  options?: CallOptions,
): Promise<AlitripTicketSkusUploadResponse> {
  return client.call<AlitripTicketSkusUploadResponse>(
    {
      method: 'alitrip.ticket.skus.upload',
      responseRoot: 'alitrip_ticket_skus_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
