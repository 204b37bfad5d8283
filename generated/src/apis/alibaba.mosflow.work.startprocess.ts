// Generated from specs/mos/alibaba.mosflow.work.startprocess.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mosflow.work.startprocess` (发起流程). */
export interface AlibabaMosflowWorkStartprocessRequest {
  /** 流程必传参数 */
  parameter_entity?: AlibabaMosflowWorkStartprocessParameterEntityInput;
  /** 参数二:额外业务参数,Map的JSON串 */
  variables?: string;
}

/** Response of `alibaba.mosflow.work.startprocess`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosflowWorkStartprocessResponse {
  /** 响应参数 */
  data?: string | Record<string, unknown>;
  /** 操作是否成功 */
  is_success?: boolean;
  /** 异常信息 */
  result_message?: string;
  /** 异常Code */
  result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ParameterEntity` of `alibaba.mosflow.work.startprocess`. */
export interface AlibabaMosflowWorkStartprocessParameterEntityInput {
  /** 流程定义KEY,发起流程的唯一标 */
  process_definition_key: string;
  /** 流程审批类型 */
  process_type: string;
  /** 业务详情页URL */
  business_data_url: string;
  /** 发起人角色名称 */
  start_user_role_name?: string;
  /** 操作人ID */
  oper_id: string;
  /** 业务表单ID(系统-业务类型-编号) */
  form_id: string;
  /** 标题 */
  title: string;
  /** 门店NO */
  store_no: string;
  /** 抄送人(非必传) */
  cc_user_ids?: string;
  /** 发起人ID类型(1:淘宝UserId,2:MIS系统 OuterId) */
  oper_id_type: string;
  /** 业种code */
  yz_code?: string;
  /** 流程发起描述信息(会展示在审批日志中) */
  message?: string;
}

const REQUEST_SCHEMA = {
  parameter_entity: {
    process_definition_key: 'String',
    process_type: 'String',
    business_data_url: 'String',
    start_user_role_name: 'String',
    oper_id: 'String',
    form_id: 'String',
    title: 'String',
    store_no: 'String',
    cc_user_ids: 'String',
    oper_id_type: 'String',
    yz_code: 'String',
    message: 'String',
  },
  variables: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'Json',
  is_success: 'Boolean',
  result_message: 'String',
  result_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mosflow.work.startprocess`: method, response root, request and response schemas. */
export const alibabaMosflowWorkStartprocessOperation = {
  method: 'alibaba.mosflow.work.startprocess',
  responseRoot: 'alibaba_mosflow_work_startprocess_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发起流程 — calls TOP method `alibaba.mosflow.work.startprocess`.
 *
 * 业务发起流程审批
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosflowWorkStartprocess(
  client: TopClient,
  request: AlibabaMosflowWorkStartprocessRequest = {},
  options?: CallOptions,
): Promise<AlibabaMosflowWorkStartprocessResponse> {
  return client.call<AlibabaMosflowWorkStartprocessResponse>(
    {
      method: 'alibaba.mosflow.work.startprocess',
      responseRoot: 'alibaba_mosflow_work_startprocess_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
