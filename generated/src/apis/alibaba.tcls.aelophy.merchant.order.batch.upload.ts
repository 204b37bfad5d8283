// Generated from specs/wdk/alibaba.tcls.aelophy.merchant.order.batch.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tcls.aelophy.merchant.order.batch.upload` (商家订单数据批量上传). */
export interface AlibabaTclsAelophyMerchantOrderBatchUploadRequest {
  /**
   * 商家订单信息
   *
   * Max list size: 10
   */
  order_info_list: AlibabaTclsAelophyMerchantOrderBatchUploadMerchantOrderInfoInput[];
}

/** Response of `alibaba.tcls.aelophy.merchant.order.batch.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTclsAelophyMerchantOrderBatchUploadResponse {
  /** 根据站点名称查询产品 */
  api_result?: AlibabaTclsAelophyMerchantOrderBatchUploadApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MerchantOrderInfo` of `alibaba.tcls.aelophy.merchant.order.batch.upload`. */
export interface AlibabaTclsAelophyMerchantOrderBatchUploadMerchantOrderInfoInput {
  /** 作用在父订单的活动信息 */
  activity_info?: string;
  /** 实付金额，单位分 */
  actual_amt: Int64Input;
  /** 渠道订单id */
  channel_order_id?: string;
  /** 渠道用户ID */
  channel_user_id?: string;
  /** 作用在父订单的优惠券信息 */
  coupon_info?: string;
  /** 订单来源渠道细粒度分类 */
  customize_order_channel?: string;
  /** 优惠金额，单位分 */
  discount_amt?: Int64Input;
  /** 扩项属性，键值对的json */
  extend_property?: string;
  /** 会员卡号 */
  member_card_num?: string;
  /** 商家会员ID */
  member_id?: string;
  /** 渠道（分类） */
  order_channel: string;
  /** 订单ID，商家订单流水号 */
  order_id: string;
  /** isv系统中完整的订单信息 */
  origin_whole_data?: string;
  /** 外部门店编码 */
  out_store_id?: string;
  /** 支付方式 */
  pay_channel_list: AlibabaTclsAelophyMerchantOrderBatchUploadMerchantOrderPaymentInfoInput[];
  /** 支付时间 */
  pay_time: DateInput;
  /** pos机号 */
  pos_no?: string;
  /** 履约邮费 */
  post_fee?: Int64Input;
  /** 真实手机号 */
  real_phone?: string;
  /** 经营店 */
  store_id?: string;
  /** 子订单信息 */
  sub_order_list?: AlibabaTclsAelophyMerchantOrderBatchUploadMerchantSubOrderInfoInput[];
  /** 订单总金额 */
  total_amt: Int64Input;
  /** 投放跟踪id */
  trace_id?: string;
  /** 商家侧统一用户标识ID */
  union_user_id?: string;
  /** 上传数据统计信息 */
  upload_batch_info?: AlibabaTclsAelophyMerchantOrderBatchUploadUploadBatchInfoInput;
}

/** `MerchantOrderPaymentInfo` of `alibaba.tcls.aelophy.merchant.order.batch.upload`. */
export interface AlibabaTclsAelophyMerchantOrderBatchUploadMerchantOrderPaymentInfoInput {
  /** 付款金额 */
  amount: Int64Input;
  /** 其他支付方式支付后获得userId，例如：微信平台的openId */
  ouid?: string;
  /** 线上支付订单号，线下流水号，代金券/优惠券为优惠券实例id */
  serial_num: string;
  /** 支付宝支付方式后获得的userId */
  tuid?: string;
  /** 支付类型 */
  type: string;
}

/** `MerchantSubOrderInfo` of `alibaba.tcls.aelophy.merchant.order.batch.upload`. */
export interface AlibabaTclsAelophyMerchantOrderBatchUploadMerchantSubOrderInfoInput {
  /** 作用在单品的活动信息 */
  activity_info?: string;
  /** 实付金额 */
  actual_amt: Int64Input;
  /** 商品条码 */
  bar_code?: string;
  /** 作用在单品的优惠券信息 */
  coupon_info?: string;
  /** 优惠金额 */
  discount_amt?: Int64Input;
  /** 购买数量 */
  quantity?: string;
  /** 购买数量单位 */
  quantity_unit?: string;
  /** sku */
  sku_code: string;
  /** 子订单流水号 */
  sub_order_id: string;
  /** 子订单总金额 */
  total_amt: Int64Input;
}

/** `UploadBatchInfo` of `alibaba.tcls.aelophy.merchant.order.batch.upload`. */
export interface AlibabaTclsAelophyMerchantOrderBatchUploadUploadBatchInfoInput {
  /** 批次总量 */
  batch_count?: Int64Input;
  /** 批次号 */
  batch_no?: string;
  /** 该批次数据的时间范围-起始时间 */
  begin_time?: DateInput;
  /** 该批次数据的时间范围-结束时间 */
  end_time?: DateInput;
}

/** `ApiResult` of `alibaba.tcls.aelophy.merchant.order.batch.upload`. */
export interface AlibabaTclsAelophyMerchantOrderBatchUploadApiResult {
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
  order_info_list: [
    {
      activity_info: 'String',
      actual_amt: 'Number',
      channel_order_id: 'String',
      channel_user_id: 'String',
      coupon_info: 'String',
      customize_order_channel: 'String',
      discount_amt: 'Number',
      extend_property: 'String',
      member_card_num: 'String',
      member_id: 'String',
      order_channel: 'String',
      order_id: 'String',
      origin_whole_data: 'String',
      out_store_id: 'String',
      pay_channel_list: [
        {
          amount: 'Number',
          ouid: 'String',
          serial_num: 'String',
          tuid: 'String',
          type: 'String',
        },
      ],
      pay_time: 'Date',
      pos_no: 'String',
      post_fee: 'Number',
      real_phone: 'String',
      store_id: 'String',
      sub_order_list: [
        {
          activity_info: 'String',
          actual_amt: 'Number',
          bar_code: 'String',
          coupon_info: 'String',
          discount_amt: 'Number',
          quantity: 'String',
          quantity_unit: 'String',
          sku_code: 'String',
          sub_order_id: 'String',
          total_amt: 'Number',
        },
      ],
      total_amt: 'Number',
      trace_id: 'String',
      union_user_id: 'String',
      upload_batch_info: {
        batch_count: 'Number',
        batch_no: 'String',
        begin_time: 'Date',
        end_time: 'Date',
      },
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    success: 'Boolean',
    err_code: 'String',
    err_msg: 'String',
    model: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tcls.aelophy.merchant.order.batch.upload`: method, response root, request and response schemas. */
export const alibabaTclsAelophyMerchantOrderBatchUploadOperation = {
  method: 'alibaba.tcls.aelophy.merchant.order.batch.upload',
  responseRoot: 'alibaba_tcls_aelophy_merchant_order_batch_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家订单数据批量上传 — calls TOP method `alibaba.tcls.aelophy.merchant.order.batch.upload`.
 *
 * 商家订单数据上传
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTclsAelophyMerchantOrderBatchUpload(
  client: TopClient,
  request: AlibabaTclsAelophyMerchantOrderBatchUploadRequest,
  options?: CallOptions,
): Promise<AlibabaTclsAelophyMerchantOrderBatchUploadResponse> {
  return client.call<AlibabaTclsAelophyMerchantOrderBatchUploadResponse>(
    {
      method: 'alibaba.tcls.aelophy.merchant.order.batch.upload',
      responseRoot: 'alibaba_tcls_aelophy_merchant_order_batch_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
