// Generated from specs/alsc/alibaba.alsc.crm.point.chkpntbypay.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.point.chkpntbypay` (校验支付链路中的积分抵扣是否合法). */
export interface AlibabaAlscCrmPointChkpntbypayRequest {
  /** 入参 */
  param_consume_point_by_pay_open_req?: AlibabaAlscCrmPointChkpntbypayConsumePointByPayOpenReqInput;
}

/** Response of `alibaba.alsc.crm.point.chkpntbypay`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmPointChkpntbypayResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmPointChkpntbypayCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ConsumePointByPayOpenReq` of `alibaba.alsc.crm.point.chkpntbypay`. */
export interface AlibabaAlscCrmPointChkpntbypayConsumePointByPayOpenReqInput {
  /** 品牌id */
  brand_id?: string;
  /** 变更积分 */
  change_point: Int64Input;
  /** 顾客id */
  customer_id: string;
  /** 外部门店ID */
  out_shop_id?: string;
  /** 外部品牌id,brandId与out_brand_id不可同时为空 */
  out_brand_id?: string;
  /** 门店id */
  shop_id?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.point.chkpntbypay`. */
export interface AlibabaAlscCrmPointChkpntbypayCommonResult {
  /** 成功状态 */
  biz_success?: boolean;
  /** 业务数据:是否合法 */
  result?: boolean;
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 错误结果显示 */
  result_view?: string;
}

const REQUEST_SCHEMA = {
  param_consume_point_by_pay_open_req: {
    brand_id: 'String',
    change_point: 'Number',
    customer_id: 'String',
    out_shop_id: 'String',
    out_brand_id: 'String',
    shop_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    result: 'Boolean',
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.point.chkpntbypay`: method, response root, request and response schemas. */
export const alibabaAlscCrmPointChkpntbypayOperation = {
  method: 'alibaba.alsc.crm.point.chkpntbypay',
  responseRoot: 'alibaba_alsc_crm_point_chkpntbypay_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 校验支付链路中的积分抵扣是否合法 — calls TOP method `alibaba.alsc.crm.point.chkpntbypay`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmPointChkpntbypay(
  client: TopClient,
  request: AlibabaAlscCrmPointChkpntbypayRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmPointChkpntbypayResponse> {
  return client.call<AlibabaAlscCrmPointChkpntbypayResponse>(
    {
      method: 'alibaba.alsc.crm.point.chkpntbypay',
      responseRoot: 'alibaba_alsc_crm_point_chkpntbypay_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
