// Generated from specs/tmallgenie/alibaba.ai.user.quick.bind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ai.user.quick.bind` (精灵用户绑定第三方账号信息). */
export interface AlibabaAiUserQuickBindRequest {
  /** 交易流水号（唯一即可，不参与业务运算） */
  serial_no?: string;
  /** 第三方用户类型 */
  ext_user_type?: string;
  /** 第三用户ID */
  ext_user_id?: string;
  /** 请求时间 */
  req_time?: string;
  /** 商户的用户的唯一ID */
  merchant_user_id?: string;
  /** 开放平台申请的schema */
  schema_key?: string;
}

/** Response of `alibaba.ai.user.quick.bind`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAiUserQuickBindResponse {
  /** 交易结果描述（例如： 交易成功、交易失败） */
  message?: string;
  /** 交易结果码（200：成功、其他：失败） */
  status_code?: Int64;
  /** 扩展字段，无用 */
  result?: string | Record<string, unknown>;
  /** 交易结果详细描述（例如：用户已经存在，交易失败） */
  message_detail?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  serial_no: 'String',
  ext_user_type: 'String',
  ext_user_id: 'String',
  req_time: 'String',
  merchant_user_id: 'String',
  schema_key: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  status_code: 'Number',
  result: 'Json',
  message_detail: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ai.user.quick.bind`: method, response root, request and response schemas. */
export const alibabaAiUserQuickBindOperation = {
  method: 'alibaba.ai.user.quick.bind',
  responseRoot: 'alibaba_ai_user_quick_bind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 精灵用户绑定第三方账号信息 — calls TOP method `alibaba.ai.user.quick.bind`.
 *
 * 人工智能实验室精灵用户绑定第三方账号信息接口，开放给Iot厂商做为厂商上送第三方账号信息的接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAiUserQuickBind(
  client: TopClient,
  request: AlibabaAiUserQuickBindRequest = {},
  options?: CallOptions,
): Promise<AlibabaAiUserQuickBindResponse> {
  return client.call<AlibabaAiUserQuickBindResponse>(
    {
      method: 'alibaba.ai.user.quick.bind',
      responseRoot: 'alibaba_ai_user_quick_bind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
