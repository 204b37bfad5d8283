// Generated from specs/baichuan/alibaba.baichuan.ctg.user.relation.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.baichuan.ctg.user.relation` (用户). */
export interface AlibabaBaichuanCtgUserRelationRequest {
  /** 调用的业务方 */
  app?: string;
  /** 业务方的用户ID */
  uid?: string;
  /** 淘宝的用户ID */
  tb_uid?: string;
}

/** Response of `alibaba.baichuan.ctg.user.relation`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaBaichuanCtgUserRelationResponse {
  /** 返回的整体结果 */
  result?: AlibabaBaichuanCtgUserRelationResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.baichuan.ctg.user.relation`. */
export interface AlibabaBaichuanCtgUserRelationResult {
  /** 返回结果，数值型，1：代表已绑定达人身份，2代表未绑定达人身份 */
  module?: Int64;
  /** 错误信息 */
  error_detail?: string;
  /** 错误码结构体 */
  error_code?: AlibabaBaichuanCtgUserRelationErrorCode;
  /** 返回成功与否 */
  success?: boolean;
}

/** `ErrorCode` of `alibaba.baichuan.ctg.user.relation`. */
export interface AlibabaBaichuanCtgUserRelationErrorCode {
  /** 详细错误信息 */
  message?: string;
  /** 错误码 */
  code?: string;
}

const REQUEST_SCHEMA = {
  app: 'String',
  uid: 'String',
  tb_uid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: 'Number',
    error_detail: 'String',
    error_code: {
      message: 'String',
      code: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.baichuan.ctg.user.relation`: method, response root, request and response schemas. */
export const alibabaBaichuanCtgUserRelationOperation = {
  method: 'alibaba.baichuan.ctg.user.relation',
  responseRoot: 'alibaba_baichuan_ctg_user_relation_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 用户 — calls TOP method `alibaba.baichuan.ctg.user.relation`.
 *
 * 提供给优酷查询道长和淘宝账户的绑定关系
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaBaichuanCtgUserRelation(
  client: TopClient,
  request: AlibabaBaichuanCtgUserRelationRequest = {},
  options?: CallOptions,
): Promise<AlibabaBaichuanCtgUserRelationResponse> {
  return client.call<AlibabaBaichuanCtgUserRelationResponse>(
    {
      method: 'alibaba.baichuan.ctg.user.relation',
      responseRoot: 'alibaba_baichuan_ctg_user_relation_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
