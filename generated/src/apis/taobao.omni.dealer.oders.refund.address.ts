// Generated from specs/omniorder/taobao.omni.dealer.oders.refund.address.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.omni.dealer.oders.refund.address` (经销商查询逆向退货地址). */
export interface TaobaoOmniDealerOdersRefundAddressRequest {
  /** 经销商子订单id */
  order_id?: Int64Input;
}

/** Response of `taobao.omni.dealer.oders.refund.address`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOmniDealerOdersRefundAddressResponse {
  /** 经销商订单退货地址 */
  result?: TaobaoOmniDealerOdersRefundAddressResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.omni.dealer.oders.refund.address`. */
export interface TaobaoOmniDealerOdersRefundAddressResult {
  /** 经销商订单退货地址 */
  data?: TaobaoOmniDealerOdersRefundAddressScbRefundAddressDTO;
  /** 错误信息 */
  message?: string;
  /** 是否成功 */
  success?: string;
}

/** `ScbRefundAddressDTO` of `taobao.omni.dealer.oders.refund.address`. */
export interface TaobaoOmniDealerOdersRefundAddressScbRefundAddressDTO {
  /** 详细地址 */
  address_detail?: string;
  /** 区名称 */
  area_name?: string;
  /** 市名称 */
  city_name?: string;
  /** 完整地址 */
  complete_address?: string;
  /** 收件人 */
  consignee_full_name?: string;
  /** 地址id */
  contact_id?: Int64;
  /** 区code */
  division_code?: Int64;
  /** 固定电话 */
  fixed_phone?: string;
  /** 移动电话 */
  mobile?: string;
  /** 邮编 */
  post_code?: string;
  /** 省名称 */
  province_name?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      address_detail: 'String',
      area_name: 'String',
      city_name: 'String',
      complete_address: 'String',
      consignee_full_name: 'String',
      contact_id: 'Number',
      division_code: 'Number',
      fixed_phone: 'String',
      mobile: 'String',
      post_code: 'String',
      province_name: 'String',
    },
    message: 'String',
    success: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.omni.dealer.oders.refund.address`: method, response root, request and response schemas. */
export const taobaoOmniDealerOdersRefundAddressOperation = {
  method: 'taobao.omni.dealer.oders.refund.address',
  responseRoot: 'omni_dealer_oders_refund_address_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 经销商查询逆向退货地址 — calls TOP method `taobao.omni.dealer.oders.refund.address`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOmniDealerOdersRefundAddress(
  client: TopClient,
  request: TaobaoOmniDealerOdersRefundAddressRequest = {},
  options?: CallOptions,
): Promise<TaobaoOmniDealerOdersRefundAddressResponse> {
  return client.call<TaobaoOmniDealerOdersRefundAddressResponse>(
    {
      method: 'taobao.omni.dealer.oders.refund.address',
      responseRoot: 'omni_dealer_oders_refund_address_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
