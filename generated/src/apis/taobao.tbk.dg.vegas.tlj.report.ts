// Generated from specs/tbk/taobao.tbk.dg.vegas.tlj.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.dg.vegas.tlj.report` (淘宝客-推广者-淘礼金效果数据). */
export interface TaobaoTbkDgVegasTljReportRequest {
  /** 创建淘礼金时返回的rightsId */
  rights_id: string;
  /** adzoneId */
  adzone_id: Int64Input;
}

/** Response of `taobao.tbk.dg.vegas.tlj.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkDgVegasTljReportResponse {
  /** 结果 */
  model?: TaobaoTbkDgVegasTljReportInstanceDTO;
  /** msgInfo */
  msg_info?: string;
  /** msgCode */
  msg_code?: string;
  /** 调用接口是否成功 */
  result_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InstanceDTO` of `taobao.tbk.dg.vegas.tlj.report`. */
export interface TaobaoTbkDgVegasTljReportInstanceDTO {
  /** extra */
  extra?: TaobaoTbkDgVegasTljReportExtra;
}

/** `Extra` of `taobao.tbk.dg.vegas.tlj.report`. */
export interface TaobaoTbkDgVegasTljReportExtra {
  /** 领取率，领取淘礼金个数/创建淘礼金个数 */
  get_rate?: string;
  /** 使用率，使用淘礼金个数/领取淘礼金个数 */
  use_rate?: string;
  /** 引导付款笔数，同一个红包，若因消费者付款使用后取消订单或退货退款，产生二次红包使用行为，引导付款笔数也会记录两单 */
  alipay_num?: Int64;
  /** 引导付款金额，同一个红包，若因消费者付款使用后取消订单或退货退款，产生二次红包使用行为，引导付款笔数也会记录两单 */
  alipay_amt?: string;
  /** 付款佣金，下单付款，产生二次红包使用行为，会记录2次 */
  pre_pub_share_fee_for_disp?: string;
  /** 结算佣金，确认收货，产生二次红包使用行为，会记录2次 */
  cm_settle_amt?: string;
  /** 领取淘礼金个数 */
  win_pv?: Int64;
  /** 领取淘礼金金额 */
  win_sum_amt?: string;
  /** 未领取淘礼金个数，过了领取有效期或者暂停后没有被领取的红包个数 */
  remaining_num?: Int64;
  /** 未领取金额，过了领取有效期或者暂停后没有被领取的红包金额 */
  remaining_amt?: string;
  /** 使用淘礼金个数，同一个红包，若因消费者付款使用后取消订单或退货退款，产生二次红包使用行为，使用淘礼金个数一天内会去重，所以相当于不会重记 */
  use_num?: Int64;
  /** 使用淘礼金金额，若红包被重复使用（1)淘礼金红包被拆分，并且产生部分退款，会保留部分退款的订单淘礼金金额；若全部退款，会保留订单全部淘礼金金额），因此，已使用金额可能大于消费者实际使用金额（使用红包后，若产生红包退回后再次使用，已使用金额会被二次计算，已使用数量不会） */
  use_sum_amt?: string;
  /** 退款淘礼金个数，红包使用后，由于订单取消，退货退款等行为带来的淘礼金红包退回数量，退款红包数量单日内不重复计算，跨天重复计算 */
  refund_num?: Int64;
  /** 退款淘礼金金额，红包使用后，由于订单取消，退货退款等行为行为带来的淘礼金红包退回数量 （退款红包若产生多次使用，退款红包金额会被多次计算，退款红包数量单日内不重复计算，跨天重复计算） */
  refund_sum_amt?: string;
}

const REQUEST_SCHEMA = {
  rights_id: 'String',
  adzone_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: {
    extra: {
      get_rate: 'String',
      use_rate: 'String',
      alipay_num: 'Number',
      alipay_amt: 'String',
      pre_pub_share_fee_for_disp: 'String',
      cm_settle_amt: 'String',
      win_pv: 'Number',
      win_sum_amt: 'String',
      remaining_num: 'Number',
      remaining_amt: 'String',
      use_num: 'Number',
      use_sum_amt: 'String',
      refund_num: 'Number',
      refund_sum_amt: 'String',
    },
  },
  msg_info: 'String',
  msg_code: 'String',
  result_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.dg.vegas.tlj.report`: method, response root, request and response schemas. */
export const taobaoTbkDgVegasTljReportOperation = {
  method: 'taobao.tbk.dg.vegas.tlj.report',
  responseRoot: 'tbk_dg_vegas_tlj_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-推广者-淘礼金效果数据 — calls TOP method `taobao.tbk.dg.vegas.tlj.report`.
 *
 * 淘宝客推广者可查询淘礼金发放和使用等效果数据，只提供近150天的数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkDgVegasTljReport(
  client: TopClient,
  request: TaobaoTbkDgVegasTljReportRequest,
  options?: CallOptions,
): Promise<TaobaoTbkDgVegasTljReportResponse> {
  return client.call<TaobaoTbkDgVegasTljReportResponse>(
    {
      method: 'taobao.tbk.dg.vegas.tlj.report',
      responseRoot: 'tbk_dg_vegas_tlj_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
