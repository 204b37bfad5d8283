// Generated from specs/legalsuit/alibaba.standpoint.historykey.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.standpoint.historykey.get` (查询历史数据). */
export interface AlibabaStandpointHistorykeyGetRequest {
  /** 工号 */
  user_id: string;
  /** 系统标识 */
  input_system_code?: string;
}

/** Response of `alibaba.standpoint.historykey.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaStandpointHistorykeyGetResponse {
  /** 是否成功 */
  success_res?: boolean;
  /** 状态吗 */
  error_code_res?: Int64;
  /** 数据列表 */
  content?: string[];
  /** 错误信息 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  user_id: 'String',
  input_system_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  success_res: 'Boolean',
  error_code_res: 'Number',
  content: ['String'],
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.standpoint.historykey.get`: method, response root, request and response schemas. */
export const alibabaStandpointHistorykeyGetOperation = {
  method: 'alibaba.standpoint.historykey.get',
  responseRoot: 'alibaba_standpoint_historykey_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询历史数据 — calls TOP method `alibaba.standpoint.historykey.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaStandpointHistorykeyGet(
  client: TopClient,
  request: AlibabaStandpointHistorykeyGetRequest,
  options?: CallOptions,
): Promise<AlibabaStandpointHistorykeyGetResponse> {
  return client.call<AlibabaStandpointHistorykeyGetResponse>(
    {
      method: 'alibaba.standpoint.historykey.get',
      responseRoot: 'alibaba_standpoint_historykey_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
