// Generated from specs/campus/alibaba.guard.access.auth.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.guard.access.auth` (鉴权). */
export interface AlibabaGuardAccessAuthRequest {
  /** 鉴权结果DTO */
  identify_auth_dto?: AlibabaGuardAccessAuthIdentifyAuthDTOInput;
}

/** Response of `alibaba.guard.access.auth`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaGuardAccessAuthResponse {
  /** 结果 */
  result?: AlibabaGuardAccessAuthPojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IdentifyAuthDTO` of `alibaba.guard.access.auth`. */
export interface AlibabaGuardAccessAuthIdentifyAuthDTOInput {
  /** 指定鉴权类型 */
  auth_type_enum: string;
  /** 属性json */
  properties_json: string;
  /** [] */
  voucher_list: AlibabaGuardAccessAuthVoucherDTOInput[];
  /** 应用code */
  app_code: string;
  /** 子设备ID */
  device_id: string;
  /** 时间戳 */
  time_stamp: Int64Input;
  /** 签名 */
  sign: string;
}

/** `VoucherDTO` of `alibaba.guard.access.auth`. */
export interface AlibabaGuardAccessAuthVoucherDTOInput {
  /** 卡号 */
  voucher_no: string;
  /** xxx */
  voucher_type_enum: string;
}

/** `PojoResult` of `alibaba.guard.access.auth`. */
export interface AlibabaGuardAccessAuthPojoResult {
  /** 内容 */
  content?: AlibabaGuardAccessAuthIdentifyAuthResultDto;
  /** 错误码 */
  error_code?: string;
  /** 接口请求响应码 */
  error_msg?: string;
  /** 接口是否请求成功 */
  success?: boolean;
}

/** `IdentifyAuthResultDto` of `alibaba.guard.access.auth`. */
export interface AlibabaGuardAccessAuthIdentifyAuthResultDto {
  /** 业务id */
  biz_code?: string;
  /** 鉴权结果码 */
  error_code?: string;
  /** 鉴权结果消息 */
  error_msg?: string;
  /** 用户信息 */
  user?: AlibabaGuardAccessAuthUserDTO;
}

/** `UserDTO` of `alibaba.guard.access.auth`. */
export interface AlibabaGuardAccessAuthUserDTO {
  /** 用户自定义ID */
  user_id?: string;
  /** 公司ID */
  company_id?: Int64;
  /** name */
  name?: string;
}

const REQUEST_SCHEMA = {
  identify_auth_dto: {
    auth_type_enum: 'String',
    properties_json: 'String',
    voucher_list: [
      {
        voucher_no: 'String',
        voucher_type_enum: 'String',
      },
    ],
    app_code: 'String',
    device_id: 'String',
    time_stamp: 'Number',
    sign: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: {
      biz_code: 'String',
      error_code: 'String',
      error_msg: 'String',
      user: {
        user_id: 'String',
        company_id: 'Number',
        name: 'String',
      },
    },
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.guard.access.auth`: method, response root, request and response schemas. */
export const alibabaGuardAccessAuthOperation = {
  method: 'alibaba.guard.access.auth',
  responseRoot: 'alibaba_guard_access_auth_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 鉴权 — calls TOP method `alibaba.guard.access.auth`.
 *
 * 刷卡鉴权
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaGuardAccessAuth(
  client: TopClient,
  request: AlibabaGuardAccessAuthRequest = {},
  options?: CallOptions,
): Promise<AlibabaGuardAccessAuthResponse> {
  return client.call<AlibabaGuardAccessAuthResponse>(
    {
      method: 'alibaba.guard.access.auth',
      responseRoot: 'alibaba_guard_access_auth_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
