// Generated from specs/promotion/taobao.card.expandcard.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.card.expandcard.query` (购物金卡查询). */
export interface TaobaoCardExpandcardQueryRequest {
  /** 支付宝accountNo */
  account_no?: string;
  /** 卡使用范围，不传则会查询所有 */
  used_scope_code?: string;
}

/** Response of `taobao.card.expandcard.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCardExpandcardQueryResponse {
  /** 接口返回model */
  result?: TaobaoCardExpandcardQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.card.expandcard.query`. */
export interface TaobaoCardExpandcardQueryResult {
  /** 0为成功，其他为失败 */
  code?: Int64;
  /** 卡信息 */
  models?: TaobaoCardExpandcardQueryExpandCardVo[];
  /** debugInfo */
  debug_info?: string;
  /** 错误信息 */
  message?: string;
  /** 错误级别 */
  error_level?: string;
}

/** `ExpandCardVo` of `taobao.card.expandcard.query`. */
export interface TaobaoCardExpandcardQueryExpandCardVo {
  /** 店铺信息 */
  shop_info_vo?: TaobaoCardExpandcardQueryShopInfoVo;
  /** 品牌色 */
  brand_color?: string;
  /** 目标跳转链接 */
  target_url?: string;
  /** 聚合的卡当中第一张卡的开卡时间 */
  card_create_date?: string;
  /** 最近要过期的余额有效期描述 */
  card_valid_desc?: string;
  /** 聚合的卡当中最近要过期的卡的有效期 */
  card_valid_date?: string;
  /** 卡膨胀金余额，买家在该店铺下该卡类型的所有卡实例的总膨胀金余额 */
  card_remain_expand_money?: string;
  /** 卡本金余额，买家在该店铺下该卡类型的所有卡实例的总本金余额 */
  card_remain_basic_money?: string;
  /** 卡余额，买家在该店铺下该卡类型的所有卡实例的总余额 */
  card_remain_money?: string;
  /** 购物金店铺icon */
  card_icon_url?: string;
  /** 卡名称 */
  card_name?: string;
  /** 卡使用范围 */
  card_used_scope?: string;
}

/** `ShopInfoVo` of `taobao.card.expandcard.query`. */
export interface TaobaoCardExpandcardQueryShopInfoVo {
  /** 商家id */
  seller_id?: Int64;
  /** 店铺链接 */
  shop_url?: string;
  /** 店铺icon链接 */
  shop_icon_url?: string;
  /** 店铺名称 */
  shop_name?: string;
  /** 店铺id */
  shop_id?: Int64;
}

const REQUEST_SCHEMA = {
  account_no: 'String',
  used_scope_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'Number',
    models: [
      {
        shop_info_vo: {
          seller_id: 'Number',
          shop_url: 'String',
          shop_icon_url: 'String',
          shop_name: 'String',
          shop_id: 'Number',
        },
        brand_color: 'String',
        target_url: 'String',
        card_create_date: 'Date',
        card_valid_desc: 'String',
        card_valid_date: 'Date',
        card_remain_expand_money: 'String',
        card_remain_basic_money: 'String',
        card_remain_money: 'String',
        card_icon_url: 'String',
        card_name: 'String',
        card_used_scope: 'String',
      },
    ],
    debug_info: 'String',
    message: 'String',
    error_level: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.card.expandcard.query`: method, response root, request and response schemas. */
export const taobaoCardExpandcardQueryOperation = {
  method: 'taobao.card.expandcard.query',
  responseRoot: 'card_expandcard_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 购物金卡查询 — calls TOP method `taobao.card.expandcard.query`.
 *
 * 购物金充值信息查询接口，会返回余额等信息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCardExpandcardQuery(
  client: TopClient,
  request: TaobaoCardExpandcardQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoCardExpandcardQueryResponse> {
  return client.call<TaobaoCardExpandcardQueryResponse>(
    {
      method: 'taobao.card.expandcard.query',
      responseRoot: 'card_expandcard_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
