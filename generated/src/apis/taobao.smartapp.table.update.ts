// Generated from specs/miniapp/taobao.smartapp.table.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.smartapp.table.update` (智能应用服务登记工作表数据更新). */
export interface TaobaoSmartappTableUpdateRequest {
  /** 待更新工作表id */
  table_id: string;
  /** 待更新记录主键 */
  id: string;
  /** 提交更新数据，更新仅支持单条新增，格式同新增记录接口 */
  record: string;
}

/** Response of `taobao.smartapp.table.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSmartappTableUpdateResponse {
  /** 更新记录行数 */
  count?: Int64;
  /** 调用结果 */
  business_success?: boolean;
  /** 错误信息 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  table_id: 'String',
  id: 'String',
  record: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  count: 'Number',
  business_success: 'Boolean',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.smartapp.table.update`: method, response root, request and response schemas. */
export const taobaoSmartappTableUpdateOperation = {
  method: 'taobao.smartapp.table.update',
  responseRoot: 'smartapp_table_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 智能应用服务登记工作表数据更新 — calls TOP method `taobao.smartapp.table.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSmartappTableUpdate(
  client: TopClient,
  request: TaobaoSmartappTableUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoSmartappTableUpdateResponse> {
  return client.call<TaobaoSmartappTableUpdateResponse>(
    {
      method: 'taobao.smartapp.table.update',
      responseRoot: 'smartapp_table_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
