// Generated from specs/alihouse/alibaba.alihouse.newhome.video.changestatus.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.video.changestatus` (视频草稿状态更新). */
export interface AlibabaAlihouseNewhomeVideoChangestatusRequest {
  /** 外部视频id */
  outer_id: string;
  /** 0 失效 1 有效 */
  status: Int64Input;
  /** 外部楼盘id（不可多值） */
  outer_project_id?: string;
  /** 外部门店id */
  outer_store_id?: string;
}

/** Response of `alibaba.alihouse.newhome.video.changestatus`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeVideoChangestatusResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeVideoChangestatusResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihouse.newhome.video.changestatus`. */
export interface AlibabaAlihouseNewhomeVideoChangestatusResult {
  /** code */
  code?: string;
  /** 失败信息 */
  message?: string;
  /** true或false */
  is_success?: boolean;
  /** 更新结果 */
  data?: boolean;
}

const REQUEST_SCHEMA = {
  outer_id: 'String',
  status: 'Number',
  outer_project_id: 'String',
  outer_store_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
    is_success: 'Boolean',
    data: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.video.changestatus`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeVideoChangestatusOperation = {
  method: 'alibaba.alihouse.newhome.video.changestatus',
  responseRoot: 'alibaba_alihouse_newhome_video_changestatus_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 视频草稿状态更新 — calls TOP method `alibaba.alihouse.newhome.video.changestatus`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeVideoChangestatus(
  client: TopClient,
  request: AlibabaAlihouseNewhomeVideoChangestatusRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeVideoChangestatusResponse> {
  return client.call<AlibabaAlihouseNewhomeVideoChangestatusResponse>(
    {
      method: 'alibaba.alihouse.newhome.video.changestatus',
      responseRoot: 'alibaba_alihouse_newhome_video_changestatus_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
