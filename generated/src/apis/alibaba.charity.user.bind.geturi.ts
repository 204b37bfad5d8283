// Generated from specs/charity/alibaba.charity.user.bind.geturi.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.charity.user.bind.geturi` (获取用户绑定uri). */
export interface AlibabaCharityUserBindGeturiRequest {
  /** 扩展字段 */
  features?: string;
  /** 跳转平台的类型 */
  platform?: string;
  /** 链接超时时间 */
  timeout?: Int64Input;
  /** 三方用户id */
  user_key: string;
  /** 三方用户昵称 */
  user_nick: string;
}

/** Response of `alibaba.charity.user.bind.geturi`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCharityUserBindGeturiResponse {
  /** 结果 */
  result?: AlibabaCharityUserBindGeturiThreehoursResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ThreehoursResult` of `alibaba.charity.user.bind.geturi`. */
export interface AlibabaCharityUserBindGeturiThreehoursResult {
  /** 错误码 */
  code?: string;
  /** 结果 */
  data?: AlibabaCharityUserBindGeturiJumpAddressDTO;
  /** 是否失败 */
  fail?: string;
  /** 消息 */
  msg?: string;
  /** 是否成功 */
  success?: string;
}

/** `JumpAddressDTO` of `alibaba.charity.user.bind.geturi`. */
export interface AlibabaCharityUserBindGeturiJumpAddressDTO {
  /** 跳转uri */
  uri?: string;
}

const REQUEST_SCHEMA = {
  features: 'String',
  platform: 'String',
  timeout: 'Number',
  user_key: 'String',
  user_nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      uri: 'String',
    },
    fail: 'String',
    msg: 'String',
    success: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.charity.user.bind.geturi`: method, response root, request and response schemas. */
export const alibabaCharityUserBindGeturiOperation = {
  method: 'alibaba.charity.user.bind.geturi',
  responseRoot: 'alibaba_charity_user_bind_geturi_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取用户绑定uri — calls TOP method `alibaba.charity.user.bind.geturi`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCharityUserBindGeturi(
  client: TopClient,
  request: AlibabaCharityUserBindGeturiRequest,
  options?: CallOptions,
): Promise<AlibabaCharityUserBindGeturiResponse> {
  return client.call<AlibabaCharityUserBindGeturiResponse>(
    {
      method: 'alibaba.charity.user.bind.geturi',
      responseRoot: 'alibaba_charity_user_bind_geturi_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
