// Generated from specs/tbk/taobao.tbk.sc.punish.order.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.sc.punish.order.get` (淘宝客-服务商-处罚订单查询). */
export interface TaobaoTbkScPunishOrderGetRequest {
  /** 入参的对象 */
  af_order_option?: TaobaoTbkScPunishOrderGetTopApiAfOrderOptionInput;
}

/** Response of `taobao.tbk.sc.punish.order.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkScPunishOrderGetResponse {
  /** 查询的对象 */
  result?: TaobaoTbkScPunishOrderGetRpcResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopApiAfOrderOption` of `taobao.tbk.sc.punish.order.get`. */
export interface TaobaoTbkScPunishOrderGetTopApiAfOrderOptionInput {
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

/** `RpcResult` of `taobao.tbk.sc.punish.order.get`. */
export interface TaobaoTbkScPunishOrderGetRpcResult {
  /** 结果 */
  data?: TaobaoTbkScPunishOrderGetPageResult;
  /** 业务出错的描述 */
  biz_error_desc?: string;
  /** 业务出错的状态码 */
  biz_error_code?: Int64;
  /** 执行结果 */
  result_msg?: string;
  /** 执行结果状态码 */
  result_code?: Int64;
}

/** `PageResult` of `taobao.tbk.sc.punish.order.get`. */
export interface TaobaoTbkScPunishOrderGetPageResult {
  /** 处罚订单列表 */
  results?: TaobaoTbkScPunishOrderGetResult[];
  /** 翻页的pageno */
  page_no?: Int64;
  /** 翻页的pagesie */
  page_size?: Int64;
  /** 一共能查询出来的结果总数 */
  total_count?: Int64;
}

/** `Result` of `taobao.tbk.sc.punish.order.get`. */
export interface TaobaoTbkScPunishOrderGetResult {
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
  /** 处罚类型，目前包括 1:店铺淘宝客 2:订单虚假交易 */
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
  tk_pub_id?: Int64;
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
          tk_pub_id: 'Number',
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

/** Static description of `taobao.tbk.sc.punish.order.get`: method, response root, request and response schemas. */
export const taobaoTbkScPunishOrderGetOperation = {
  method: 'taobao.tbk.sc.punish.order.get',
  responseRoot: 'tbk_sc_punish_order_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-服务商-处罚订单查询 — calls TOP method `taobao.tbk.sc.punish.order.get`.
 *
 * 服务商使用。可通过该接口查询推广者账号下在处罚管理后台，可直接下载的处罚订单明细。请注意：若是基于账号(member)、媒体id(site)、推广位(adzone)、渠道方(relationid)维度的完整处罚，对应订单明细请根据处罚后台对应的处罚订单时间说明，在“推广订单明细”中筛选对应订单。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkScPunishOrderGet(
  client: TopClient,
  request: TaobaoTbkScPunishOrderGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoTbkScPunishOrderGetResponse> {
  return client.call<TaobaoTbkScPunishOrderGetResponse>(
    {
      method: 'taobao.tbk.sc.punish.order.get',
      responseRoot: 'tbk_sc_punish_order_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
