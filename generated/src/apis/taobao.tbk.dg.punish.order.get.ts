// Generated from specs/tbk/taobao.tbk.dg.punish.order.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.dg.punish.order.get` (淘宝客-推广者-处罚订单查询). */
export interface TaobaoTbkDgPunishOrderGetRequest {
  /** 入参的对象 */
  af_order_option?: TaobaoTbkDgPunishOrderGetTopApiAfOrderOptionInput;
}

/** Response of `taobao.tbk.dg.punish.order.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkDgPunishOrderGetResponse {
  /** 查询的对象 */
  result?: TaobaoTbkDgPunishOrderGetRpcResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopApiAfOrderOption` of `taobao.tbk.dg.punish.order.get`. */
export interface TaobaoTbkDgPunishOrderGetTopApiAfOrderOptionInput {
  /** 渠道关系id */
  relation_id?: Int64Input;
  /** 子订单号 */
  tb_trade_id?: Int64Input;
  /** 此参数不再使用，请勿入参 */
  tb_trade_parent_id?: Int64Input;
  /** pagesize */
  page_size?: Int64Input;
  /** pageNo */
  page_no?: Int64Input;
  /** 查询时间跨度，不超过30天，单位是天 */
  span?: Int64Input;
  /** 查询开始时间，以taoke订单创建时间开始 */
  start_time?: DateInput;
  /** 此参数不再使用，请勿入参 */
  special_id?: Int64Input;
  /** pid中的第三段，adzoneId */
  adzone_id?: Int64Input;
  /** pid中的第二段，siteId */
  site_id?: Int64Input;
  /** 此参数不再使用，请勿入参 */
  violation_type?: Int64Input;
  /** 此参数不再使用，请勿入参 */
  punish_status?: Int64Input;
}

/** `RpcResult` of `taobao.tbk.dg.punish.order.get`. */
export interface TaobaoTbkDgPunishOrderGetRpcResult {
  /** 结果 */
  data?: TaobaoTbkDgPunishOrderGetPageResult;
  /** 业务出错的描述 */
  biz_error_desc?: string;
  /** 业务出错的状态码 */
  biz_error_code?: Int64;
  /** 执行结果 */
  result_msg?: string;
  /** 执行结果状态码 */
  result_code?: Int64;
}

/** `PageResult` of `taobao.tbk.dg.punish.order.get`. */
export interface TaobaoTbkDgPunishOrderGetPageResult {
  /** 处罚订单列表 */
  results?: TaobaoTbkDgPunishOrderGetResult[];
  /** 翻页的pageno */
  page_no?: Int64;
  /** 翻页的pagesie */
  page_size?: Int64;
  /** 一共能查询出来的结果总数 */
  total_count?: Int64;
}

/** `Result` of `taobao.tbk.dg.punish.order.get`. */
export interface TaobaoTbkDgPunishOrderGetResult {
  /** 淘宝联盟unionid（该字段不再支持） */
  union_id?: string;
  /** 会员运营id（该字段不再支持） */
  special_id?: Int64;
  /** 渠道关系id */
  relation_id?: Int64;
  /** 结算月份 */
  settle_month?: Int64;
  /** 处罚状态。0 冻结，1 解冻 */
  punish_status?: string;
  /** 处罚类型，目前包括 1.店铺淘宝客 2.订单虚假交易 */
  violation_type?: string;
  /** 淘客订单创建时间 */
  tk_trade_create_time?: string;
  /** 子订单号 */
  tb_trade_id?: Int64;
  /** 父订单号（该字段不再支持） */
  tb_trade_parent_id?: Int64;
  /** pid里的adzoneid */
  tk_adzone_id?: Int64;
  /** pid里的siteid */
  tk_site_id?: Int64;
  /** pid里的pubid */
  tk_pub_id?: string;
}

const REQUEST_SCHEMA = {
  af_order_option: {
    relation_id: 'Number',
    tb_trade_id: 'Number',
    tb_trade_parent_id: 'Number',
    page_size: 'Number',
    page_no: 'Number',
    span: 'Number',
    start_time: 'Date',
    special_id: 'Number',
    adzone_id: 'Number',
    site_id: 'Number',
    violation_type: 'Number',
    punish_status: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      results: [
        {
          union_id: 'String',
          special_id: 'Number',
          relation_id: 'Number',
          settle_month: 'Number',
          punish_status: 'String',
          violation_type: 'String',
          tk_trade_create_time: 'String',
          tb_trade_id: 'Number',
          tb_trade_parent_id: 'Number',
          tk_adzone_id: 'Number',
          tk_site_id: 'Number',
          tk_pub_id: 'String',
        },
      ],
      page_no: 'Number',
      page_size: 'Number',
      total_count: 'Number',
    },
    biz_error_desc: 'String',
    biz_error_code: 'Number',
    result_msg: 'String',
    result_code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.dg.punish.order.get`: method, response root, request and response schemas. */
export const taobaoTbkDgPunishOrderGetOperation = {
  method: 'taobao.tbk.dg.punish.order.get',
  responseRoot: 'tbk_dg_punish_order_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-推广者-处罚订单查询 — calls TOP method `taobao.tbk.dg.punish.order.get`.
 *
 * 新增处罚订单查询API，提供媒体调用查询能力。这个是给媒体自己用的
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkDgPunishOrderGet(
  client: TopClient,
  request: TaobaoTbkDgPunishOrderGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoTbkDgPunishOrderGetResponse> {
  return client.call<TaobaoTbkDgPunishOrderGetResponse>(
    {
      method: 'taobao.tbk.dg.punish.order.get',
      responseRoot: 'tbk_dg_punish_order_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
