// Generated from specs/bus/taobao.bus.tvmrefundorder.set.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.bus.tvmrefundorder.set` (线下自助机逆向退款接口). */
export interface TaobaoBusTvmrefundorderSetRequest {
  /** 飞猪订单号 */
  alitrip_order_id: string;
  /**
   * 分账退款明细
   *
   * Max list size: 20
   */
  refund_account_in_details?: TaobaoBusTvmrefundorderSetRefundAccountInDetailInput[];
  /** 退款金额（单位分） 票金额 */
  refund_amount: Int64Input;
  /** 批次号必须唯一，同一批次号只能退款一次 （多账号分润的该值 填写refundAccountInDetails中批次号的任意一个即可 */
  refund_batch_no: string;
  /** 退款原因 */
  refund_reason?: string;
  /**
   * 保险退款详情
   *
   * Max list size: 999
   */
  insurance_refund_details?: TaobaoBusTvmrefundorderSetInsuranceRefundDetailInput[];
}

/** Response of `taobao.bus.tvmrefundorder.set`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBusTvmrefundorderSetResponse {
  /** errorCode 错误码 */
  result_code?: string;
  /** errorMsg 错误信息 */
  result_msg?: string;
  /** success true 成功 false 失败 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundAccountInDetail` of `taobao.bus.tvmrefundorder.set`. */
export interface TaobaoBusTvmrefundorderSetRefundAccountInDetailInput {
  /** 收款账户支付宝ID 必传 */
  alipay_account?: string;
  /** 收款装好支付宝账号，注意和上面的支付宝ID 要对应好 */
  alipay_account_id?: string;
  /** 分为单位;退多少钱 */
  refund_amount?: Int64Input;
  /** 退款批次号须唯一 */
  refund_batch_no?: string;
}

/** `InsuranceRefundDetail` of `taobao.bus.tvmrefundorder.set`. */
export interface TaobaoBusTvmrefundorderSetInsuranceRefundDetailInput {
  /** 退保信息 */
  tvm_insurance_infos?: TaobaoBusTvmrefundorderSetTvmInsuranceInfoInput[];
  /** 保险退款总金额 */
  insure_price?: Int64Input;
  /** 乘客证件号 */
  rider_cert_number?: string;
  /** 证件类型：01：身份证，02：护照，03：港澳通行证，04：台湾通行证，05：港澳往返内地通行证，06：台湾往返内地通行证，07：港澳居民居住证 */
  rider_cert_type?: string;
  /** 乘客姓名 */
  rider_name?: string;
}

/** `TvmInsuranceInfo` of `taobao.bus.tvmrefundorder.set`. */
export interface TaobaoBusTvmrefundorderSetTvmInsuranceInfoInput {
  /** 保险价格 */
  insure_price?: Int64Input;
  /** 保险产品码 */
  product_no?: string;
}

const REQUEST_SCHEMA = {
  alitrip_order_id: 'String',
  refund_account_in_details: [
    {
      alipay_account: 'String',
      alipay_account_id: 'String',
      refund_amount: 'Number',
      refund_batch_no: 'String',
    },
  ],
  refund_amount: 'Number',
  refund_batch_no: 'String',
  refund_reason: 'String',
  insurance_refund_details: [
    {
      tvm_insurance_infos: [
        {
          insure_price: 'Number',
          product_no: 'String',
        },
      ],
      insure_price: 'Number',
      rider_cert_number: 'String',
      rider_cert_type: 'String',
      rider_name: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'String',
  result_msg: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.bus.tvmrefundorder.set`: method, response root, request and response schemas. */
export const taobaoBusTvmrefundorderSetOperation = {
  method: 'taobao.bus.tvmrefundorder.set',
  responseRoot: 'bus_tvmrefundorder_set_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 线下自助机逆向退款接口 — calls TOP method `taobao.bus.tvmrefundorder.set`.
 *
 * 汽车票线下自助机 逆向退票接口；用于已出票完成后，再发起退款（注意这是售后退款，如出票异常但是告诉我们出票成功，后续给客户退款，需要调用这个接口，一般开放给财务。出票过程中的失败，请直接调用出票接口并且传递false标志，我们会自动退款。）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBusTvmrefundorderSet(
  client: TopClient,
  request: TaobaoBusTvmrefundorderSetRequest,
  options?: CallOptions,
): Promise<TaobaoBusTvmrefundorderSetResponse> {
  return client.call<TaobaoBusTvmrefundorderSetResponse>(
    {
      method: 'taobao.bus.tvmrefundorder.set',
      responseRoot: 'bus_tvmrefundorder_set_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
