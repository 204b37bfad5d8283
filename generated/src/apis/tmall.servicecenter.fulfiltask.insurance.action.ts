// Generated from specs/tmallservice/tmall.servicecenter.fulfiltask.insurance.action.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.fulfiltask.insurance.action` (供应链保险链路动作). */
export interface TmallServicecenterFulfiltaskInsuranceActionRequest {
  /** 履约动作，取值：send_goods, 上门取件;supplier_signed, 服务商签收;evaluate_report, 鉴定报告;insurance_claims, 保险理赔;send_back, 寄回;repair_finish, 维修完成; */
  task_action?: string;
  /** 工单id */
  workcard_id?: Int64Input;
  /** 履行单id */
  fulfil_task_id?: Int64Input;
  /** 履约动作数据，不同动作取值见api文档； */
  task_context_data?: string | Record<string, unknown>;
  /** 外部单号id */
  outer_id?: string;
}

/** Response of `tmall.servicecenter.fulfiltask.insurance.action`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterFulfiltaskInsuranceActionResponse {
  /** 接口返回model */
  result?: TmallServicecenterFulfiltaskInsuranceActionResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.servicecenter.fulfiltask.insurance.action`. */
export interface TmallServicecenterFulfiltaskInsuranceActionResult {
  /** 对外展示的错误信息 */
  display_msg?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 返回值对象 */
  value?: TmallServicecenterFulfiltaskInsuranceActionFulfilInsuranceTaskResponse;
  /** 错误信息 */
  error_msg?: string;
}

/** `FulfilInsuranceTaskResponse` of `tmall.servicecenter.fulfiltask.insurance.action`. */
export interface TmallServicecenterFulfiltaskInsuranceActionFulfilInsuranceTaskResponse {
  /** 履行单id */
  fulfil_task_id?: Int64;
  /** 工单id */
  workcard_id?: Int64;
  /** 外部单号id */
  outer_id?: string;
}

const REQUEST_SCHEMA = {
  task_action: 'String',
  workcard_id: 'Number',
  fulfil_task_id: 'Number',
  task_context_data: 'Json',
  outer_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    display_msg: 'String',
    success: 'Boolean',
    error_code: 'String',
    value: {
      fulfil_task_id: 'Number',
      workcard_id: 'Number',
      outer_id: 'String',
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.fulfiltask.insurance.action`: method, response root, request and response schemas. */
export const tmallServicecenterFulfiltaskInsuranceActionOperation = {
  method: 'tmall.servicecenter.fulfiltask.insurance.action',
  responseRoot: 'tmall_servicecenter_fulfiltask_insurance_action_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应链保险链路动作 — calls TOP method `tmall.servicecenter.fulfiltask.insurance.action`.
 *
 * 服务供应链履约链路 保险类业务履约接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterFulfiltaskInsuranceAction(
  client: TopClient,
  request: TmallServicecenterFulfiltaskInsuranceActionRequest = {},
  options?: CallOptions,
): Promise<TmallServicecenterFulfiltaskInsuranceActionResponse> {
  return client.call<TmallServicecenterFulfiltaskInsuranceActionResponse>(
    {
      method: 'tmall.servicecenter.fulfiltask.insurance.action',
      responseRoot: 'tmall_servicecenter_fulfiltask_insurance_action_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
