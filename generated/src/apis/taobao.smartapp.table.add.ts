// Generated from specs/miniapp/taobao.smartapp.table.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.smartapp.table.add` (智能应用服务登记工作表数据新增). */
export interface TaobaoSmartappTableAddRequest {
  /** 新增记录内容格式为JSON，新增仅支持单条新增，各组件新增输入格式详见文档 */
  record: string;
  /** 待插入表id */
  table_id: string;
}

/** Response of `taobao.smartapp.table.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSmartappTableAddResponse {
  /** 单条新增记录ID */
  id?: string;
  /** 调用结果 */
  business_success?: boolean;
  /** 错误提示 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  record: 'String',
  table_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  id: 'String',
  business_success: 'Boolean',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.smartapp.table.add`: method, response root, request and response schemas. */
export const taobaoSmartappTableAddOperation = {
  method: 'taobao.smartapp.table.add',
  responseRoot: 'smartapp_table_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 智能应用服务登记工作表数据新增 — calls TOP method `taobao.smartapp.table.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSmartappTableAdd(
  client: TopClient,
  request: TaobaoSmartappTableAddRequest,
  options?: CallOptions,
): Promise<TaobaoSmartappTableAddResponse> {
  return client.call<TaobaoSmartappTableAddResponse>(
    {
      method: 'taobao.smartapp.table.add',
      responseRoot: 'smartapp_table_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
