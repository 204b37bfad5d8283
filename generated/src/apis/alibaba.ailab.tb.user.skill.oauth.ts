// Generated from specs/alilabs/alibaba.ailab.tb.user.skill.oauth.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailab.tb.user.skill.oauth` (用户技能 Oauth 授权（淘宝 openId）). */
export interface AlibabaAilabTbUserSkillOauthRequest {
  /** taobao open id */
  taobao_id: string;
  /** access token 过期时间，单位：秒 */
  expire_in: Int64Input;
  /** access token */
  oauth_access_token: string;
  /** refresh token */
  refresh_token: string;
}

/** Response of `alibaba.ailab.tb.user.skill.oauth`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabTbUserSkillOauthResponse {
  /** message */
  message?: string;
  /** 返回码，200 代表成功 */
  status_code?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  taobao_id: 'String',
  expire_in: 'Number',
  oauth_access_token: 'String',
  refresh_token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  status_code: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailab.tb.user.skill.oauth`: method, response root, request and response schemas. */
export const alibabaAilabTbUserSkillOauthOperation = {
  method: 'alibaba.ailab.tb.user.skill.oauth',
  responseRoot: 'alibaba_ailab_tb_user_skill_oauth_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 用户技能 Oauth 授权（淘宝 openId） — calls TOP method `alibaba.ailab.tb.user.skill.oauth`.
 *
 * 定制机厂商，在用户配网完成后，厂商调用此接口，写入特定技能的 Oauth 信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabTbUserSkillOauth(
  client: TopClient,
  request: AlibabaAilabTbUserSkillOauthRequest,
  options?: CallOptions,
): Promise<AlibabaAilabTbUserSkillOauthResponse> {
  return client.call<AlibabaAilabTbUserSkillOauthResponse>(
    {
      method: 'alibaba.ailab.tb.user.skill.oauth',
      responseRoot: 'alibaba_ailab_tb_user_skill_oauth_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
