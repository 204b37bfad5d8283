// Generated from specs/baichuan/alibaba.baichuan.taopassword.config.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.baichuan.taopassword.config` (淘口令配置数据). */
export interface AlibabaBaichuanTaopasswordConfigRequest {}

/** Response of `alibaba.baichuan.taopassword.config`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaBaichuanTaopasswordConfigResponse {
  /** result */
  result?: AlibabaBaichuanTaopasswordConfigShareResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ShareResult` of `alibaba.baichuan.taopassword.config`. */
export interface AlibabaBaichuanTaopasswordConfigShareResult {
  /** model */
  model?: AlibabaBaichuanTaopasswordConfigPasswordRuleResultDto;
  /** resultCode */
  result_code?: AlibabaBaichuanTaopasswordConfigResultCode;
  /** totalNumber */
  total_number?: Int64;
  /** isSuccess */
  is_success?: boolean;
}

/** `PasswordRuleResultDto` of `alibaba.baichuan.taopassword.config`. */
export interface AlibabaBaichuanTaopasswordConfigPasswordRuleResultDto {
  /** level */
  level?: string;
  /** miaoPasswordRegular */
  miao_password_regulars?: string[];
  /** passwordRegular */
  password_regulars?: string[];
}

/** `ResultCode` of `alibaba.baichuan.taopassword.config`. */
export interface AlibabaBaichuanTaopasswordConfigResultCode {
  /** message */
  message?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      level: 'String',
      miao_password_regulars: ['String'],
      password_regulars: ['String'],
    },
    result_code: {
      message: 'String',
      code: 'String',
    },
    total_number: 'Number',
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.baichuan.taopassword.config`: method, response root, request and response schemas. */
export const alibabaBaichuanTaopasswordConfigOperation = {
  method: 'alibaba.baichuan.taopassword.config',
  responseRoot: 'alibaba_baichuan_taopassword_config_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘口令配置数据 — calls TOP method `alibaba.baichuan.taopassword.config`.
 *
 * 百川淘口令规则配置接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaBaichuanTaopasswordConfig(
  client: TopClient,
  request: AlibabaBaichuanTaopasswordConfigRequest = {},
  options?: CallOptions,
): Promise<AlibabaBaichuanTaopasswordConfigResponse> {
  return client.call<AlibabaBaichuanTaopasswordConfigResponse>(
    {
      method: 'alibaba.baichuan.taopassword.config',
      responseRoot: 'alibaba_baichuan_taopassword_config_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
