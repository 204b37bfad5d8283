// Generated from specs/wdk/alibaba.wdk.supplier.refund.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.supplier.refund.list` (五道口按供应商拉取退款单). */
export interface AlibabaWdkSupplierRefundListRequest {
  /** 查询参数 */
  supplier_refund_query_request?: AlibabaWdkSupplierRefundListSupplierRefundQueryRequestInput;
}

/** Response of `alibaba.wdk.supplier.refund.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkSupplierRefundListResponse {
  /** result */
  result?: AlibabaWdkSupplierRefundListOrderSyncRefundListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SupplierRefundQueryRequest` of `alibaba.wdk.supplier.refund.list`. */
export interface AlibabaWdkSupplierRefundListSupplierRefundQueryRequestInput {
  /** 经营店id */
  store_id?: string;
  /** 实际售卖商家code */
  source_merchant_code?: string;
  /** 结束时间 */
  end_time?: DateInput;
  /** 开始时间 */
  start_time?: DateInput;
  /** 分页大小 */
  page_size?: Int64Input;
  /** 页码，从0开始 */
  page_index?: Int64Input;
  /** 下单终端：APP/POS */
  order_client?: string;
  /** 订单渠道 */
  order_from?: Int64Input;
  /** 1:售中退款 2:售后退款 */
  dispute_type?: Int64Input;
  /** 渠道店id */
  shop_id?: string;
}

/** `OrderSyncRefundListResult` of `alibaba.wdk.supplier.refund.list`. */
export interface AlibabaWdkSupplierRefundListOrderSyncRefundListResult {
  /** 结果总数量 */
  total_number?: Int64;
  /** orders */
  orders?: AlibabaWdkSupplierRefundListOrderSyncRefundDto[];
  /** returnMsg */
  return_msg?: string;
  /** returnCode */
  return_code?: string;
  /** 下一页页码 */
  next_index?: Int64;
  /** success */
  success?: boolean;
}

/** `OrderSyncRefundDto` of `alibaba.wdk.supplier.refund.list`. */
export interface AlibabaWdkSupplierRefundListOrderSyncRefundDto {
  /** 买家id对应的open_uid，加密过 */
  open_uid?: string;
  /** skuCode */
  sku_code?: string;
  /** 扩展属性字段 */
  refund_attributes?: string;
  /** 淘宝主订单号 */
  tb_biz_parent_id?: Int64;
  /** 售卖单位 */
  sale_unit?: string;
  /** 库存单位 */
  stock_unit?: string;
  /** 退款运费 */
  refund_post_fee?: Int64;
  /** 终审退款数量 */
  actual_refund_quantity?: string;
  /** 退货入站数量 */
  actual_pick_quantity?: string;
  /** app,pos */
  order_client?: string;
  /** 批次时间 */
  batch_time?: string;
  /** 淘宝订单号 */
  tb_biz_order_id?: Int64;
  /** 经营店id */
  store_id?: string;
  /** 退款类型 */
  refund_type?: Int64;
  /** 退款时间 */
  refund_time?: string;
  /** 退款数量 */
  refund_quantity?: string;
  /** 退款单id */
  refund_order_id?: Int64;
  /** 实际退款金额 */
  refund_amount?: Int64;
  /** 拣货库存单位数量 */
  pick_amount_stock?: string;
  /** 盒马主订单号 */
  origin_parent_id?: Int64;
  /** 盒马子订单号 */
  origin_order_id?: Int64;
  /** 收银员 */
  operator_name?: string;
  /** 收银员id */
  operator_id?: string;
  /** 购买库存单位数量 */
  buy_amount_stock?: string;
  /** 外部订单号 */
  out_order_id?: string;
  /** 渠道店id */
  shop_id?: string;
  /** 渠道来源 */
  order_from?: Int64;
  /** 售卖商场code */
  source_merchant_code?: string;
  /** 供应商code */
  merchant_code?: string;
  /** 外部skucode */
  out_sku_code?: string;
  /** refundChannelList */
  refund_channel_list?: AlibabaWdkSupplierRefundListOrderSyncRefundChannel[];
  /** 1:售中退款 2:售后退款 */
  dispute_type?: Int64;
}

/** `OrderSyncRefundChannel` of `alibaba.wdk.supplier.refund.list`. */
export interface AlibabaWdkSupplierRefundListOrderSyncRefundChannel {
  /** refundOrderId */
  refund_order_id?: Int64;
  /** refundChannel */
  refund_channel?: Int64;
  /** refundAmount */
  refund_amount?: Int64;
}

const REQUEST_SCHEMA = {
  supplier_refund_query_request: {
    store_id: 'String',
    source_merchant_code: 'String',
    end_time: 'Date',
    start_time: 'Date',
    page_size: 'Number',
    page_index: 'Number',
    order_client: 'String',
    order_from: 'Number',
    dispute_type: 'Number',
    shop_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total_number: 'Number',
    orders: [
      {
        open_uid: 'String',
        sku_code: 'String',
        refund_attributes: 'String',
        tb_biz_parent_id: 'Number',
        sale_unit: 'String',
        stock_unit: 'String',
        refund_post_fee: 'Number',
        actual_refund_quantity: 'String',
        actual_pick_quantity: 'String',
        order_client: 'String',
        batch_time: 'Date',
        tb_biz_order_id: 'Number',
        store_id: 'String',
        refund_type: 'Number',
        refund_time: 'Date',
        refund_quantity: 'String',
        refund_order_id: 'Number',
        refund_amount: 'Number',
        pick_amount_stock: 'String',
        origin_parent_id: 'Number',
        origin_order_id: 'Number',
        operator_name: 'String',
        operator_id: 'String',
        buy_amount_stock: 'String',
        out_order_id: 'String',
        shop_id: 'String',
        order_from: 'Number',
        source_merchant_code: 'String',
        merchant_code: 'String',
        out_sku_code: 'String',
        refund_channel_list: [
          {
            refund_order_id: 'Number',
            refund_channel: 'Number',
            refund_amount: 'Number',
          },
        ],
        dispute_type: 'Number',
      },
    ],
    return_msg: 'String',
    return_code: 'String',
    next_index: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.supplier.refund.list`: method, response root, request and response schemas. */
export const alibabaWdkSupplierRefundListOperation = {
  method: 'alibaba.wdk.supplier.refund.list',
  responseRoot: 'alibaba_wdk_supplier_refund_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 五道口按供应商拉取退款单 — calls TOP method `alibaba.wdk.supplier.refund.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkSupplierRefundList(
  client: TopClient,
  request: AlibabaWdkSupplierRefundListRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkSupplierRefundListResponse> {
  return client.call<AlibabaWdkSupplierRefundListResponse>(
    {
      method: 'alibaba.wdk.supplier.refund.list',
      responseRoot: 'alibaba_wdk_supplier_refund_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
