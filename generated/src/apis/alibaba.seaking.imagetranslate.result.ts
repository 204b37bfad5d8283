// Generated from specs/seaking/alibaba.seaking.imagetranslate.result.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.seaking.imagetranslate.result` (获取图片翻译任务结果). */
export interface AlibabaSeakingImagetranslateResultRequest {
  /** token来源站点 */
  token_from: string;
  /** 任务id */
  task_id: Int64Input;
  /** 用户token */
  token: string;
}

/** Response of `alibaba.seaking.imagetranslate.result`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSeakingImagetranslateResultResponse {
  /** 返回结果 */
  result?: AlibabaSeakingImagetranslateResultTaskResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TaskResultDto` of `alibaba.seaking.imagetranslate.result`. */
export interface AlibabaSeakingImagetranslateResultTaskResultDto {
  /** 完成的任务数 */
  finished_count?: Int64;
  /** 总计任务数 */
  total?: Int64;
  /** 任务状态 */
  status?: string;
  /** 子任务列表 */
  task_result_detail_list?: AlibabaSeakingImagetranslateResultTaskResultDetailDto[];
}

/** `TaskResultDetailDto` of `alibaba.seaking.imagetranslate.result`. */
export interface AlibabaSeakingImagetranslateResultTaskResultDetailDto {
  /** 图片翻译结果 */
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

/** Static description of `alibaba.seaking.imagetranslate.result`: method, response root, request and response schemas. */
export const alibabaSeakingImagetranslateResultOperation = {
  method: 'alibaba.seaking.imagetranslate.result',
  responseRoot: 'alibaba_seaking_imagetranslate_result_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取图片翻译任务结果 — calls TOP method `alibaba.seaking.imagetranslate.result`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSeakingImagetranslateResult(
  client: TopClient,
  request: AlibabaSeakingImagetranslateResultRequest,
  options?: CallOptions,
): Promise<AlibabaSeakingImagetranslateResultResponse> {
  return client.call<AlibabaSeakingImagetranslateResultResponse>(
    {
      method: 'alibaba.seaking.imagetranslate.result',
      responseRoot: 'alibaba_seaking_imagetranslate_result_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
