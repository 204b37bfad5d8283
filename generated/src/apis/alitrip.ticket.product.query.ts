// Generated from specs/ticket/alitrip.ticket.product.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.ticket.product.query` (【门票API2.0】门票商品查询接口). */
export interface AlitripTicketProductQueryRequest {
  /** 商户自定义收费项目编码。与ali_product_id，item_id 三者至少填写一个 */
  out_product_id?: string;
  /** 阿里标准收费项目id。与out_product_id，item_id 三者至少填写一个 */
  ali_product_id?: Int64Input;
  /** 商品ID。与out_product_id，ali_product_id三者至少填写一个 */
  item_id?: Int64Input;
  /** 代表业务来源，gongxiao代表供销平台业务 */
  page_source?: string;
}

/** Response of `alitrip.ticket.product.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTicketProductQueryResponse {
  /** 门票商品详情 */
  first_result?: AlitripTicketProductQueryTopTicketItemFullinfoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopTicketItemFullinfoResult` of `alitrip.ticket.product.query`. */
export interface AlitripTicketProductQueryTopTicketItemFullinfoResult {
  /** 阿里旅行提供的景点编码 */
  ali_scenic_id?: Int64;
  /** 商户系统中景点编码 */
  out_scenic_id?: string;
  /** 阿里旅行提供的收费项目编码 */
  ali_product_id?: Int64;
  /** 阿里旅行收费项目名称 */
  ali_product_name?: string;
  /** 商户自定义收费项目编码 */
  out_product_id?: string;
  /** 商户收费项目名称 */
  out_product_name?: string;
  /** 门票商品 库存类型。1、每日库存， 2、区间总库存 */
  inventory_type?: Int64;
  /** 是否需要买家指定入园日期。1、需要，2-不需要 */
  need_enter_date?: Int64;
  /** 门票有效期：指定入园日期后 多少天内有效。当为数字时，表示多少天内有效；当为日期时，表示到某日期有效，日期格式：yyyy-MM-dd */
  expire_date?: string;
  /** 门票 预定时间限制。1、表示无限制 购买后可立即入园，2、有限制，此时预定时间限制规则必填。 */
  reserve_limit_type?: Int64;
  /** 门票 预定时间限制规则。格式：1_18_00_3，含义：必须提前1天拍下，且在18点00分前支付成功，订单才生效。当为提前0天时（即当日票），最后一个数字才有用，指当日票需要在预定3小时后入园。 */
  reserve_limit_rule?: string;
  /** 门票商品发码方式 */
  code_sending_info?: AlitripTicketProductQueryCodeSendingInfo;
  /** 商品ID */
  item_id?: Int64;
  /** 商品标题 */
  title?: string;
  /** 商品主图 */
  pic_urls?: string[];
  /** 商品详情描述 */
  desc?: string;
  /** 手机描述 */
  wap_desc?: string;
  /** 商品状态 0-下架，1-上架 */
  item_status?: Int64;
  /** 门票商品下 各个票种的sku信息 */
  ticket_types?: AlitripTicketProductQueryTicketSimpleSkuParam[];
  /** 联票的场景，则该收费项目可能关联多个景点，以英文逗号分隔 */
  ali_scenic_ids?: string;
}

/** `CodeSendingInfo` of `alitrip.ticket.product.query`. */
export interface AlitripTicketProductQueryCodeSendingInfo {
  /** 发码方式。1、电子票自动发码 需设置电子凭证信息，2、电子票手工发码，3、实体票 */
  code_mode?: Int64;
  /** 电子凭证信息 */
  elec_info?: AlitripTicketProductQueryItemEleCertInfo;
  /** 是否需要买家邮箱 */
  has_email?: boolean;
}

/** `ItemEleCertInfo` of `alitrip.ticket.product.query`. */
export interface AlitripTicketProductQueryItemEleCertInfo {
  /** 有效期 过期类型 */
  expiry_date_type?: Int64;
  /** 电子凭证 有效期 开始时间 */
  expiry_date_start?: string;
  /** 电子凭证 有效期 结束时间 */
  expiry_date_end?: string;
  /** 电子凭证 有效期 天数 */
  expiry_days?: Int64;
  /** 核销门店库id */
  package_id?: Int64;
  /** 售中自动退款比例，0~100 */
  auto_refund_rate?: Int64;
  /** 过期自动退款比例，0~100 */
  expired_refund_rate?: Int64;
  /** 门票商品电子凭证信息必填，店铺联系方式 */
  shop_tel?: string;
  /** 核销服务提供商 */
  merchant_name?: string;
}

/** `TicketSimpleSkuParam` of `alitrip.ticket.product.query`. */
export interface AlitripTicketProductQueryTicketSimpleSkuParam {
  /** 门票 票种类型 */
  ticket_type?: string;
  /** 该票种下使用的价格规则 */
  price_rules?: AlitripTicketProductQueryPriceRule[];
  /** 门票场次（场次门票专用） */
  ticket_season?: string;
  /** 门票区域（场次门票专用） */
  ticket_area?: string;
}

/** `PriceRule` of `alitrip.ticket.product.query`. */
export interface AlitripTicketProductQueryPriceRule {
  /** 商户票种规则id */
  out_rule_id?: string;
  /** 每日价格库存 */
  date_inventorys?: AlitripTicketProductQueryDateInventory[];
  /** sku的商家编码（用于区分在 不同票种下使用同一outRuleId的情况） */
  out_sku_id?: string;
}

/** `DateInventory` of `alitrip.ticket.product.query`. */
export interface AlitripTicketProductQueryDateInventory {
  /** 日期 */
  date?: string;
  /** 价格，精确到分 */
  price?: Int64;
  /** 库存 */
  stock?: Int64;
  /** 日期级别自定义商家编码，为该sku下每一天都设置一个自定义商家编码。如果outSkuDateId为空，则该天的商家自定义编码将以outSkuId为准 */
  out_sku_date_id?: string;
}

const REQUEST_SCHEMA = {
  out_product_id: 'String',
  ali_product_id: 'Number',
  item_id: 'Number',
  page_source: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  first_result: {
    ali_scenic_id: 'Number',
    out_scenic_id: 'String',
    ali_product_id: 'Number',
    ali_product_name: 'String',
    out_product_id: 'String',
    out_product_name: 'String',
    inventory_type: 'Number',
    need_enter_date: 'Number',
    expire_date: 'String',
    reserve_limit_type: 'Number',
    reserve_limit_rule: 'String',
    code_sending_info: {
      code_mode: 'Number',
      elec_info: {
        expiry_date_type: 'Number',
        expiry_date_start: 'Date',
        expiry_date_end: 'Date',
        expiry_days: 'Number',
        package_id: 'Number',
        auto_refund_rate: 'Number',
        expired_refund_rate: 'Number',
        shop_tel: 'String',
        merchant_name: 'String',
      },
      has_email: 'Boolean',
    },
    item_id: 'Number',
    title: 'String',
    pic_urls: ['String'],
    desc: 'String',
    wap_desc: 'String',
    item_status: 'Number',
    ticket_types: [
      {
        ticket_type: 'String',
        price_rules: [
          {
            out_rule_id: 'String',
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
        ticket_season: 'String',
        ticket_area: 'String',
      },
    ],
    ali_scenic_ids: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.ticket.product.query`: method, response root, request and response schemas. */
export const alitripTicketProductQueryOperation = {
  method: 'alitrip.ticket.product.query',
  responseRoot: 'alitrip_ticket_product_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【门票API2.0】门票商品查询接口 — calls TOP method `alitrip.ticket.product.query`.
 *
 * 门票商品查询接口：返回商家上传的门票商品信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTicketProductQuery(
  client: TopClient,
  request: AlitripTicketProductQueryRequest = {},
  options?: CallOptions,
): Promise<AlitripTicketProductQueryResponse> {
  return client.call<AlitripTicketProductQueryResponse>(
    {
      method: 'alitrip.ticket.product.query',
      responseRoot: 'alitrip_ticket_product_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
