// Generated from specs/wdk/alibaba.wdkorder.sharestock.insurance.refundget.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdkorder.sharestock.insurance.refundget` (共享库存投保业务售后逆向订单数据获取). */
export interface AlibabaWdkorderSharestockInsuranceRefundgetRequest {
  /** 淘宝子订单ID */
  tb_sub_order_id: string;
  /** 退货单ID */
  refund_id: string;
}

/** Response of `alibaba.wdkorder.sharestock.insurance.refundget`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkorderSharestockInsuranceRefundgetResponse {
  /** 返回结果 */
  result?: AlibabaWdkorderSharestockInsuranceRefundgetTopBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopBaseResult` of `alibaba.wdkorder.sharestock.insurance.refundget`. */
export interface AlibabaWdkorderSharestockInsuranceRefundgetTopBaseResult {
  /** 返回结果 */
  model?: AlibabaWdkorderSharestockInsuranceRefundgetWdkRefundToInsuranceBO;
  /** 是否调用成功 */
  success?: boolean;
  /** 返回码 */
  return_code?: string;
  /** 返回码说明 */
  return_msg?: string;
}

/** `WdkRefundToInsuranceBO` of `alibaba.wdkorder.sharestock.insurance.refundget`. */
export interface AlibabaWdkorderSharestockInsuranceRefundgetWdkRefundToInsuranceBO {
  /** 退货原因 */
  refund_reason?: string;
  /** 退款完成时间 */
  refund_success_time?: string;
  /** 收货地址 */
  delivery_address?: string;
  /** 发货地址 */
  send_address?: string;
  /** 退货金额 */
  refund_amount?: string;
  /** 商品类目名称(从root到叶子节点) */
  item_category?: string;
  /** 货物单价 */
  item_price?: string;
  /** 货物数量(下单销售数量) */
  item_quantity?: string;
  /** 货物名称 */
  item_name?: string;
  /** 退货单ID */
  refund_id?: string;
  /** 交易子订单ID */
  tb_sub_order_id?: Int64;
  /** 退款发起时间 */
  refund_create_time?: string;
  /** 签收时间 */
  sign_time?: string;
  /** 售后退=2，售中退=1 */
  reverse_type?: string;
}

const REQUEST_SCHEMA = {
  tb_sub_order_id: 'String',
  refund_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      refund_reason: 'String',
      refund_success_time: 'String',
      delivery_address: 'String',
      send_address: 'String',
      refund_amount: 'String',
      item_category: 'String',
      item_price: 'String',
      item_quantity: 'String',
      item_name: 'String',
      refund_id: 'String',
      tb_sub_order_id: 'Number',
      refund_create_time: 'String',
      sign_time: 'String',
      reverse_type: 'String',
    },
    success: 'Boolean',
    return_code: 'String',
    return_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdkorder.sharestock.insurance.refundget`: method, response root, request and response schemas. */
export const alibabaWdkorderSharestockInsuranceRefundgetOperation = {
  method: 'alibaba.wdkorder.sharestock.insurance.refundget',
  responseRoot: 'alibaba_wdkorder_sharestock_insurance_refundget_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 共享库存投保业务售后逆向订单数据获取 — calls TOP method `alibaba.wdkorder.sharestock.insurance.refundget`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkorderSharestockInsuranceRefundget(
  client: TopClient,
  request: AlibabaWdkorderSharestockInsuranceRefundgetRequest,
  options?: CallOptions,
): Promise<AlibabaWdkorderSharestockInsuranceRefundgetResponse> {
  return client.call<AlibabaWdkorderSharestockInsuranceRefundgetResponse>(
    {
      method: 'alibaba.wdkorder.sharestock.insurance.refundget',
      responseRoot: 'alibaba_wdkorder_sharestock_insurance_refundget_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
