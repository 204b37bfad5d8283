// Generated from specs/miniapp/taobao.smartapp.smartform.data.write.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.smartapp.smartform.data.write` (智能表单外部更新数据). */
export interface TaobaoSmartappSmartformDataWriteRequest {
  /** 需变更的表单数据 */
  form_data: string;
  /** 需变更的数据ID，不填表示插入 */
  record_id?: string;
  /** 智能表单唯一标识 */
  form_identifier: string;
}

/** Response of `taobao.smartapp.smartform.data.write`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSmartappSmartformDataWriteResponse {
  /** 操作数据ID */
  record_id?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  form_data: 'String',
  record_id: 'String',
  form_identifier: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  record_id: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.smartapp.smartform.data.write`: method, response root, request and response schemas. */
export const taobaoSmartappSmartformDataWriteOperation = {
  method: 'taobao.smartapp.smartform.data.write',
  responseRoot: 'smartapp_smartform_data_write_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 智能表单外部更新数据 — calls TOP method `taobao.smartapp.smartform.data.write`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSmartappSmartformDataWrite(
  client: TopClient,
  request: TaobaoSmartappSmartformDataWriteRequest,
  options?: CallOptions,
): Promise<TaobaoSmartappSmartformDataWriteResponse> {
  return client.call<TaobaoSmartappSmartformDataWriteResponse>(
    {
      method: 'taobao.smartapp.smartform.data.write',
      responseRoot: 'smartapp_smartform_data_write_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
