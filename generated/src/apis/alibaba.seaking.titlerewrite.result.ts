// Generated from specs/seaking/alibaba.seaking.titlerewrite.result.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.seaking.titlerewrite.result` (获取标题改写任务结果). */
export interface AlibabaSeakingTitlerewriteResultRequest {
  /** token来源站点 */
  token_from: string;
  /** 任务id */
  task_id: Int64Input;
  /** 用户token */
  token: string;
}

/** Response of `alibaba.seaking.titlerewrite.result`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSeakingTitlerewriteResultResponse {
  /** 返回结果 */
  result?: AlibabaSeakingTitlerewriteResultTaskResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TaskResultDto` of `alibaba.seaking.titlerewrite.result`. */
export interface AlibabaSeakingTitlerewriteResultTaskResultDto {
  /** 完成的任务数 */
  finished_count?: Int64;
  /** 总计任务数 */
  total?: Int64;
  /** 任务状态 */
  status?: string;
  /** 子任务列表 */
  task_result_detail_list?: AlibabaSeakingTitlerewriteResultTaskResultDetailDto[];
}

/** `TaskResultDetailDto` of `alibaba.seaking.titlerewrite.result`. */
export interface AlibabaSeakingTitlerewriteResultTaskResultDetailDto {
  /** 标题改写结果 */
  result?: string;
  /** 子任务状态 */
  status?: string;
  /** 子任务编号 */
  idx?: Int64;
}

const REQUEST_SCHEMA = {
  token_from: 'String',
  task_id: 'Number',
  token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    finished_count: 'Number',
    total: 'Number',
    status: 'String',
    task_result_detail_list: [
      {
        result: 'String',
        status: 'String',
        idx: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.seaking.titlerewrite.result`: method, response root, request and response schemas. */
export const alibabaSeakingTitlerewriteResultOperation = {
  method: 'alibaba.seaking.titlerewrite.result',
  responseRoot: 'alibaba_seaking_titlerewrite_result_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取标题改写任务结果 — calls TOP method `alibaba.seaking.titlerewrite.result`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSeakingTitlerewriteResult(
  client: TopClient,
  request: AlibabaSeakingTitlerewriteResultRequest,
  options?: CallOptions,
): Promise<AlibabaSeakingTitlerewriteResultResponse> {
  return client.call<AlibabaSeakingTitlerewriteResultResponse>(
    {
      method: 'alibaba.seaking.titlerewrite.result',
      responseRoot: 'alibaba_seaking_titlerewrite_result_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
