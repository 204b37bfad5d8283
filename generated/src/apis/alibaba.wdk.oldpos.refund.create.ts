// Generated from specs/wdk/alibaba.wdk.oldpos.refund.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.oldpos.refund.create` (五道口外部商户老pos机产生的退款单同步进盒马). */
export interface AlibabaWdkOldposRefundCreateRequest {
  /** 入参 */
  pos_refund_create_request?: AlibabaWdkOldposRefundCreatePosRefundCreateRequestInput;
}

/** Response of `alibaba.wdk.oldpos.refund.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkOldposRefundCreateResponse {
  /** result */
  result?: AlibabaWdkOldposRefundCreatePosRefundCreateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PosRefundCreateRequest` of `alibaba.wdk.oldpos.refund.create`. */
export interface AlibabaWdkOldposRefundCreatePosRefundCreateRequestInput {
  /** 外部主订单号 */
  out_order_id?: string;
  /** 渠道店id */
  shop_id?: string;
  /** 经营店code */
  store_id?: string;
  /** 外部子订单号 */
  out_sub_order_id?: string;
  /** skuCode */
  sku_code?: string;
  /** 库存单位退货数量 */
  refund_amount_sale?: Int64Input;
  /** 销售单位退货数量 */
  refund_amount_stock?: string;
  /** 库存单位 */
  stock_unit?: string;
  /** 销售单位 */
  sale_unit?: string;
  /** 退款金额，单位分 */
  refund_fee?: Int64Input;
  /** 退款类型 1：仅退款 2：退货退款 */
  refund_type?: Int64Input;
  /** 退款速度类型 1：闪退,未离开货架 2：标准，离开货架 */
  refund_speed_type?: Int64Input;
  /** 是否称重商品 */
  weight_item?: boolean;
}

/** `PosRefundCreateResult` of `alibaba.wdk.oldpos.refund.create`. */
export interface AlibabaWdkOldposRefundCreatePosRefundCreateResult {
  /** success */
  success?: boolean;
  /** returnCode */
  return_code?: string;
  /** returnMsg */
  return_msg?: string;
}

const REQUEST_SCHEMA = {
  pos_refund_create_request: {
    out_order_id: 'String',
    shop_id: 'String',
    store_id: 'String',
    out_sub_order_id: 'String',
    sku_code: 'String',
    refund_amount_sale: 'Number',
    refund_amount_stock: 'String',
    stock_unit: 'String',
    sale_unit: 'String',
    refund_fee: 'Number',
    refund_type: 'Number',
    refund_speed_type: 'Number',
    weight_item: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    return_code: 'String',
    return_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.oldpos.refund.create`: method, response root, request and response schemas. */
export const alibabaWdkOldposRefundCreateOperation = {
  method: 'alibaba.wdk.oldpos.refund.create',
  responseRoot: 'alibaba_wdk_oldpos_refund_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 五道口外部商户老pos机产生的退款单同步进盒马 — calls TOP method `alibaba.wdk.oldpos.refund.create`.
 *
 * 淘鲜达外部商户老pos机产生的退款单同步进淘鲜达
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkOldposRefundCreate(
  client: TopClient,
  request: AlibabaWdkOldposRefundCreateRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkOldposRefundCreateResponse> {
  return client.call<AlibabaWdkOldposRefundCreateResponse>(
    {
      method: 'alibaba.wdk.oldpos.refund.create',
      responseRoot: 'alibaba_wdk_oldpos_refund_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
