// Generated from specs/servicecenter/taobao.vas.service.validate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.vas.service.validate` (增值服务订购服务验证). */
export interface TaobaoVasServiceValidateRequest {
  /** 用户昵称 */
  nick: string;
  /** 服务编码 */
  serv_code: string;
}

/** Response of `taobao.vas.service.validate`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoVasServiceValidateResponse {
  /** none 没有订购,open 已经开通服务,freeze 服务已经冻结,close 服务已经关闭,error 系统错误 */
  status?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  serv_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  status: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.vas.service.validate`: method, response root, request and response schemas. */
export const taobaoVasServiceValidateOperation = {
  method: 'taobao.vas.service.validate',
  responseRoot: 'vas_service_validate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 增值服务订购服务验证 — calls TOP method `taobao.vas.service.validate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoVasServiceValidate(
  client: TopClient,
  request: TaobaoVasServiceValidateRequest,
  options?: CallOptions,
): Promise<TaobaoVasServiceValidateResponse> {
  return client.call<TaobaoVasServiceValidateResponse>(
    {
      method: 'taobao.vas.service.validate',
      responseRoot: 'vas_service_validate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
