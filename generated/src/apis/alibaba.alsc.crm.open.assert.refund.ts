// Generated from specs/alsc/alibaba.alsc.crm.open.assert.refund.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.open.assert.refund` (资产核销回退接口). */
export interface AlibabaAlscCrmOpenAssertRefundRequest {
  /** 入参 */
  param_property_refund_open_req?: AlibabaAlscCrmOpenAssertRefundPropertyRefundOpenReqInput;
}

/** Response of `alibaba.alsc.crm.open.assert.refund`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmOpenAssertRefundResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmOpenAssertRefundCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PropertyRefundOpenReq` of `alibaba.alsc.crm.open.assert.refund`. */
export interface AlibabaAlscCrmOpenAssertRefundPropertyRefundOpenReqInput {
  /** saas品牌id */
  brand_id: string;
  /** 手机号 */
  mobile?: string;
  /** 退款的订单号 */
  new_outer_order_id: string;
  /** 操作人 */
  operator_id: string;
  /** 外部id */
  outer_id?: string;
  /** 原订单号，就是核销的订单号 */
  outer_order_id: string;
  /** 外部id类型，wechat微信，alipay支付宝 */
  outer_type?: string;
  /** 请求幂等id */
  request_id: string;
  /** saas门店id */
  shop_id: string;
  /** 券实例id集合 */
  voucher_id_list?: string[];
  /** 顾客id */
  customer_id?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.open.assert.refund`. */
export interface AlibabaAlscCrmOpenAssertRefundCommonResult {
  /** 是否成功 */
  biz_success?: boolean;
  /** 结果 */
  result?: AlibabaAlscCrmOpenAssertRefundPropertyRefundOpenInfo;
  /** 结果码 */
  result_code?: string;
  /** 结果详情 */
  result_desc?: string;
  /** 结果展示 */
  result_view?: string;
}

/** `PropertyRefundOpenInfo` of `alibaba.alsc.crm.open.assert.refund`. */
export interface AlibabaAlscCrmOpenAssertRefundPropertyRefundOpenInfo {
  /** 回退积分是否成功 */
  point_success?: boolean;
  /** 回退储值是否成功 */
  value_success?: boolean;
  /** 券实例状态 */
  voucher_status_list?: AlibabaAlscCrmOpenAssertRefundVoucherStatusInfo[];
}

/** `VoucherStatusInfo` of `alibaba.alsc.crm.open.assert.refund`. */
export interface AlibabaAlscCrmOpenAssertRefundVoucherStatusInfo {
  /** 是否成功 */
  success?: boolean;
  /** 券码 */
  voucher_id?: string;
}

const REQUEST_SCHEMA = {
  param_property_refund_open_req: {
    brand_id: 'String',
    mobile: 'String',
    new_outer_order_id: 'String',
    operator_id: 'String',
    outer_id: 'String',
    outer_order_id: 'String',
    outer_type: 'String',
    request_id: 'String',
    shop_id: 'String',
    voucher_id_list: ['String'],
    customer_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    result: {
      point_success: 'Boolean',
      value_success: 'Boolean',
      voucher_status_list: [
        {
          success: 'Boolean',
          voucher_id: 'String',
        },
      ],
    },
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.open.assert.refund`: method, response root, request and response schemas. */
export const alibabaAlscCrmOpenAssertRefundOperation = {
  method: 'alibaba.alsc.crm.open.assert.refund',
  responseRoot: 'alibaba_alsc_crm_open_assert_refund_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 资产核销回退接口 — calls TOP method `alibaba.alsc.crm.open.assert.refund`.
 *
 * 回退已经核销的储值积分券资产
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmOpenAssertRefund(
  client: TopClient,
  request: AlibabaAlscCrmOpenAssertRefundRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmOpenAssertRefundResponse> {
  return client.call<AlibabaAlscCrmOpenAssertRefundResponse>(
    {
      method: 'alibaba.alsc.crm.open.assert.refund',
      responseRoot: 'alibaba_alsc_crm_open_assert_refund_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
