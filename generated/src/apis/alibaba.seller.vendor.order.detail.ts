// Generated from specs/icbuseller/alibaba.seller.vendor.order.detail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.seller.vendor.order.detail` (国际站服务市场订单详情接口). */
export interface AlibabaSellerVendorOrderDetailRequest {
  /** 订单编号 */
  order_no: string;
}

/** Response of `alibaba.seller.vendor.order.detail`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSellerVendorOrderDetailResponse {
  /** 接口返回对象 */
  result?: AlibabaSellerVendorOrderDetailResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `alibaba.seller.vendor.order.detail`. */
export interface AlibabaSellerVendorOrderDetailResultDto {
  /** 接口返回对象 */
  dto?: AlibabaSellerVendorOrderDetailOpenTradeDetailDto;
}

/** `OpenTradeDetailDto` of `alibaba.seller.vendor.order.detail`. */
export interface AlibabaSellerVendorOrderDetailOpenTradeDetailDto {
  /** 阿里id */
  buyer_ali_id?: Int64;
  /** 购买人 */
  buyer_name?: string;
  /** 公司名称 */
  company_name?: string;
  /** 联系电话 */
  contact_mobile?: string;
  /** 创建时间 */
  create_time?: string;
  /** 订单货币类型 */
  currency?: string;
  /** 当前状态 */
  current_status?: string;
  /** 状态更新时间 */
  fire_time?: string;
  /** 订单编号 */
  order_no?: string;
  /** 订单标题 */
  order_title?: string;
  /** 订单类型 */
  order_type?: string;
  /** 支付通道 */
  pay_channel?: string;
  /** 购买数量 */
  quantity?: Int64;
  /** 退款金额 */
  refund_price?: string;
  /** 服务编码 */
  service_code?: string;
  /** 服务名称 */
  service_name?: string;
  /** 服务评分 */
  service_score?: Int64;
  /** 规格编码 */
  sku_code?: string;
  /** 规格 */
  sku_value?: string;
  /** 成交价格 */
  transaction_price?: string;
  /** 成交单价 */
  transaction_unit_price?: string;
  /** 购买者登陆账号 */
  buyer_login_id?: string;
  /** 服务分类id */
  service_category_id?: Int64;
  /** 服务分类名称 */
  service_category?: string;
  /** 用户购买sku */
  service_sku_label?: string;
}

const REQUEST_SCHEMA = {
  order_no: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    dto: {
      buyer_ali_id: 'Number',
      buyer_name: 'String',
      company_name: 'String',
      contact_mobile: 'String',
      create_time: 'Date',
      currency: 'String',
      current_status: 'String',
      fire_time: 'Date',
      order_no: 'String',
      order_title: 'String',
      order_type: 'String',
      pay_channel: 'String',
      quantity: 'Number',
      refund_price: 'String',
      service_code: 'String',
      service_name: 'String',
      service_score: 'Number',
      sku_code: 'String',
      sku_value: 'String',
      transaction_price: 'String',
      transaction_unit_price: 'String',
      buyer_login_id: 'String',
      service_category_id: 'Number',
      service_category: 'String',
      service_sku_label: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.seller.vendor.order.detail`: method, response root, request and response schemas. */
export const alibabaSellerVendorOrderDetailOperation = {
  method: 'alibaba.seller.vendor.order.detail',
  responseRoot: 'alibaba_seller_vendor_order_detail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 国际站服务市场订单详情接口 — calls TOP method `alibaba.seller.vendor.order.detail`.
 *
 * 国际站服务市场订单列表接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSellerVendorOrderDetail(
  client: TopClient,
  request: AlibabaSellerVendorOrderDetailRequest,
  options?: CallOptions,
): Promise<AlibabaSellerVendorOrderDetailResponse> {
  return client.call<AlibabaSellerVendorOrderDetailResponse>(
    {
      method: 'alibaba.seller.vendor.order.detail',
      responseRoot: 'alibaba_seller_vendor_order_detail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
