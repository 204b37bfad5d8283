// Generated from specs/alink/alibaba.alink.message.config.set.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alink.message.config.set` (消息提醒开关). */
export interface AlibabaAlinkMessageConfigSetRequest {
  /** 设备id */
  uuid: string;
  /** 0：开启，1：关闭 */
  push_disabled: string;
}

/** Response of `alibaba.alink.message.config.set`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlinkMessageConfigSetResponse {
  /** 结果 */
  result?: AlibabaAlinkMessageConfigSetTopServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopServiceResult` of `alibaba.alink.message.config.set`. */
export interface AlibabaAlinkMessageConfigSetTopServiceResult {
  /** 接口返回数据 */
  data?: string | Record<string, unknown>;
  /** code */
  code?: string;
  /** 是否成功 */
  success?: boolean;
  /** message */
  msg?: string;
  /** 详细描述 */
  description?: string;
}

const REQUEST_SCHEMA = {
  uuid: 'String',
  push_disabled: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Json',
    code: 'String',
    success: 'Boolean',
    msg: 'String',
    description: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alink.message.config.set`: method, response root, request and response schemas. */
export const alibabaAlinkMessageConfigSetOperation = {
  method: 'alibaba.alink.message.config.set',
  responseRoot: 'alibaba_alink_message_config_set_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 消息提醒开关 — calls TOP method `alibaba.alink.message.config.set`.
 *
 * 阿里智能消息开关
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlinkMessageConfigSet(
  client: TopClient,
  request: AlibabaAlinkMessageConfigSetRequest,
  options?: CallOptions,
): Promise<AlibabaAlinkMessageConfigSetResponse> {
  return client.call<AlibabaAlinkMessageConfigSetResponse>(
    {
      method: 'alibaba.alink.message.config.set',
      responseRoot: 'alibaba_alink_message_config_set_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
