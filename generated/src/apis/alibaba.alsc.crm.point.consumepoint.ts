// Generated from specs/alsc/alibaba.alsc.crm.point.consumepoint.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.point.consumepoint` (积分抵现). */
export interface AlibabaAlscCrmPointConsumepointRequest {
  /** 入参 */
  param_consume_point_open_req?: AlibabaAlscCrmPointConsumepointConsumePointOpenReqInput;
}

/** Response of `alibaba.alsc.crm.point.consumepoint`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmPointConsumepointResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmPointConsumepointCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ConsumePointOpenReq` of `alibaba.alsc.crm.point.consumepoint`. */
export interface AlibabaAlscCrmPointConsumepointConsumePointOpenReqInput {
  /** 品牌id */
  brand_id?: string;
  /** 变更积分数 */
  change_point: Int64Input;
  /** 顾客id */
  customer_id: string;
  /** 操作人id */
  operator_id: string;
  /** 操作人名 */
  operator_name: string;
  /** 关联交易号/订单号 */
  out_biz_id: string;
  /** 变更原因 */
  reason?: string;
  /** 请求id，用来做幂等 */
  request_id: string;
  /** 门店id */
  shop_id?: string;
  /** 外部门店ID,shop_id和out_shop_id不可同时为空 */
  out_shop_id?: string;
  /** 外部品牌id,brandId与out_brand_id不可同时为空 */
  out_brand_id?: string;
  /** 辰森是CS,客如云是KRY */
  biz_channel: string;
}

/** `CommonResult` of `alibaba.alsc.crm.point.consumepoint`. */
export interface AlibabaAlscCrmPointConsumepointCommonResult {
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
  param_consume_point_open_req: {
    brand_id: 'String',
    change_point: 'Number',
    customer_id: 'String',
    operator_id: 'String',
    operator_name: 'String',
    out_biz_id: 'String',
    reason: 'String',
    request_id: 'String',
    shop_id: 'String',
    out_shop_id: 'String',
    out_brand_id: 'String',
    biz_channel: 'String',
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

/** Static description of `alibaba.alsc.crm.point.consumepoint`: method, response root, request and response schemas. */
export const alibabaAlscCrmPointConsumepointOperation = {
  method: 'alibaba.alsc.crm.point.consumepoint',
  responseRoot: 'alibaba_alsc_crm_point_consumepoint_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 积分抵现 — calls TOP method `alibaba.alsc.crm.point.consumepoint`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmPointConsumepoint(
  client: TopClient,
  request: AlibabaAlscCrmPointConsumepointRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmPointConsumepointResponse> {
  return client.call<AlibabaAlscCrmPointConsumepointResponse>(
    {
      method: 'alibaba.alsc.crm.point.consumepoint',
      responseRoot: 'alibaba_alsc_crm_point_consumepoint_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
