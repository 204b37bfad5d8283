// Generated from specs/alihouse/alibaba.alihouse.newhome.line.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.line.sync` (环线数据同步). */
export interface AlibabaAlihouseNewhomeLineSyncRequest {
  /** 环线入参 */
  base_loop_line_dto: AlibabaAlihouseNewhomeLineSyncBaseLoopLineDtoInput;
}

/** Response of `alibaba.alihouse.newhome.line.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeLineSyncResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeLineSyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseLoopLineDto` of `alibaba.alihouse.newhome.line.sync`. */
export interface AlibabaAlihouseNewhomeLineSyncBaseLoopLineDtoInput {
  /** 环线名称 */
  loop_line_name: string;
  /** 环线电子围栏 */
  loop_line_fence?: string;
  /** 城市ID */
  city_id: Int64Input;
  /** 序号 */
  number: Int64Input;
  /** 环线ID */
  loop_line_id: Int64Input;
  /** 外部ID - 唯一 */
  outer_line_id?: string;
  /** 是否删除 1 是 0 否 */
  is_deleted?: string;
  /** 数据源类型（1-新房 2-二手房） */
  source_type?: Int64Input;
}

/** `Result` of `alibaba.alihouse.newhome.line.sync`. */
export interface AlibabaAlihouseNewhomeLineSyncResult {
  /** 外部ID */
  data?: string;
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  base_loop_line_dto: {
    loop_line_name: 'String',
    loop_line_fence: 'String',
    city_id: 'Number',
    number: 'Number',
    loop_line_id: 'Number',
    outer_line_id: 'String',
    is_deleted: 'String',
    source_type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.line.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeLineSyncOperation = {
  method: 'alibaba.alihouse.newhome.line.sync',
  responseRoot: 'alibaba_alihouse_newhome_line_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 环线数据同步 — calls TOP method `alibaba.alihouse.newhome.line.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeLineSync(
  client: TopClient,
  request: AlibabaAlihouseNewhomeLineSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeLineSyncResponse> {
  return client.call<AlibabaAlihouseNewhomeLineSyncResponse>(
    {
      method: 'alibaba.alihouse.newhome.line.sync',
      responseRoot: 'alibaba_alihouse_newhome_line_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
