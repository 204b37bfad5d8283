// Generated from specs/alsc/alibaba.alsc.crm.point.extra.consume.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.point.extra.consume` (积分补扣). */
export interface AlibabaAlscCrmPointExtraConsumeRequest {
  /** 入参 */
  param_extra_consume_point_open_req?: AlibabaAlscCrmPointExtraConsumeExtraConsumePointOpenReqInput;
}

/** Response of `alibaba.alsc.crm.point.extra.consume`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmPointExtraConsumeResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmPointExtraConsumeCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ExtraConsumePointOpenReq` of `alibaba.alsc.crm.point.extra.consume`. */
export interface AlibabaAlscCrmPointExtraConsumeExtraConsumePointOpenReqInput {
  /** CS是辰森，KRY是客如云 */
  biz_channel: string;
  /** 品牌id */
  brand_id?: string;
  /** 变更积分数 */
  change_point: Int64Input;
  /** 顾客id */
  customer_id: string;
  /** 操作人ID */
  operator_id: string;
  /** 关联交易号/订单号 */
  out_biz_id: string;
  /** 变更理由 */
  reason?: string;
  /** 请求id，用来做幂等 */
  request_id: string;
  /** 门店id */
  shop_id?: string;
  /** 外部门店ID,shop_id和out_shop_id不可同时为空 */
  out_shop_id?: string;
  /** 外部品牌id,brandId与out_brand_id不可同时为空 */
  out_brand_id?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.point.extra.consume`. */
export interface AlibabaAlscCrmPointExtraConsumeCommonResult {
  /** 成功状态 */
  biz_success?: boolean;
  /** 业务数据 */
  result?: string;
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 错误结果显示 */
  result_view?: string;
}

const REQUEST_SCHEMA = {
  param_extra_consume_point_open_req: {
    biz_channel: 'String',
    brand_id: 'String',
    change_point: 'Number',
    customer_id: 'String',
    operator_id: 'String',
    out_biz_id: 'String',
    reason: 'String',
    request_id: 'String',
    shop_id: 'String',
    out_shop_id: 'String',
    out_brand_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    result: 'String',
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.point.extra.consume`: method, response root, request and response schemas. */
export const alibabaAlscCrmPointExtraConsumeOperation = {
  method: 'alibaba.alsc.crm.point.extra.consume',
  responseRoot: 'alibaba_alsc_crm_point_extra_consume_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 积分补扣 — calls TOP method `alibaba.alsc.crm.point.extra.consume`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmPointExtraConsume(
  client: TopClient,
  request: AlibabaAlscCrmPointExtraConsumeRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmPointExtraConsumeResponse> {
  return client.call<AlibabaAlscCrmPointExtraConsumeResponse>(
    {
      method: 'alibaba.alsc.crm.point.extra.consume',
      responseRoot: 'alibaba_alsc_crm_point_extra_consume_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
