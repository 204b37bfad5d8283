// Generated from specs/icbuseller/alibaba.seller.vendor.trade.purchase.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.seller.vendor.trade.purchase` (查看购买人的订单记录以及授权时间). */
export interface AlibabaSellerVendorTradePurchaseRequest {
  /** 买家登录账号 */
  buyer_login_id?: string;
  /** 服务code */
  service_code?: string;
}

/** Response of `alibaba.seller.vendor.trade.purchase`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSellerVendorTradePurchaseResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: AlibabaSellerVendorTradePurchaseResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `alibaba.seller.vendor.trade.purchase`. */
export interface AlibabaSellerVendorTradePurchaseResultDto {
  /** 描述 */
  exec_description?: string;
  /** 接口状态 */
  return_code?: Int64;
  /** 执行结果 */
  success?: boolean;
  /** 授权订单集合 */
  dtos?: AlibabaSellerVendorTradePurchaseTradePurchaseDto[];
}

/** `TradePurchaseDto` of `alibaba.seller.vendor.trade.purchase`. */
export interface AlibabaSellerVendorTradePurchaseTradePurchaseDto {
  /** 服务code */
  service_code?: string;
  /** 服务开始时间 */
  service_begin?: string;
  /** 服务结束时间 */
  service_end?: string;
  /** 服务类型 */
  service_type?: string;
  /** 服务状态 */
  status?: string;
  /** 订单编号 */
  order_no?: string;
  /** 购买人登录账号 */
  buyer_login_id?: string;
  /** 服务商id */
  vendor_id?: string;
  /** 购买数量 */
  quantity?: Int64;
  /** 成交价（无效字段） */
  transaction_price?: Int64;
  /** 创建时间 */
  create_time?: string;
  /** 成交单价（无效字段） */
  transaction_unit_price?: Int64;
  /** skucode */
  sku_code?: string;
}

const REQUEST_SCHEMA = {
  buyer_login_id: 'String',
  service_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    exec_description: 'String',
    return_code: 'Number',
    success: 'Boolean',
    dtos: [
      {
        service_code: 'String',
        service_begin: 'Date',
        service_end: 'Date',
        service_type: 'String',
        status: 'String',
        order_no: 'String',
        buyer_login_id: 'String',
        vendor_id: 'String',
        quantity: 'Number',
        transaction_price: 'Number',
        create_time: 'Date',
        transaction_unit_price: 'Number',
        sku_code: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.seller.vendor.trade.purchase`: method, response root, request and response schemas. */
export const alibabaSellerVendorTradePurchaseOperation = {
  method: 'alibaba.seller.vendor.trade.purchase',
  responseRoot: 'alibaba_seller_vendor_trade_purchase_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查看购买人的订单记录以及授权时间 — calls TOP method `alibaba.seller.vendor.trade.purchase`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSellerVendorTradePurchase(
  client: TopClient,
  request: AlibabaSellerVendorTradePurchaseRequest = {},
  options?: CallOptions,
): Promise<AlibabaSellerVendorTradePurchaseResponse> {
  return client.call<AlibabaSellerVendorTradePurchaseResponse>(
    {
      method: 'alibaba.seller.vendor.trade.purchase',
      responseRoot: 'alibaba_seller_vendor_trade_purchase_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
