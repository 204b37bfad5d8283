// Generated from specs/tbrefund/taobao.refund.negotiatereturn.render.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.refund.negotiatereturn.render` (协商退货退款渲染). */
export interface TaobaoRefundNegotiatereturnRenderRequest {
  /** 退款编号 */
  refund_id: Int64Input;
}

/** Response of `taobao.refund.negotiatereturn.render`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRefundNegotiatereturnRenderResponse {
  /** 申请协商提示文案 */
  apply_tips?: string;
  /** 退款版本号 */
  refund_version?: Int64;
  /** 可以协商的退款原因列表 */
  reason_list?: TaobaoRefundNegotiatereturnRenderReason[];
  /** 可以协商的最大退款金额 */
  max_refund_fee?: TaobaoRefundNegotiatereturnRenderMaxRefundFee;
  /** 卖家退货地址列表 */
  address_list?: TaobaoRefundNegotiatereturnRenderAddress[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Reason` of `taobao.refund.negotiatereturn.render`. */
export interface TaobaoRefundNegotiatereturnRenderReason {
  /** 退款原因ID */
  reason_id?: Int64;
  /** 退款原因文案 */
  reason_text?: string;
}

/** `MaxRefundFee` of `taobao.refund.negotiatereturn.render`. */
export interface TaobaoRefundNegotiatereturnRenderMaxRefundFee {
  /** 可以协商的最大退款金额 */
  max_refund_fee?: Int64;
}

/** `Address` of `taobao.refund.negotiatereturn.render`. */
export interface TaobaoRefundNegotiatereturnRenderAddress {
  /** 地址ID */
  address_id?: Int64;
  /** 收件人姓名 */
  receiver_name?: string;
  /** 邮政编码 */
  post_code?: string;
  /** 收件人手机 */
  mobile?: string;
  /** 国家 */
  country_name?: string;
  /** 省 */
  province_name?: string;
  /** 市 */
  city_name?: string;
  /** 区 */
  area_name?: string;
  /** 乡镇/街道 */
  town_name?: string;
  /** 乡镇/街道地址详情 */
  address_detail?: string;
  /** 行政区划代码 */
  division_code?: string;
}

const REQUEST_SCHEMA = {
  refund_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  apply_tips: 'String',
  refund_version: 'Number',
  reason_list: [
    {
      reason_id: 'Number',
      reason_text: 'String',
    },
  ],
  max_refund_fee: {
    max_refund_fee: 'Number',
  },
  address_list: [
    {
      address_id: 'Number',
      receiver_name: 'String',
      post_code: 'String',
      mobile: 'String',
      country_name: 'String',
      province_name: 'String',
      city_name: 'String',
      area_name: 'String',
      town_name: 'String',
      address_detail: 'String',
      division_code: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.refund.negotiatereturn.render`: method, response root, request and response schemas. */
export const taobaoRefundNegotiatereturnRenderOperation = {
  method: 'taobao.refund.negotiatereturn.render',
  responseRoot: 'refund_negotiatereturn_render_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 协商退货退款渲染 — calls TOP method `taobao.refund.negotiatereturn.render`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRefundNegotiatereturnRender(
  client: TopClient,
  request: TaobaoRefundNegotiatereturnRenderRequest,
  options?: CallOptions,
): Promise<TaobaoRefundNegotiatereturnRenderResponse> {
  return client.call<TaobaoRefundNegotiatereturnRenderResponse>(
    {
      method: 'taobao.refund.negotiatereturn.render',
      responseRoot: 'refund_negotiatereturn_render_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
