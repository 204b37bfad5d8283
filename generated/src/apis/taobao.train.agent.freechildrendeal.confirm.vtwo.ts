// Generated from specs/train/taobao.train.agent.freechildrendeal.confirm.vtwo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.train.agent.freechildrendeal.confirm.vtwo` (免费儿童处理). */
export interface TaobaoTrainAgentFreechildrendealConfirmVtwoRequest {
  /** 免费儿童处理信息 */
  free_children_ticket_deal_rq: TaobaoTrainAgentFreechildrendealConfirmVtwoFreeChildrenTicketDealRQInput;
}

/** Response of `taobao.train.agent.freechildrendeal.confirm.vtwo`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTrainAgentFreechildrendealConfirmVtwoResponse {
  /** rs */
  result?: TaobaoTrainAgentFreechildrendealConfirmVtwoTapResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FreeChildrenTicketDealRQ` of `taobao.train.agent.freechildrendeal.confirm.vtwo`. */
export interface TaobaoTrainAgentFreechildrendealConfirmVtwoFreeChildrenTicketDealRQInput {
  /** 是否成功 */
  is_success: boolean;
  /** 唯一id */
  apply_no: Int64Input;
  /** 失败code */
  fail_code?: Int64Input;
  /** 失败文案 */
  fail_msg?: string;
}

/** `TapResult` of `taobao.train.agent.freechildrendeal.confirm.vtwo`. */
export interface TaobaoTrainAgentFreechildrendealConfirmVtwoTapResult {
  /** 失败code */
  error_code?: Int64;
  /** 失败msg */
  error_msg?: string;
  /** 处理结果 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  free_children_ticket_deal_rq: {
    is_success: 'Boolean',
    apply_no: 'Number',
    fail_code: 'Number',
    fail_msg: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'Number',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.train.agent.freechildrendeal.confirm.vtwo`: method, response root, request and response schemas. */
export const taobaoTrainAgentFreechildrendealConfirmVtwoOperation = {
  method: 'taobao.train.agent.freechildrendeal.confirm.vtwo',
  responseRoot: 'train_agent_freechildrendeal_confirm_vtwo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 免费儿童处理 — calls TOP method `taobao.train.agent.freechildrendeal.confirm.vtwo`.
 *
 * 免费儿童列表查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTrainAgentFreechildrendealConfirmVtwo(
  client: TopClient,
  request: TaobaoTrainAgentFreechildrendealConfirmVtwoRequest,
  options?: CallOptions,
): Promise<TaobaoTrainAgentFreechildrendealConfirmVtwoResponse> {
  return client.call<TaobaoTrainAgentFreechildrendealConfirmVtwoResponse>(
    {
      method: 'taobao.train.agent.freechildrendeal.confirm.vtwo',
      responseRoot: 'train_agent_freechildrendeal_confirm_vtwo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
