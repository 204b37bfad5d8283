// Generated from specs/tmallgenie/alibaba.ai.content.business.send.plan.receive.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ai.content.business.send.plan.receive` (天猫精灵商业化采销发放计划领取). */
export interface AlibabaAiContentBusinessSendPlanReceiveRequest {
  /** 入参对象 */
  param0: AlibabaAiContentBusinessSendPlanReceivePurchaseForOuterDTOInput;
}

/** Response of `alibaba.ai.content.business.send.plan.receive`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAiContentBusinessSendPlanReceiveResponse {
  /** 返回对象 */
  ret_value?: AlibabaAiContentBusinessSendPlanReceivePurchaseReceiveReturnDTO;
  /** 错误码 */
  ret_code?: Int64;
  /** 错误信息 */
  ret_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PurchaseForOuterDTO` of `alibaba.ai.content.business.send.plan.receive`. */
export interface AlibabaAiContentBusinessSendPlanReceivePurchaseForOuterDTOInput {
  /** isv用户信息(userId、phone) */
  isv_user_info_map: string;
  /** 圈选对象 */
  circle_info: AlibabaAiContentBusinessSendPlanReceivePurchaseCircleInfoForOuterDTOInput;
  /** isvId,由采销系统分配 */
  isv_id: Int64Input;
  /** 通过查询返回 */
  send_plan_id: Int64Input;
}

/** `PurchaseCircleInfoForOuterDTO` of `alibaba.ai.content.business.send.plan.receive`. */
export interface AlibabaAiContentBusinessSendPlanReceivePurchaseCircleInfoForOuterDTOInput {
  /** 圈选内容 */
  circle_content: string;
  /** 圈选标识,由采销系统分配 */
  circle_id: Int64Input;
}

/** `PurchaseReceiveReturnDTO` of `alibaba.ai.content.business.send.plan.receive`. */
export interface AlibabaAiContentBusinessSendPlanReceivePurchaseReceiveReturnDTO {
  /** 成功状态 */
  status?: boolean;
  /** 开始时间 */
  start_time?: string;
  /** 结束时间 */
  end_time?: string;
  /** 其他数据 */
  map?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    isv_user_info_map: 'String',
    circle_info: {
      circle_content: 'String',
      circle_id: 'Number',
    },
    isv_id: 'Number',
    send_plan_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret_value: {
    status: 'Boolean',
    start_time: 'Date',
    end_time: 'Date',
    map: 'String',
  },
  ret_code: 'Number',
  ret_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ai.content.business.send.plan.receive`: method, response root, request and response schemas. */
export const alibabaAiContentBusinessSendPlanReceiveOperation = {
  method: 'alibaba.ai.content.business.send.plan.receive',
  responseRoot: 'alibaba_ai_content_business_send_plan_receive_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫精灵商业化采销发放计划领取 — calls TOP method `alibaba.ai.content.business.send.plan.receive`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAiContentBusinessSendPlanReceive(
  client: TopClient,
  request: AlibabaAiContentBusinessSendPlanReceiveRequest,
  options?: CallOptions,
): Promise<AlibabaAiContentBusinessSendPlanReceiveResponse> {
  return client.call<AlibabaAiContentBusinessSendPlanReceiveResponse>(
    {
      method: 'alibaba.ai.content.business.send.plan.receive',
      responseRoot: 'alibaba_ai_content_business_send_plan_receive_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
