// Generated from specs/tmallgenie/alibaba.ailabs.aligenie.skill.message.push.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.aligenie.skill.message.push` (天猫精灵消息推送标准接口). */
export interface AlibabaAilabsAligenieSkillMessagePushRequest {
  /** 鉴权用户类型 */
  auth_account_type?: string;
  /** 要推送的消息内容 */
  content: string;
  /** 智能应用平台创建的技能id */
  skill_id: Int64Input;
  /** 接收方的用户Id，从技能WebHook中取得的userOpenId */
  account_type?: string;
  /** 消息推送的方式，和技能中申请的权限相关，可选值为TO_USER，TO_APP_BOX，BROADCAST */
  push_type: string;
  /** 是否是测试消息 */
  test?: boolean;
  /** TO_USER时必填，接收方的用户Id，从技能WebHook中取得的userOpenId */
  user_id?: string;
  /** 接收方的用户设备id，从技能WebHook中取得的deviceOpenId，填写设备id，则用户id必填，否则无法推送 */
  uuid?: string;
}

/** Response of `alibaba.ailabs.aligenie.skill.message.push`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsAligenieSkillMessagePushResponse {
  /** 消息推送错误码 */
  push_error_code?: string;
  /** 消息推送错误信息 */
  push_error_msg?: string;
  /** 消息推送是否成功 */
  model?: boolean;
  /** 接口调用是否成功 */
  push_result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  auth_account_type: 'String',
  content: 'String',
  skill_id: 'Number',
  account_type: 'String',
  push_type: 'String',
  test: 'Boolean',
  user_id: 'String',
  uuid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  push_error_code: 'String',
  push_error_msg: 'String',
  model: 'Boolean',
  push_result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.aligenie.skill.message.push`: method, response root, request and response schemas. */
export const alibabaAilabsAligenieSkillMessagePushOperation = {
  method: 'alibaba.ailabs.aligenie.skill.message.push',
  responseRoot: 'alibaba_ailabs_aligenie_skill_message_push_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫精灵消息推送标准接口 — calls TOP method `alibaba.ailabs.aligenie.skill.message.push`.
 *
 * 用于AliGenie技能开发者在技能内主动向音响推送消息的标准服务接口，只有订阅过该消息的用户才能收到消息；
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsAligenieSkillMessagePush(
  client: TopClient,
  request: AlibabaAilabsAligenieSkillMessagePushRequest,
  options?: CallOptions,
): Promise<AlibabaAilabsAligenieSkillMessagePushResponse> {
  return client.call<AlibabaAilabsAligenieSkillMessagePushResponse>(
    {
      method: 'alibaba.ailabs.aligenie.skill.message.push',
      responseRoot: 'alibaba_ailabs_aligenie_skill_message_push_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
