// Generated from specs/servicecenter/taobao.fuwu.sku.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fuwu.sku.get` (获取内购服务及SKU详情). */
export interface TaobaoFuwuSkuGetRequest {
  /** 服务code */
  article_code: string;
  /** 用户的淘宝nick */
  nick: string;
}

/** Response of `taobao.fuwu.sku.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFuwuSkuGetResponse {
  /** 内购服务及SKU详情 */
  result?: TaobaoFuwuSkuGetArticleViewResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ArticleViewResult` of `taobao.fuwu.sku.get`. */
export interface TaobaoFuwuSkuGetArticleViewResult {
  /** 服务code */
  article_code?: string;
  /** 服务简介 */
  article_commment?: string;
  /** sku详情列表 */
  article_item_view_units?: TaobaoFuwuSkuGetArticleItemViewUnit[];
  /** 服务名称 */
  article_name?: string;
  /** 错误码 */
  error_code?: string;
  /** 错误消息 */
  error_msg?: string;
  /** 用户淘宝nick */
  nick?: string;
  /** 服务图片地址 */
  pict_url?: string;
}

/** `ArticleItemViewUnit` of `taobao.fuwu.sku.get`. */
export interface TaobaoFuwuSkuGetArticleItemViewUnit {
  /** 需要支付的价格，单位：元 */
  actual_price?: string;
  /** 用户是否可以购买 */
  can_sub?: boolean;
  /** 周期数，如1，3，6，12。对于周期型和周期计量型返回。 */
  cyc_num?: Int64;
  /** 1-年，2-月，3-日。对于周期型和周期计量型返回。 */
  cyc_unit?: Int64;
  /** 错误码 */
  error_code?: string;
  /** 错误文案 */
  error_msg?: string;
  /** 收费项目code */
  item_code?: string;
  /** 收费项目名称 */
  item_name?: string;
  /** 原价，单位：元 */
  origin_price?: string;
  /** 优惠，单位：元 */
  prom_price?: string;
  /** 数量。对于周期计量型返回计量数。 */
  quantity?: Int64;
}

const REQUEST_SCHEMA = {
  article_code: 'String',
  nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    article_code: 'String',
    article_commment: 'String',
    article_item_view_units: [
      {
        actual_price: 'String',
        can_sub: 'Boolean',
        cyc_num: 'Number',
        cyc_unit: 'Number',
        error_code: 'String',
        error_msg: 'String',
        item_code: 'String',
        item_name: 'String',
        origin_price: 'String',
        prom_price: 'String',
        quantity: 'Number',
      },
    ],
    article_name: 'String',
    error_code: 'String',
    error_msg: 'String',
    nick: 'String',
    pict_url: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.fuwu.sku.get`: method, response root, request and response schemas. */
export const taobaoFuwuSkuGetOperation = {
  method: 'taobao.fuwu.sku.get',
  responseRoot: 'fuwu_sku_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取内购服务及SKU详情 — calls TOP method `taobao.fuwu.sku.get`.
 *
 * 通过服务code和用户nick，获取该服务对应的收费项目的sku信息，包括价格、可购买周期、用户能否购买等信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFuwuSkuGet(
  client: TopClient,
  request: TaobaoFuwuSkuGetRequest,
  options?: CallOptions,
): Promise<TaobaoFuwuSkuGetResponse> {
  return client.call<TaobaoFuwuSkuGetResponse>(
    {
      method: 'taobao.fuwu.sku.get',
      responseRoot: 'fuwu_sku_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
