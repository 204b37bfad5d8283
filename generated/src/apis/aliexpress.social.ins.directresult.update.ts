// Generated from specs/aliexpress/aliexpress.social.ins.directresult.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.social.ins.directresult.update` (ISV更新INS私信发送的结果). */
export interface AliexpressSocialInsDirectresultUpdateRequest {
  /** 回调id,在获取图片时会返回 */
  id: Int64Input;
  /** 接受消息人INS_ID，也就是查询图片时的request_ins_id */
  receive_ins_id: string;
  /** ISV发送私信人的INS_ID */
  sender_ins_id: string;
  /** 1.成功，2.失败。 */
  result: Int64Input;
}

/** Response of `aliexpress.social.ins.directresult.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSocialInsDirectresultUpdateResponse {
  /** 更新是否成功 */
  result?: boolean;
  /** 此次调用是否成功 */
  successs?: boolean;
  /** 错误码 */
  error_codee?: string;
  /** 错误信息 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  id: 'Number',
  receive_ins_id: 'String',
  sender_ins_id: 'String',
  result: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
  successs: 'Boolean',
  error_codee: 'String',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.social.ins.directresult.update`: method, response root, request and response schemas. */
export const aliexpressSocialInsDirectresultUpdateOperation = {
  method: 'aliexpress.social.ins.directresult.update',
  responseRoot: 'aliexpress_social_ins_directresult_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ISV更新INS私信发送的结果 — calls TOP method `aliexpress.social.ins.directresult.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSocialInsDirectresultUpdate(
  client: TopClient,
  request: AliexpressSocialInsDirectresultUpdateRequest,
  options?: CallOptions,
): Promise<AliexpressSocialInsDirectresultUpdateResponse> {
  return client.call<AliexpressSocialInsDirectresultUpdateResponse>(
    {
      method: 'aliexpress.social.ins.directresult.update',
      responseRoot: 'aliexpress_social_ins_directresult_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
