// Generated from specs/wdk/alibaba.wdk.order.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.order.sync` (五道口外部订单同步). */
export interface AlibabaWdkOrderSyncRequest {
  /** 订单 */
  receipt_order: AlibabaWdkOrderSyncReceiptOrderDOInput;
}

/** Response of `alibaba.wdk.order.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkOrderSyncResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** 返回码 */
  return_code?: Int64;
  /** 描述 */
  message?: string;
  /** 订单号 */
  target?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReceiptOrderDO` of `alibaba.wdk.order.sync`. */
export interface AlibabaWdkOrderSyncReceiptOrderDOInput {
  /** 实收金额，单位分 */
  actual_amt: Int64Input;
  /** 应收金额 */
  ask_amt?: Int64Input;
  /** 找零金额 */
  change_amt?: Int64Input;
  /** 折扣优惠金额 */
  discount_amt?: Int64Input;
  /** 会员卡号 */
  member_card_num?: string;
  /** 会员优惠 */
  member_discount?: string;
  /** 收银员姓名 */
  op_name: string;
  /** 收银员工号 */
  op_num: string;
  /** 原款机号 */
  original_pos_no?: string;
  /** 原流水号 */
  original_serial_num?: string;
  /** 原交易时间 */
  original_trd_time?: DateInput;
  /** 损溢金额 */
  overflow_amt?: Int64Input;
  /** 支付渠道 */
  pay_channels?: AlibabaWdkOrderSyncReceiptPayChannelDoInput[];
  /** 款机号 */
  pos_no: string;
  /** 流水号 */
  serial_num: string;
  /** 门店号 */
  store_id: string;
  /** 子订单信息 */
  sub_orders?: AlibabaWdkOrderSyncReceiptSubOrderDoInput[];
  /** 成交时间 */
  trd_time?: DateInput;
  /** 交易类型 */
  trd_type?: Int64Input;
  /** 来源，商家级别，当前取值：RENRENLE / SANJIANG */
  order_from?: string;
  /** 商户码 */
  merchant_code?: string;
  /** 阿里用户ID */
  ali_userid?: string;
}

/** `ReceiptPayChannelDo` of `alibaba.wdk.order.sync`. */
export interface AlibabaWdkOrderSyncReceiptPayChannelDoInput {
  /** 序号 */
  index?: Int64Input;
  /** 付款金额 */
  pay_amount?: Int64Input;
  /** 付款类型， 现金、支票、银行卡、支付宝、微信 */
  pay_type: string;
  /** 款机号 */
  pos_no?: string;
  /** 流水号 */
  serial_num: string;
  /** 门店号 */
  store_id?: string;
  /** 外部支付单号 */
  channel_order_id?: string;
  /** 付款码 */
  pay_code?: string;
}

/** `ReceiptSubOrderDo` of `alibaba.wdk.order.sync`. */
export interface AlibabaWdkOrderSyncReceiptSubOrderDoInput {
  /** 成交金额 */
  deal_amt: Int64Input;
  /** 成交单价 */
  deal_price?: Int64Input;
  /** 序号 */
  index?: Int64Input;
  /** 商品条码 */
  item_barcode?: string;
  /** 商品编码 */
  item_code: string;
  /** 商品名称 */
  item_name?: string;
  /** 会员优惠 */
  member_discount?: Int64Input;
  /** 商品原售价 */
  original_price: Int64Input;
  /** 款机号 */
  pos_no?: string;
  /** 子订单优惠总金额 */
  promotion_discount: Int64Input;
  /** 数量 */
  quantity: string;
  /** 扫描条码 */
  scan_barcode?: string;
  /** 售价金额 */
  selling_price?: Int64Input;
  /** 流水号 */
  serial_num: string;
  /** 门店号 */
  store_id?: string;
  /** 临时折扣 */
  temporary_discount?: Int64Input;
  /** 单位 */
  unit?: string;
}

const REQUEST_SCHEMA = {
  receipt_order: {
    actual_amt: 'Number',
    ask_amt: 'Number',
    change_amt: 'Number',
    discount_amt: 'Number',
    member_card_num: 'String',
    member_discount: 'String',
    op_name: 'String',
    op_num: 'String',
    original_pos_no: 'String',
    original_serial_num: 'String',
    original_trd_time: 'Date',
    overflow_amt: 'Number',
    pay_channels: [
      {
        index: 'Number',
        pay_amount: 'Number',
        pay_type: 'String',
        pos_no: 'String',
        serial_num: 'String',
        store_id: 'String',
        channel_order_id: 'String',
        pay_code: 'String',
      },
    ],
    pos_no: 'String',
    serial_num: 'String',
    store_id: 'String',
    sub_orders: [
      {
        deal_amt: 'Number',
        deal_price: 'Number',
        index: 'Number',
        item_barcode: 'String',
        item_code: 'String',
        item_name: 'String',
        member_discount: 'Number',
        original_price: 'Number',
        pos_no: 'String',
        promotion_discount: 'Number',
        quantity: 'String',
        scan_barcode: 'String',
        selling_price: 'Number',
        serial_num: 'String',
        store_id: 'String',
        temporary_discount: 'Number',
        unit: 'String',
      },
    ],
    trd_time: 'Date',
    trd_type: 'Number',
    order_from: 'String',
    merchant_code: 'String',
    ali_userid: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  return_code: 'Number',
  message: 'String',
  target: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.order.sync`: method, response root, request and response schemas. */
export const alibabaWdkOrderSyncOperation = {
  method: 'alibaba.wdk.order.sync',
  responseRoot: 'alibaba_wdk_order_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 五道口外部订单同步 — calls TOP method `alibaba.wdk.order.sync`.
 *
 * 外部商户使用自助POS下单订单同步到五道口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkOrderSync(
  client: TopClient,
  request: AlibabaWdkOrderSyncRequest,
  options?: CallOptions,
): Promise<AlibabaWdkOrderSyncResponse> {
  return client.call<AlibabaWdkOrderSyncResponse>(
    {
      method: 'alibaba.wdk.order.sync',
      responseRoot: 'alibaba_wdk_order_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
