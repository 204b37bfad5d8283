// Generated from specs/tbk/taobao.tbk.sc.relation.refund.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.sc.relation.refund` (淘宝客-服务商-维权退款订单查询). */
export interface TaobaoTbkScRelationRefundRequest {
  /** 参数option */
  search_option: TaobaoTbkScRelationRefundTopApiRefundRptOptionInput;
}

/** Response of `taobao.tbk.sc.relation.refund`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkScRelationRefundResponse {
  /** 返回结果封装对象 */
  result?: TaobaoTbkScRelationRefundRpcResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopApiRefundRptOption` of `taobao.tbk.sc.relation.refund`. */
export interface TaobaoTbkScRelationRefundTopApiRefundRptOptionInput {
  /** pagesize */
  page_size: Int64Input;
  /** 1-维权发起时间，2-订单结算时间（正向订单），3-维权完成时间，4-订单创建时间，5-订单更新时间 */
  search_type: Int64Input;
  /** 1 表示2方，2表示3方，0表示不限 */
  refund_type: Int64Input;
  /** 开始时间 */
  start_time: DateInput;
  /** pagenumber */
  page_no: Int64Input;
  /** 1代表渠道关系id，2代表会员关系id */
  biz_type: Int64Input;
}

/** `RpcResult` of `taobao.tbk.sc.relation.refund`. */
export interface TaobaoTbkScRelationRefundRpcResult {
  /** 返回信息 */
  result_msg?: string;
  /** 真正的业务数据结构 */
  data?: TaobaoTbkScRelationRefundPageResult;
  /** 接口返回值信息，跟rpc架构保持一致 */
  result_code?: Int64;
  /** 业务错误信息 */
  biz_error_desc?: string;
  /** 业务错误码 101, 102,103 */
  biz_error_code?: Int64;
}

/** `PageResult` of `taobao.tbk.sc.relation.refund`. */
export interface TaobaoTbkScRelationRefundPageResult {
  /** pageNo */
  page_no?: Int64;
  /** pageSize */
  page_size?: Int64;
  /** 总值 */
  total_count?: Int64;
  /** 订单列表 */
  results?: TaobaoTbkScRelationRefundResult[];
}

/** `Result` of `taobao.tbk.sc.relation.refund`. */
export interface TaobaoTbkScRelationRefundResult {
  /** 淘宝订单编号 */
  tb_trade_parent_id?: Int64;
  /** 会员关系id */
  special_id?: Int64;
  /** 渠道关系id */
  relation_id?: Int64;
  /** 第三方推广者memberid */
  tk3rd_pub_id?: Int64;
  /** 推广者memberid */
  tk_pub_id?: Int64;
  /** 第三方应该返还的补贴 */
  tk_subsidy_fee_refund3rd_pub?: string;
  /** 第三方应该返还的佣金 */
  tk_commission_fee_refund3rd_pub?: string;
  /** 第二方应该返还的补贴(不包括技术服务费) */
  tk_subsidy_fee_refund_pub?: string;
  /** 第二方应该返还的佣金(不包括技术服务费) */
  tk_commission_fee_refund_pub?: string;
  /** 维权完成时间 */
  tk_refund_suit_time?: string;
  /** 维权创建时间 */
  tk_refund_time?: string;
  /** 订单结算时间 */
  earning_time?: string;
  /** 订单创建时间 */
  tb_trade_create_time?: string;
  /** 维权创建(淘客结算回执) 4,维权成功(淘客结算回执) 2,维权失败(淘客结算回执) 3,发生多次维权，待处理 11,从淘客处补扣（钱已结给淘客） 等待扣款 12,从淘客处补扣（钱已结给淘客） 扣款成功 13,从卖家处补扣（钱已结给卖家） 等待扣款 14,从卖家处补扣（钱已结给卖家） 扣款成功 15 */
  refund_status?: Int64;
  /** 宝贝标题 */
  tb_auction_title?: string;
  /** 淘宝子订单编号 */
  tb_trade_id?: Int64;
  /** 维权金额 */
  refund_fee?: string;
  /** 结算金额 */
  tb_trade_finish_price?: string;
  /** 应返商家金额(二方) */
  tk_pub_show_return_fee?: string;
  /** 应返商家金额(三方) */
  tk3rd_pub_show_return_fee?: string;
  /** 1 表示2方，2表示3方 */
  refund_type?: Int64;
  /** （口碑订单）口碑父订单号 */
  alsc_pid?: string;
  /** （口碑订单）口碑子订单号 */
  alsc_id?: string;
  /** 更新时间 */
  modified_time?: string;
}

const REQUEST_SCHEMA = {
  search_option: {
    page_size: 'Number',
    search_type: 'Number',
    refund_type: 'Number',
    start_time: 'Date',
    page_no: 'Number',
    biz_type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_msg: 'String',
    data: {
      page_no: 'Number',
      page_size: 'Number',
      total_count: 'Number',
      results: [
        {
          tb_trade_parent_id: 'Number',
          special_id: 'Number',
          relation_id: 'Number',
          tk3rd_pub_id: 'Number',
          tk_pub_id: 'Number',
          tk_subsidy_fee_refund3rd_pub: 'String',
          tk_commission_fee_refund3rd_pub: 'String',
          tk_subsidy_fee_refund_pub: 'String',
          tk_commission_fee_refund_pub: 'String',
          tk_refund_suit_time: 'Date',
          tk_refund_time: 'Date',
          earning_time: 'Date',
          tb_trade_create_time: 'Date',
          refund_status: 'Number',
          tb_auction_title: 'String',
          tb_trade_id: 'Number',
          refund_fee: 'String',
          tb_trade_finish_price: 'String',
          tk_pub_show_return_fee: 'String',
          tk3rd_pub_show_return_fee: 'String',
          refund_type: 'Number',
          alsc_pid: 'String',
          alsc_id: 'String',
          modified_time: 'Date',
        },
      ],
    },
    result_code: 'Number',
    biz_error_desc: 'String',
    biz_error_code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.sc.relation.refund`: method, response root, request and response schemas. */
export const taobaoTbkScRelationRefundOperation = {
  method: 'taobao.tbk.sc.relation.refund',
  responseRoot: 'tbk_sc_relation_refund_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-服务商-维权退款订单查询 — calls TOP method `taobao.tbk.sc.relation.refund`.
 *
 * 淘宝客维权退款订单查询-渠道管理和会员运营管理专用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkScRelationRefund(
  client: TopClient,
  request: TaobaoTbkScRelationRefundRequest,
  options?: CallOptions,
): Promise<TaobaoTbkScRelationRefundResponse> {
  return client.call<TaobaoTbkScRelationRefundResponse>(
    {
      method: 'taobao.tbk.sc.relation.refund',
      responseRoot: 'tbk_sc_relation_refund_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
