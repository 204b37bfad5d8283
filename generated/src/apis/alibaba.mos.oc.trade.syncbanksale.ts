// Generated from specs/mos/alibaba.mos.oc.trade.syncbanksale.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mos.oc.trade.syncbanksale` (云闪付、银行卡销售数据回传接口). */
export interface AlibabaMosOcTradeSyncbanksaleRequest {
  /** pos云闪付、银行卡销售数据 */
  pos_bank_sale_info_dto: AlibabaMosOcTradeSyncbanksalePosBankSaleInfoDtoInput;
}

/** Response of `alibaba.mos.oc.trade.syncbanksale`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosOcTradeSyncbanksaleResponse {
  /** resultDTO */
  result?: AlibabaMosOcTradeSyncbanksaleResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PosBankSaleInfoDto` of `alibaba.mos.oc.trade.syncbanksale`. */
export interface AlibabaMosOcTradeSyncbanksalePosBankSaleInfoDtoInput {
  /** 订单号，唯一幂等字段 */
  order_id: string;
  /** 原订单号 */
  original_order_id?: string;
  /** 小票号 */
  sequence_no: string;
  /** 支付渠道。001：云闪付、002：银行卡 */
  payment_channel: string;
  /** 卡号 */
  card_no?: string;
  /** 交易时间。yyyy-MM-dd HH:mm:ss */
  trade_time: string;
  /** 销售类型。0：销售，1：退款退货 */
  sale_type: string;
  /** 销售类型子类。001：消费，002：撤销，006：退款退货 */
  sub_sale_type: string;
  /** 交易金额。单位：分 */
  trade_amount: Int64Input;
  /** 银行编码 */
  bank_code?: string;
  /** 银行名字 */
  bank_name?: string;
  /** 终端编号 */
  terminal_no?: string;
  /** 银行商户号 */
  bank_shop_no?: string;
  /** 商户流水号，查询流水号 */
  pos_trace_no: string;
  /** 批次号 */
  batch_no?: string;
  /** 交易参考号，系统跟踪号 */
  trade_ref_no: string;
  /** 支付类型行号 */
  pay_type_no: Int64Input;
  /** 外部门店号，类似HZ01 */
  store_no: string;
  /** 加密摘要，未脱敏号加密 */
  encrypte_summary?: string;
  /** 通讯类型。001：网线，002:电话 */
  communicate_type?: string;
  /** 操作时间。yyyy-MM-dd HH:mm:ss */
  operate_time: string;
  /** 冲正标志，供银行卡调账使用，表字段需要，不由接口传入，默认为00 */
  rback?: string;
  /** 备注 */
  remark?: string;
  /** 扩展字段 */
  extend_param?: string;
  /** 收银员 */
  cashier?: string;
  /** ip地址 */
  ip?: string;
  /** mac地址 */
  mac?: string;
}

/** `ResultDo` of `alibaba.mos.oc.trade.syncbanksale`. */
export interface AlibabaMosOcTradeSyncbanksaleResultDo {
  /** errCode */
  err_code?: Int64;
  /** errMsg */
  err_msg?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  pos_bank_sale_info_dto: {
    order_id: 'String',
    original_order_id: 'String',
    sequence_no: 'String',
    payment_channel: 'String',
    card_no: 'String',
    trade_time: 'String',
    sale_type: 'String',
    sub_sale_type: 'String',
    trade_amount: 'Number',
    bank_code: 'String',
    bank_name: 'String',
    terminal_no: 'String',
    bank_shop_no: 'String',
    pos_trace_no: 'String',
    batch_no: 'String',
    trade_ref_no: 'String',
    pay_type_no: 'Number',
    store_no: 'String',
    encrypte_summary: 'String',
    communicate_type: 'String',
    operate_time: 'String',
    rback: 'String',
    remark: 'String',
    extend_param: 'String',
    cashier: 'String',
    ip: 'String',
    mac: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'Number',
    err_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mos.oc.trade.syncbanksale`: method, response root, request and response schemas. */
export const alibabaMosOcTradeSyncbanksaleOperation = {
  method: 'alibaba.mos.oc.trade.syncbanksale',
  responseRoot: 'alibaba_mos_oc_trade_syncbanksale_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 云闪付、银行卡销售数据回传接口 — calls TOP method `alibaba.mos.oc.trade.syncbanksale`.
 *
 * 云闪付、银行卡销售数据回传
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosOcTradeSyncbanksale(
  client: TopClient,
  request: AlibabaMosOcTradeSyncbanksaleRequest,
  options?: CallOptions,
): Promise<AlibabaMosOcTradeSyncbanksaleResponse> {
  return client.call<AlibabaMosOcTradeSyncbanksaleResponse>(
    {
      method: 'alibaba.mos.oc.trade.syncbanksale',
      responseRoot: 'alibaba_mos_oc_trade_syncbanksale_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
