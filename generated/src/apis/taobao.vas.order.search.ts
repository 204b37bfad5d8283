// Generated from specs/servicecenter/taobao.vas.order.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.vas.order.search` (订单记录导出). */
export interface TaobaoVasOrderSearchRequest {
  /** 应用收费代码，从合作伙伴后台（my.open.taobao.com）-收费管理-收费项目列表 能够获得该应用的收费代码 */
  article_code: string;
  /** 收费项目代码，从合作伙伴后台（my.open.taobao.com）-收费管理-收费项目列表 能够获得收费项目代码 */
  item_code?: string;
  /** 订单创建时间（订购时间）起始值（当start_created和end_created都不填写时，默认返回最近90天的数据） */
  start_created?: DateInput;
  /** 订单创建时间（订购时间）结束值 */
  end_created?: DateInput;
  /** 订单号 */
  biz_order_id?: Int64Input;
  /** 子订单号 */
  order_id?: Int64Input;
  /** 订单类型，1=新订 2=续订 3=升级 4=后台赠送 5=后台自动续订 6=订单审核后生成订购关系（暂时用不到） 空=全部 */
  biz_type?: Int64Input;
  /** 一页包含的记录数 */
  page_size?: Int64Input;
  /** 页码 */
  page_no?: Int64Input;
  /** 淘宝会员名 */
  nick?: string;
}

/** Response of `taobao.vas.order.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoVasOrderSearchResponse {
  /** 商品订单对象 */
  article_biz_orders?: TaobaoVasOrderSearchArticleBizOrder[];
  /** 总记录数 */
  total_item?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ArticleBizOrder` of `taobao.vas.order.search`. */
export interface TaobaoVasOrderSearchArticleBizOrder {
  /** 淘宝会员名 */
  nick?: string;
  /** 应用名称 */
  article_name?: string;
  /** 应用收费代码，从合作伙伴后台（my.open.taobao.com）-收费管理-收费项目列表 能够获得该应用的收费代码 */
  article_code?: string;
  /** 商品模型名称 */
  article_item_name?: string;
  /** 收费项目代码，从合作伙伴后台（my.open.taobao.com）-收费管理-收费项目列表 能够获得收费项目代码 */
  item_code?: string;
  /** 订单创建时间（订购时间） */
  create?: string;
  /** 订购周期 1表示年 ，2表示月，3表示天。 */
  order_cycle?: string;
  /** 订单类型，1=新订 2=续订 3=升级 4=后台赠送 5=后台自动续订 6=订单审核后生成订购关系（暂时用不到） */
  biz_type?: Int64;
  /** 子订单号 */
  order_id?: Int64;
  /** 原价（单位为分） */
  fee?: string;
  /** 优惠（单位为分） */
  prom_fee?: string;
  /** 实付（单位为分） */
  total_pay_fee?: string;
  /** 订购周期开始时间 */
  order_cycle_start?: string;
  /** 订购周期结束时间 */
  order_cycle_end?: string;
  /** 退款（单位为分；升级时，系统会将升级前老版本按照剩余订购天数退还剩余金额） */
  refund_fee?: string;
  /** 订单号 */
  biz_order_id?: Int64;
  /** activityCode */
  activity_code?: string;
  /** 业务订单状态 */
  order_biz_status?: string;
}

const REQUEST_SCHEMA = {
  article_code: 'String',
  item_code: 'String',
  start_created: 'Date',
  end_created: 'Date',
  biz_order_id: 'Number',
  order_id: 'Number',
  biz_type: 'Number',
  page_size: 'Number',
  page_no: 'Number',
  nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  article_biz_orders: [
    {
      nick: 'String',
      article_name: 'String',
      article_code: 'String',
      article_item_name: 'String',
      item_code: 'String',
      create: 'Date',
      order_cycle: 'String',
      biz_type: 'Number',
      order_id: 'Number',
      fee: 'String',
      prom_fee: 'String',
      total_pay_fee: 'String',
      order_cycle_start: 'Date',
      order_cycle_end: 'Date',
      refund_fee: 'String',
      biz_order_id: 'Number',
      activity_code: 'String',
      order_biz_status: 'String',
    },
  ],
  total_item: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.vas.order.search`: method, response root, request and response schemas. */
export const taobaoVasOrderSearchOperation = {
  method: 'taobao.vas.order.search',
  responseRoot: 'vas_order_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单记录导出 — calls TOP method `taobao.vas.order.search`.
 *
 * 用于ISV查询自己名下的应用及收费项目的订单记录（已付款订单）。
 * 建议用于查询前一日的历史记录，不适合用作实时数据查询。
 * 现在只能查询90天以内的数据
 * 该接口限制每分钟所有appkey调用总和只能有800次。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoVasOrderSearch(
  client: TopClient,
  request: TaobaoVasOrderSearchRequest,
  options?: CallOptions,
): Promise<TaobaoVasOrderSearchResponse> {
  return client.call<TaobaoVasOrderSearchResponse>(
    {
      method: 'taobao.vas.order.search',
      responseRoot: 'vas_order_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
