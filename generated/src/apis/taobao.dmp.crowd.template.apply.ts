// Generated from specs/dmp/taobao.dmp.crowd.template.apply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.dmp.crowd.template.apply` (人群模版采纳并生成人群API). */
export interface TaobaoDmpCrowdTemplateApplyRequest {
  /** 请求体 */
  api_context: TaobaoDmpCrowdTemplateApplyApiContextDTOInput;
  /** 采纳模版context */
  template_context?: TaobaoDmpCrowdTemplateApplyTemplateContextDTOInput;
}

/** Response of `taobao.dmp.crowd.template.apply`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoDmpCrowdTemplateApplyResponse {
  /** 生成的人群id */
  result?: Int64;
  /** 错误码 */
  result_error_code?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** 错误信息 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiContextDTO` of `taobao.dmp.crowd.template.apply`. */
export interface TaobaoDmpCrowdTemplateApplyApiContextDTOInput {
  /** 业务线编码，引力魔方：displayDefault */
  biz_code: string;
}

/** `TemplateContextDTO` of `taobao.dmp.crowd.template.apply`. */
export interface TaobaoDmpCrowdTemplateApplyTemplateContextDTOInput {
  /** 榜单id */
  topic_id: Int64Input;
  /** 算法推荐模版context */
  context_params?: string;
  /** 模版id */
  template_id: Int64Input;
}

const REQUEST_SCHEMA = {
  api_context: {
    biz_code: 'String',
  },
  template_context: {
    topic_id: 'Number',
    context_params: 'String',
    template_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Number',
  result_error_code: 'String',
  is_success: 'Boolean',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.dmp.crowd.template.apply`: method, response root, request and response schemas. */
export const taobaoDmpCrowdTemplateApplyOperation = {
  method: 'taobao.dmp.crowd.template.apply',
  responseRoot: 'dmp_crowd_template_apply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 人群模版采纳并生成人群API — calls TOP method `taobao.dmp.crowd.template.apply`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoDmpCrowdTemplateApply(
  client: TopClient,
  request: TaobaoDmpCrowdTemplateApplyRequest,
  options?: CallOptions,
): Promise<TaobaoDmpCrowdTemplateApplyResponse> {
  return client.call<TaobaoDmpCrowdTemplateApplyResponse>(
    {
      method: 'taobao.dmp.crowd.template.apply',
      responseRoot: 'dmp_crowd_template_apply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
