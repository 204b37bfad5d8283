// Generated from specs/axintrade/taobao.alitrip.axin.trans.fund.query.by.order.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.axin.trans.fund.query.by.order` (通过外部订单ID查询所有资金单). */
export interface TaobaoAlitripAxinTransFundQueryByOrderRequest {
  /** 入参 */
  param_axin_fund_list_query_d_t_o: TaobaoAlitripAxinTransFundQueryByOrderAxinFundListQueryDtoInput;
}

/** Response of `taobao.alitrip.axin.trans.fund.query.by.order`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripAxinTransFundQueryByOrderResponse {
  /** 接口返回model */
  result?: TaobaoAlitripAxinTransFundQueryByOrderResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AxinFundListQueryDto` of `taobao.alitrip.axin.trans.fund.query.by.order`. */
export interface TaobaoAlitripAxinTransFundQueryByOrderAxinFundListQueryDtoInput {
  /** 资金单类型 */
  fund_status: string[];
  /** 外部订单号 */
  outer_order_id: string;
}

/** `Result` of `taobao.alitrip.axin.trans.fund.query.by.order`. */
export interface TaobaoAlitripAxinTransFundQueryByOrderResult {
  /** 出参 */
  data?: TaobaoAlitripAxinTransFundQueryByOrderAxinFundDTO;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 描述信息 */
  info_msg?: string;
  /** 是否需要重试 */
  need_retry?: boolean;
  /** 是否成功 */
  success?: boolean;
}

/** `AxinFundDTO` of `taobao.alitrip.axin.trans.fund.query.by.order`. */
export interface TaobaoAlitripAxinTransFundQueryByOrderAxinFundDTO {
  /** 有效资金单列表 */
  fund_list?: TaobaoAlitripAxinTransFundQueryByOrderAxinFundDto[];
  /** 已支付总金额 */
  total_payed_amount?: Int64;
}

/** `AxinFundDto` of `taobao.alitrip.axin.trans.fund.query.by.order`. */
export interface TaobaoAlitripAxinTransFundQueryByOrderAxinFundDto {
  /** 支付宝交易号 */
  alipay_order_id?: string;
  /** 支付宝外部商户号 */
  alipay_outer_id?: string;
  /** 扩展属性 */
  attributes?: string;
  /** 主键 */
  id?: Int64;
  /** 订单ID */
  outer_order_id?: string;
  /** 付款金额总额 */
  pay_fee?: Int64;
  /** 正向资金单ID，仅在逆向资金单上使用 */
  pay_fund_id?: Int64;
  /** 支付订单号(即tp订单号或支付宝流水号) */
  pay_order_id?: string;
  /** 付款时间 */
  pay_time?: string;
  /** 付款方式 */
  pay_type?: Int64;
  /** 支付方账号 */
  payer_account?: string;
  /** 支付方账号类型 */
  payer_account_type?: Int64;
  /** 付款方账号id */
  payer_alipay_id?: string;
  /** 支付方昵称 */
  payer_nick?: string;
  /** 支付方淘宝ID */
  payer_tid?: Int64;
  /** 收款方账号 */
  receiver_account?: string;
  /** 收款方账号类型 */
  receiver_account_type?: Int64;
  /** 收款方账号id */
  receiver_alipay_id?: string;
  /** 收款方昵称 */
  receiver_nick?: string;
  /** 收款方淘宝ID */
  receiver_tid?: Int64;
  /** 请求版本号 */
  req_version?: string;
  /** 二级商户smid */
  smid?: string;
  /** 资金单状态 */
  status?: Int64;
  /** 付款来源 */
  trade_source?: Int64;
  /** 交易方式 */
  trade_type?: Int64;
}

const REQUEST_SCHEMA = {
  param_axin_fund_list_query_d_t_o: {
    fund_status: ['String'],
    outer_order_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      fund_list: [
        {
          alipay_order_id: 'String',
          alipay_outer_id: 'String',
          attributes: 'String',
          id: 'Number',
          outer_order_id: 'String',
          pay_fee: 'Number',
          pay_fund_id: 'Number',
          pay_order_id: 'String',
          pay_time: 'Date',
          pay_type: 'Number',
          payer_account: 'String',
          payer_account_type: 'Number',
          payer_alipay_id: 'String',
          payer_nick: 'String',
          payer_tid: 'Number',
          receiver_account: 'String',
          receiver_account_type: 'Number',
          receiver_alipay_id: 'String',
          receiver_nick: 'String',
          receiver_tid: 'Number',
          req_version: 'String',
          smid: 'String',
          status: 'Number',
          trade_source: 'Number',
          trade_type: 'Number',
        },
      ],
      total_payed_amount: 'Number',
    },
    error_code: 'String',
    error_msg: 'String',
    info_msg: 'String',
    need_retry: 'Boolean',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.axin.trans.fund.query.by.order`: method, response root, request and response schemas. */
export const taobaoAlitripAxinTransFundQueryByOrderOperation = {
  method: 'taobao.alitrip.axin.trans.fund.query.by.order',
  responseRoot: 'alitrip_axin_trans_fund_query_by_order_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通过外部订单ID查询所有资金单 — calls TOP method `taobao.alitrip.axin.trans.fund.query.by.order`.
 *
 * 阿信供销平台-通过外部订单ID查询所有资金单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripAxinTransFundQueryByOrder(
  client: TopClient,
  request: TaobaoAlitripAxinTransFundQueryByOrderRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripAxinTransFundQueryByOrderResponse> {
  return client.call<TaobaoAlitripAxinTransFundQueryByOrderResponse>(
    {
      method: 'taobao.alitrip.axin.trans.fund.query.by.order',
      responseRoot: 'alitrip_axin_trans_fund_query_by_order_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
