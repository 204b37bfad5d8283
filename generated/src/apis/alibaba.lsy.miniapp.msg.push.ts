// Generated from specs/tmc/alibaba.lsy.miniapp.msg.push.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lsy.miniapp.msg.push` (零售云小程序消息推送). */
export interface AlibabaLsyMiniappMsgPushRequest {
  /** 小程序ID */
  app_id?: string;
  /** 消息ID */
  msg_id?: Int64Input;
  /** 摊位ID */
  store_id?: Int64Input;
  /** 消息模板，miaoling_msg_isv_clue - 线索通知消息 */
  template_id?: string;
  /** 消息参数 */
  params?: string;
}

/** Response of `alibaba.lsy.miniapp.msg.push`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLsyMiniappMsgPushResponse {
  /** 错误提示 */
  fail_msg?: string;
  /** 错误码 */
  fail_code?: string;
  /** 是否成功 */
  succ?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  app_id: 'String',
  msg_id: 'Number',
  store_id: 'Number',
  template_id: 'String',
  params: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  fail_msg: 'String',
  fail_code: 'String',
  succ: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lsy.miniapp.msg.push`: method, response root, request and response schemas. */
export const alibabaLsyMiniappMsgPushOperation = {
  method: 'alibaba.lsy.miniapp.msg.push',
  responseRoot: 'alibaba_lsy_miniapp_msg_push_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 零售云小程序消息推送 — calls TOP method `alibaba.lsy.miniapp.msg.push`.
 *
 * 零售云小程序消息推送，推送消息至零售云（喵零等）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLsyMiniappMsgPush(
  client: TopClient,
  request: AlibabaLsyMiniappMsgPushRequest = {},
  options?: CallOptions,
): Promise<AlibabaLsyMiniappMsgPushResponse> {
  return client.call<AlibabaLsyMiniappMsgPushResponse>(
    {
      method: 'alibaba.lsy.miniapp.msg.push',
      responseRoot: 'alibaba_lsy_miniapp_msg_push_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
