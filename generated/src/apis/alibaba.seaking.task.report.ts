// Generated from specs/seaking/alibaba.seaking.task.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.seaking.task.report` (跳转任务发布成功商品ID回传). */
export interface AlibabaSeakingTaskReportRequest {
  /**
   * 上报数据详情
   *
   * Max list size: 20
   */
  report_detail: AlibabaSeakingTaskReportTaskDetailReportDtoInput[];
  /** 任务类型(title/image) */
  task_type: string;
  /** 用户token */
  token: string;
  /** token来源站点 */
  token_from: string;
}

/** Response of `alibaba.seaking.task.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSeakingTaskReportResponse {
  /** 系统自动生成 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TaskDetailReportDto` of `alibaba.seaking.task.report`. */
export interface AlibabaSeakingTaskReportTaskDetailReportDtoInput {
  /** 子任务编号，不填则表示更新所有子任务 */
  idx?: Int64Input;
  /** 商品所在平台（ae/lazada)） */
  platform: string;
  /** 商品id */
  product_id: Int64Input;
  /** 任务id */
  task_id: Int64Input;
}

const REQUEST_SCHEMA = {
  report_detail: [
    {
      idx: 'Number',
      platform: 'String',
      product_id: 'Number',
      task_id: 'Number',
    },
  ],
  task_type: 'String',
  token: 'String',
  token_from: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.seaking.task.report`: method, response root, request and response schemas. */
export const alibabaSeakingTaskReportOperation = {
  method: 'alibaba.seaking.task.report',
  responseRoot: 'alibaba_seaking_task_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 跳转任务发布成功商品ID回传 — calls TOP method `alibaba.seaking.task.report`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSeakingTaskReport(
  client: TopClient,
  request: AlibabaSeakingTaskReportRequest,
  options?: CallOptions,
): Promise<AlibabaSeakingTaskReportResponse> {
  return client.call<AlibabaSeakingTaskReportResponse>(
    {
      method: 'alibaba.seaking.task.report',
      responseRoot: 'alibaba_seaking_task_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
