// Generated from specs/lstpos/alibaba.lst.pos.open.cashier.synccashierdata.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.pos.open.cashier.synccashierdata` (收银快照同步接口(最多10条订单信息)). */
export interface AlibabaLstPosOpenCashierSynccashierdataRequest {
  /**
   * 订单对象列表
   *
   * Max list size: 10
   */
  cashier_flow_d_t_o_list: AlibabaLstPosOpenCashierSynccashierdataCashierFlowDtoInput[];
  /** 门店对应的主账号id */
  user_id: Int64Input;
}

/** Response of `alibaba.lst.pos.open.cashier.synccashierdata`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstPosOpenCashierSynccashierdataResponse {
  /** 响应结果 */
  result?: AlibabaLstPosOpenCashierSynccashierdataResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CashierFlowDto` of `alibaba.lst.pos.open.cashier.synccashierdata`. */
export interface AlibabaLstPosOpenCashierSynccashierdataCashierFlowDtoInput {
  /** 收银商品快照对象列表 */
  cashier_goods_detail_d_t_o_list: AlibabaLstPosOpenCashierSynccashierdataCashierGoodsDetailDtoInput[];
  /** 支付状态 请求失败:requestFail 支付失败:payFail 支付超时:payTimeOut 支付成功:paySuccess */
  pay_status: string;
  /** 支付方式 支付宝:alipay 微信:wechat 现金:cashPay 其他:other */
  pay_type: string;
  /** 结算单总价(实收)，单位:分 */
  total_actual_price: Int64Input;
  /** 结算单总价(应收)，单位:分 */
  total_price: Int64Input;
  /** isv订单流水号 */
  isv_trade_flow_num: string;
  /** 最后修改 精确到毫秒 */
  gmt_modified?: Int64Input;
  /** 创建时间 精确到毫秒 */
  gmt_create: Int64Input;
  /** 关联lst原始订单号:主要是退款订单关联原始订单号使用 */
  original_trade_flow_num?: string;
  /** 订单类型 0: 交易订单快照 1:退款订单快照 缺省为0 */
  order_type?: Int64Input;
  /** 数据来源的设备类型 0：pos，1：自动售货机，9999：其它 缺省值：0 */
  device_type?: Int64Input;
  /** 设备物理硬件ID（自身保证唯一性） */
  hardware_id?: string;
  /** 收银支付明细列表对象 */
  cashier_pay_detail_d_t_o_list?: AlibabaLstPosOpenCashierSynccashierdataCashierPayDetailDtoInput[];
  /** 设备品牌 */
  brand?: string;
  /** 设备型号 */
  model?: string;
}

/** `CashierGoodsDetailDto` of `alibaba.lst.pos.open.cashier.synccashierdata`. */
export interface AlibabaLstPosOpenCashierSynccashierdataCashierGoodsDetailDtoInput {
  /** 商品条码，可能有无码商品 */
  bar_code?: string;
  /** 商品进货价 单位:分 */
  goods_cost_price?: Int64Input;
  /** 商品销售价(折后)，单位:分 */
  goods_actual_price: Int64Input;
  /** 商品原价(折前)，单位:分 */
  goods_origin_price: Int64Input;
  /** 商品数量 */
  count: string;
  /** 商品名称 */
  goods_name: string;
  /** ISV商品Id */
  isv_goods_id: string;
}

/** `CashierPayDetailDto` of `alibaba.lst.pos.open.cashier.synccashierdata`. */
export interface AlibabaLstPosOpenCashierSynccashierdataCashierPayDetailDtoInput {
  /** 备注信息 */
  desc_info?: string;
  /** 买家支付/退款账号Id 若payType=alipay ,需要传递 买家的支付宝用户id；其它支付方式可不传 */
  pay_account?: string;
  /** 创建时间 精确到毫秒 */
  gmt_create?: Int64Input;
  /** 支付状态 请求失败:requestFail 支付失败:payFail 支付超时:payTimeOut 支付成功:paySuccess 退款成功:refundSuccess 退款失败:refundFail */
  pay_status?: string;
  /** 支付金额 单位：分 缺省值:0 */
  pay_amount?: Int64Input;
  /** 支付类型 支付宝:alipay 微信:wechat 现金:cashPay， 其它:other */
  pay_type?: string;
  /** 支付流水号 正向支付:支付流水号; 逆向支付:退款流水号; */
  pay_flow_num?: string;
  /** 业务类型 正向支付(支付)：0 缺省为：0 逆向支付(退款)：1 */
  biz_type?: Int64Input;
}

/** `ResultDto` of `alibaba.lst.pos.open.cashier.synccashierdata`. */
export interface AlibabaLstPosOpenCashierSynccashierdataResultDto {
  /** 错误消息 */
  error_message?: string;
  /** 单个订单处理结果 */
  module_list?: AlibabaLstPosOpenCashierSynccashierdataErrorResult[];
  /** 错误码 */
  error_code?: string;
  /** 调用成功与否标示 true：成功 false：失败 */
  success?: boolean;
}

/** `ErrorResult` of `alibaba.lst.pos.open.cashier.synccashierdata`. */
export interface AlibabaLstPosOpenCashierSynccashierdataErrorResult {
  /** 单个订单错误消息 */
  error_message?: string;
  /** 单个订单错误码 */
  error_code?: string;
  /** 单个订单isv业务处理关键字值 */
  key?: string;
  /** 单个订单处理结果标示 true：成功 false：失败 */
  success?: boolean;
  /** 业务处理数据 */
  data?: string;
}

const REQUEST_SCHEMA = {
  cashier_flow_d_t_o_list: [
    {
      cashier_goods_detail_d_t_o_list: [
        {
          bar_code: 'String',
          goods_cost_price: 'Number',
          goods_actual_price: 'Number',
          goods_origin_price: 'Number',
          count: 'String',
          goods_name: 'String',
          isv_goods_id: 'String',
        },
      ],
      pay_status: 'String',
      pay_type: 'String',
      total_actual_price: 'Number',
      total_price: 'Number',
      isv_trade_flow_num: 'String',
      gmt_modified: 'Number',
      gmt_create: 'Number',
      original_trade_flow_num: 'String',
      order_type: 'Number',
      device_type: 'Number',
      hardware_id: 'String',
      cashier_pay_detail_d_t_o_list: [
        {
          desc_info: 'String',
          pay_account: 'String',
          gmt_create: 'Number',
          pay_status: 'String',
          pay_amount: 'Number',
          pay_type: 'String',
          pay_flow_num: 'String',
          biz_type: 'Number',
        },
      ],
      brand: 'String',
      model: 'String',
    },
  ],
  user_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    module_list: [
      {
        error_message: 'String',
        error_code: 'String',
        key: 'String',
        success: 'Boolean',
        data: 'String',
      },
    ],
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.pos.open.cashier.synccashierdata`: method, response root, request and response schemas. */
export const alibabaLstPosOpenCashierSynccashierdataOperation = {
  method: 'alibaba.lst.pos.open.cashier.synccashierdata',
  responseRoot: 'alibaba_lst_pos_open_cashier_synccashierdata_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 收银快照同步接口(最多10条订单信息) — calls TOP method `alibaba.lst.pos.open.cashier.synccashierdata`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstPosOpenCashierSynccashierdata(
  client: TopClient,
  request: AlibabaLstPosOpenCashierSynccashierdataRequest,
  options?: CallOptions,
): Promise<AlibabaLstPosOpenCashierSynccashierdataResponse> {
  return client.call<AlibabaLstPosOpenCashierSynccashierdataResponse>(
    {
      method: 'alibaba.lst.pos.open.cashier.synccashierdata',
      responseRoot: 'alibaba_lst_pos_open_cashier_synccashierdata_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
