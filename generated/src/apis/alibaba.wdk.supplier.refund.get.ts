// Generated from specs/wdk/alibaba.wdk.supplier.refund.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.supplier.refund.get` (五道口按订单号批量查询供应商退款单). */
export interface AlibabaWdkSupplierRefundGetRequest {
  /** 查询入参 */
  supplier_refund_query_list_request?: AlibabaWdkSupplierRefundGetSupplierRefundQueryListRequestInput;
}

/** Response of `alibaba.wdk.supplier.refund.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkSupplierRefundGetResponse {
  /** result */
  result?: AlibabaWdkSupplierRefundGetOrderSyncRefundListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SupplierRefundQueryListRequest` of `alibaba.wdk.supplier.refund.get`. */
export interface AlibabaWdkSupplierRefundGetSupplierRefundQueryListRequestInput {
  /** 渠道来源 */
  order_from?: Int64Input;
  /** 售卖商场code */
  source_merchant_code?: string;
  /** 盒马主订单id */
  main_biz_order_ids?: Int64Input[];
  /** 盒马子订单id */
  sub_biz_order_ids?: Int64Input[];
  /** 退款单id */
  refund_ids?: Int64Input[];
}

/** `OrderSyncRefundListResult` of `alibaba.wdk.supplier.refund.get`. */
export interface AlibabaWdkSupplierRefundGetOrderSyncRefundListResult {
  /** orders */
  orders?: AlibabaWdkSupplierRefundGetOrderSyncRefundDto[];
  /** returnCode */
  return_code?: string;
  /** returnMsg */
  return_msg?: string;
  /** 查询总数 */
  total_number?: Int64;
  /** success */
  success?: boolean;
}

/** `OrderSyncRefundDto` of `alibaba.wdk.supplier.refund.get`. */
export interface AlibabaWdkSupplierRefundGetOrderSyncRefundDto {
  /** 实际退款金额 */
  refund_amount?: Int64;
  /** 退款id */
  refund_order_id?: Int64;
  /** 理论退款数量 */
  refund_quantity?: string;
  /** 退款时间 */
  refund_time?: string;
  /** 退款类型 */
  refund_type?: Int64;
  /** 经营店id */
  store_id?: string;
  /** 淘宝订单号 */
  tb_biz_order_id?: Int64;
  /** 批次时间 */
  batch_time?: string;
  /** APP,POS */
  order_client?: string;
  /** 终审退款数量 */
  actual_pick_quantity?: string;
  /** 退货入站数量 */
  actual_refund_quantity?: string;
  /** 退款运费 */
  refund_post_fee?: Int64;
  /** 库存单位 */
  stock_unit?: string;
  /** 售卖单位 */
  sale_unit?: string;
  /** 淘宝主订单号 */
  tb_biz_parent_id?: Int64;
  /** 扩展属性map */
  refund_attributes?: string;
  /** skuCode */
  sku_code?: string;
  /** 买家id对应的open_uid，加密过 */
  open_uid?: string;
  /** 渠道来源 */
  order_from?: Int64;
  /** 供应商code */
  source_merchant_code?: string;
  /** 售卖商场code */
  merchant_code?: string;
  /** 渠道店id */
  shop_id?: string;
  /** 外部订单号 */
  out_order_id?: string;
  /** 购买库存单位数量 */
  buy_amount_stock?: string;
  /** 收银员id */
  operator_id?: string;
  /** 收银员名字 */
  operator_name?: string;
  /** 盒马订单号 */
  origin_order_id?: Int64;
  /** 盒马父订单号 */
  origin_parent_id?: Int64;
  /** 拣货库存单位数量 */
  pick_amount_stock?: string;
  /** 外部skucode */
  out_sku_code?: string;
  /** 1:售中退款 2:售后退款 */
  dispute_type?: Int64;
}

const REQUEST_SCHEMA = {
  supplier_refund_query_list_request: {
    order_from: 'Number',
    source_merchant_code: 'String',
    main_biz_order_ids: ['Number'],
    sub_biz_order_ids: ['Number'],
    refund_ids: ['Number'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    orders: [
      {
        refund_amount: 'Number',
        refund_order_id: 'Number',
        refund_quantity: 'String',
        refund_time: 'Date',
        refund_type: 'Number',
        store_id: 'String',
        tb_biz_order_id: 'Number',
        batch_time: 'Date',
        order_client: 'String',
        actual_pick_quantity: 'String',
        actual_refund_quantity: 'String',
        refund_post_fee: 'Number',
        stock_unit: 'String',
        sale_unit: 'String',
        tb_biz_parent_id: 'Number',
        refund_attributes: 'String',
        sku_code: 'String',
        open_uid: 'String',
        order_from: 'Number',
        source_merchant_code: 'String',
        merchant_code: 'String',
        shop_id: 'String',
        out_order_id: 'String',
        buy_amount_stock: 'String',
        operator_id: 'String',
        operator_name: 'String',
        origin_order_id: 'Number',
        origin_parent_id: 'Number',
        pick_amount_stock: 'String',
        out_sku_code: 'String',
        dispute_type: 'Number',
      },
    ],
    return_code: 'String',
    return_msg: 'String',
    total_number: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.supplier.refund.get`: method, response root, request and response schemas. */
export const alibabaWdkSupplierRefundGetOperation = {
  method: 'alibaba.wdk.supplier.refund.get',
  responseRoot: 'alibaba_wdk_supplier_refund_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 五道口按订单号批量查询供应商退款单 — calls TOP method `alibaba.wdk.supplier.refund.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkSupplierRefundGet(
  client: TopClient,
  request: AlibabaWdkSupplierRefundGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkSupplierRefundGetResponse> {
  return client.call<AlibabaWdkSupplierRefundGetResponse>(
    {
      method: 'alibaba.wdk.supplier.refund.get',
      responseRoot: 'alibaba_wdk_supplier_refund_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
