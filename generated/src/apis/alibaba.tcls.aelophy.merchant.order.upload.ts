// Generated from specs/wdk/alibaba.tcls.aelophy.merchant.order.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tcls.aelophy.merchant.order.upload` (商家订单数据上传). */
export interface AlibabaTclsAelophyMerchantOrderUploadRequest {
  /** 商家订单信息 */
  order_info: AlibabaTclsAelophyMerchantOrderUploadMerchantOrderInfoInput;
}

/** Response of `alibaba.tcls.aelophy.merchant.order.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTclsAelophyMerchantOrderUploadResponse {
  /** 根据站点名称查询产品 */
  api_result?: AlibabaTclsAelophyMerchantOrderUploadApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MerchantOrderInfo` of `alibaba.tcls.aelophy.merchant.order.upload`. */
export interface AlibabaTclsAelophyMerchantOrderUploadMerchantOrderInfoInput {
  /** 渠道订单id */
  channel_order_id?: string;
  /** 真实手机号 */
  real_phone?: string;
  /** 投放跟踪id */
  trace_id?: string;
  /** 折扣优惠金额 */
  discount_amt?: Int64Input;
  /** 会员卡号 */
  member_card_num?: string;
  /** 订单ID，商家订单流水号 */
  order_id: string;
  /** 作用在父订单的优惠券信息 */
  coupon_info?: string;
  /** 支付时间 */
  pay_time: DateInput;
  /** 履约邮费 */
  post_fee?: Int64Input;
  /** pos机号 */
  pos_no?: string;
  /** 子订单信息 */
  sub_order_list: AlibabaTclsAelophyMerchantOrderUploadMerchantSubOrderInfoInput[];
  /** 经营店 */
  store_id?: string;
  /** 渠道（分类） */
  order_channel: string;
  /** 作用在父订单的活动信息 */
  activity_info?: string;
  /** 总金额 */
  total_amt: Int64Input;
  /** 渠道用户ID */
  channel_user_id?: string;
  /** 支付方式 */
  pay_channel_list: AlibabaTclsAelophyMerchantOrderUploadMerchantOrderPaymentInfoInput[];
  /** 扩项属性，键值对的json */
  extend_property?: string;
  /** 外部门店编码 */
  out_store_id?: string;
  /** 商家会员ID */
  member_id?: string;
  /** 实付金额 */
  actual_amt: Int64Input;
  /** isv系统中完整的订单信息 */
  origin_whole_data?: string;
  /** 商家侧统一用户标识ID */
  union_user_id?: string;
  /** 上传数据统计信息 */
  upload_batch_info?: AlibabaTclsAelophyMerchantOrderUploadUploadBatchInfoInput;
  /** 订单来源渠道细粒度分类 */
  customize_order_channel?: string;
}

/** `MerchantSubOrderInfo` of `alibaba.tcls.aelophy.merchant.order.upload`. */
export interface AlibabaTclsAelophyMerchantOrderUploadMerchantSubOrderInfoInput {
  /** 作用在单品的活动信息 */
  activity_info?: string;
  /** 作用在单品的优惠券信息 */
  coupon_info?: string;
  /** 商品条码 */
  bar_code?: string;
  /** sku */
  sku_code: string;
  /** 购买数量单位 */
  quantity_unit?: string;
  /** 购买数量 */
  quantity?: string;
  /** 实付金额 */
  actual_amt: Int64Input;
  /** 优惠金额 */
  discount_amt?: Int64Input;
  /** 总金额 */
  total_amt: Int64Input;
  /** 子订单流水号 */
  sub_order_id: string;
}

/** `MerchantOrderPaymentInfo` of `alibaba.tcls.aelophy.merchant.order.upload`. */
export interface AlibabaTclsAelophyMerchantOrderUploadMerchantOrderPaymentInfoInput {
  /** 支付类型 */
  type: string;
  /** 付款金额 */
  amount: Int64Input;
  /** 线上支付订单号，线下流水号，代金券/优惠券为优惠券实例id */
  serial_num: string;
  /** 支付宝支付方式后获得的userId */
  tuid?: string;
  /** 其他支付方式支付后获得userId，例如：微信平台的openId */
  ouid?: string;
}

/** `UploadBatchInfo` of `alibaba.tcls.aelophy.merchant.order.upload`. */
export interface AlibabaTclsAelophyMerchantOrderUploadUploadBatchInfoInput {
  /** 批次号 */
  batch_no?: string;
  /** 批次总量 */
  batch_count?: Int64Input;
  /** 该批次数据的时间范围-起始时间 */
  begin_time?: DateInput;
  /** 该批次数据的时间范围-结束时间 */
  end_time?: DateInput;
}

/** `ApiResult` of `alibaba.tcls.aelophy.merchant.order.upload`. */
export interface AlibabaTclsAelophyMerchantOrderUploadApiResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
  /** 返回值 */
  model?: boolean;
}

const REQUEST_SCHEMA = {
  order_info: {
    channel_order_id: 'String',
    real_phone: 'String',
    trace_id: 'String',
    discount_amt: 'Number',
    member_card_num: 'String',
    order_id: 'String',
    coupon_info: 'String',
    pay_time: 'Date',
    post_fee: 'Number',
    pos_no: 'String',
    sub_order_list: [
      {
        activity_info: 'String',
        coupon_info: 'String',
        bar_code: 'String',
        sku_code: 'String',
        quantity_unit: 'String',
        quantity: 'String',
        actual_amt: 'Number',
        discount_amt: 'Number',
        total_amt: 'Number',
        sub_order_id: 'String',
      },
    ],
    store_id: 'String',
    order_channel: 'String',
    activity_info: 'String',
    total_amt: 'Number',
    channel_user_id: 'String',
    pay_channel_list: [
      {
        type: 'String',
        amount: 'Number',
        serial_num: 'String',
        tuid: 'String',
        ouid: 'String',
      },
    ],
    extend_property: 'String',
    out_store_id: 'String',
    member_id: 'String',
    actual_amt: 'Number',
    origin_whole_data: 'String',
    union_user_id: 'String',
    upload_batch_info: {
      batch_no: 'String',
      batch_count: 'Number',
      begin_time: 'Date',
      end_time: 'Date',
    },
    customize_order_channel: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    success: 'Boolean',
    err_code: 'String',
    err_msg: 'String',
    model: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tcls.aelophy.merchant.order.upload`: method, response root, request and response schemas. */
export const alibabaTclsAelophyMerchantOrderUploadOperation = {
  method: 'alibaba.tcls.aelophy.merchant.order.upload',
  responseRoot: 'alibaba_tcls_aelophy_merchant_order_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家订单数据上传 — calls TOP method `alibaba.tcls.aelophy.merchant.order.upload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTclsAelophyMerchantOrderUpload(
  client: TopClient,
  request: AlibabaTclsAelophyMerchantOrderUploadRequest,
  options?: CallOptions,
): Promise<AlibabaTclsAelophyMerchantOrderUploadResponse> {
  return client.call<AlibabaTclsAelophyMerchantOrderUploadResponse>(
    {
      method: 'alibaba.tcls.aelophy.merchant.order.upload',
      responseRoot: 'alibaba_tcls_aelophy_merchant_order_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
