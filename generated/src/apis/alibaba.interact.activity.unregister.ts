// Generated from specs/interact/alibaba.interact.activity.unregister.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.activity.unregister` (ISV互动应用活动关闭服务). */
export interface AlibabaInteractActivityUnregisterRequest {
  /** 互动活动ID */
  biz_id: string;
}

/** Response of `alibaba.interact.activity.unregister`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractActivityUnregisterResponse {
  /** 关闭活动结果 */
  unregister_result?: AlibabaInteractActivityUnregisterAllsparkResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AllsparkResult` of `alibaba.interact.activity.unregister`. */
export interface AlibabaInteractActivityUnregisterAllsparkResult {
  /** 出错提示 */
  err_msg?: string;
  /** 出错代码 */
  err_code?: string;
  /** 是否注册成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  biz_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  unregister_result: {
    err_msg: 'String',
    err_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.activity.unregister`: method, response root, request and response schemas. */
export const alibabaInteractActivityUnregisterOperation = {
  method: 'alibaba.interact.activity.unregister',
  responseRoot: 'alibaba_interact_activity_unregister_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ISV互动应用活动关闭服务 — calls TOP method `alibaba.interact.activity.unregister`.
 *
 * 卖家在ISV互动应用中设置的活动主动关闭的服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractActivityUnregister(
  client: TopClient,
  request: AlibabaInteractActivityUnregisterRequest,
  options?: CallOptions,
): Promise<AlibabaInteractActivityUnregisterResponse> {
  return client.call<AlibabaInteractActivityUnregisterResponse>(
    {
      method: 'alibaba.interact.activity.unregister',
      responseRoot: 'alibaba_interact_activity_unregister_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
