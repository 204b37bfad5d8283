// Generated from specs/axintrade/taobao.alitrip.axin.trans.fund.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.axin.trans.fund.add` (创建资金单接口). */
export interface TaobaoAlitripAxinTransFundAddRequest {
  /** 创建资金单接口入参 */
  axin_fund_create_d_t_o?: TaobaoAlitripAxinTransFundAddAxinFundCreateDtoInput;
}

/** Response of `taobao.alitrip.axin.trans.fund.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripAxinTransFundAddResponse {
  /** 接口返回model */
  result?: TaobaoAlitripAxinTransFundAddResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AxinFundCreateDto` of `taobao.alitrip.axin.trans.fund.add`. */
export interface TaobaoAlitripAxinTransFundAddAxinFundCreateDtoInput {
  /** 支付方支付宝账号id */
  payer_alipay_id?: string;
  /** 支付方账号 */
  payer_account: string;
  /** 支付方昵称 */
  payer_nick?: string;
  /** 订单ID */
  outer_order_id: string;
  /** 付款方式 */
  pay_type: Int64Input;
  /** 收付款账号类型 */
  account_type: Int64Input;
  /** 收款方支付宝账号id */
  receiver_alipay_id?: string;
  /** 收款方账号 */
  receiver_account: string;
  /** 收款方昵称 */
  receiver_nick?: string;
  /** 二级商户smid */
  smid: string;
  /** 正向资金单ID，仅在逆向资金单上使用 */
  pay_fund_id?: Int64Input;
  /** 交易方式 */
  trade_type: string;
  /** 请求版本号，用于幂等校验 */
  req_version: string;
  /** 付款来源，默认105直付通 */
  trade_source: Int64Input;
  /** 扩展属性，json格式 */
  attributes?: string;
  /** 付款金额总额，单位分 */
  pay_fee: Int64Input;
  /** 支付宝回调地址 */
  notify_url: string;
  /** 买家实名信息 */
  ext_user_info: TaobaoAlitripAxinTransFundAddExtUserInfoDtoInput;
  /** 商品标题、交易标题、订单关键字等 */
  subject: string;
  /** 交易渠道,1-借记,2-贷记 */
  trade_channel?: Int64Input;
}

/** `ExtUserInfoDto` of `taobao.alitrip.axin.trans.fund.add`. */
export interface TaobaoAlitripAxinTransFundAddExtUserInfoDtoInput {
  /** 指定买家支付宝实名证件号 */
  ext_user_cert_no: string;
  /** 指定买家支付宝实名证件类型 */
  ext_user_cert_type: string;
  /** 指定买家支付宝实名姓名 */
  ext_user_name: string;
}

/** `Result` of `taobao.alitrip.axin.trans.fund.add`. */
export interface TaobaoAlitripAxinTransFundAddResult {
  /** 返回素材id */
  data?: TaobaoAlitripAxinTransFundAddAxinFundCreateResDto;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 接口提示信息 */
  info_msg?: string;
  /** 是否需要重试 */
  need_retry?: boolean;
  /** 是否成功 */
  success?: boolean;
}

/** `AxinFundCreateResDto` of `taobao.alitrip.axin.trans.fund.add`. */
export interface TaobaoAlitripAxinTransFundAddAxinFundCreateResDto {
  /** 支付宝返回的拼接串 */
  alipay_body?: string;
  /** 阿信支付宝账号appID */
  app_id?: string;
  /** 资金单ID */
  fund_id?: string;
  /** 商户原始订单号，最大长度限制32位 */
  merchant_order_no?: string;
  /** 商户订单号，由商家自定义 */
  out_trade_no?: string;
  /** 收款支付宝账号对应的支付宝唯一用户号 */
  seller_id?: string;
  /** 该笔订单的资金总额，单位为RMB-Yuan */
  total_amount?: string;
  /** 该交易在支付宝系统中的交易流水号 */
  trade_no?: string;
}

const REQUEST_SCHEMA = {
  axin_fund_create_d_t_o: {
    payer_alipay_id: 'String',
    payer_account: 'String',
    payer_nick: 'String',
    outer_order_id: 'String',
    pay_type: 'Number',
    account_type: 'Number',
    receiver_alipay_id: 'String',
    receiver_account: 'String',
    receiver_nick: 'String',
    smid: 'String',
    pay_fund_id: 'Number',
    trade_type: 'String',
    req_version: 'String',
    trade_source: 'Number',
    attributes: 'String',
    pay_fee: 'Number',
    notify_url: 'String',
    ext_user_info: {
      ext_user_cert_no: 'String',
      ext_user_cert_type: 'String',
      ext_user_name: 'String',
    },
    subject: 'String',
    trade_channel: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      alipay_body: 'String',
      app_id: 'String',
      fund_id: 'String',
      merchant_order_no: 'String',
      out_trade_no: 'String',
      seller_id: 'String',
      total_amount: 'String',
      trade_no: 'String',
    },
    error_code: 'String',
    error_msg: 'String',
    info_msg: 'String',
    need_retry: 'Boolean',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.axin.trans.fund.add`: method, response root, request and response schemas. */
export const taobaoAlitripAxinTransFundAddOperation = {
  method: 'taobao.alitrip.axin.trans.fund.add',
  responseRoot: 'alitrip_axin_trans_fund_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建资金单接口 — calls TOP method `taobao.alitrip.axin.trans.fund.add`.
 *
 * 创建资金单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripAxinTransFundAdd(
  client: TopClient,
  request: TaobaoAlitripAxinTransFundAddRequest = {},
  options?: CallOptions,
): Promise<TaobaoAlitripAxinTransFundAddResponse> {
  return client.call<TaobaoAlitripAxinTransFundAddResponse>(
    {
      method: 'taobao.alitrip.axin.trans.fund.add',
      responseRoot: 'alitrip_axin_trans_fund_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
