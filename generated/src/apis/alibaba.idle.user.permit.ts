// Generated from specs/idle/alibaba.idle.user.permit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.user.permit` (用户appkey授权). */
export interface AlibabaIdleUserPermitRequest {
  /** 授权请求 */
  param_user_grant_request?: AlibabaIdleUserPermitUserGrantRequestInput;
}

/** Response of `alibaba.idle.user.permit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleUserPermitResponse {
  /** 返回包装类 */
  result?: AlibabaIdleUserPermitBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UserGrantRequest` of `alibaba.idle.user.permit`. */
export interface AlibabaIdleUserPermitUserGrantRequestInput {
  /** 当前用户的所属业务类型编码，优品&开放平台业务 默认使用 IDLE_TOP */
  biz_code: string;
  /** 场景码，标识品类。22:虚拟卡券/账号 */
  scene_type?: string;
}

/** `BaseResult` of `alibaba.idle.user.permit`. */
export interface AlibabaIdleUserPermitBaseResult {
  /** 授权结果 */
  data?: boolean;
  /** 错误码 */
  err_code?: string;
  /** 错误描述 */
  err_msg?: string;
  /** 请求是否执行成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param_user_grant_request: {
    biz_code: 'String',
    scene_type: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
    err_code: 'String',
    err_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.user.permit`: method, response root, request and response schemas. */
export const alibabaIdleUserPermitOperation = {
  method: 'alibaba.idle.user.permit',
  responseRoot: 'alibaba_idle_user_permit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 用户appkey授权 — calls TOP method `alibaba.idle.user.permit`.
 *
 * 闲鱼卖家与服务商关系绑定，用于业务数据分发/授权校验/消息通知鉴权
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleUserPermit(
  client: TopClient,
  request: AlibabaIdleUserPermitRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleUserPermitResponse> {
  return client.call<AlibabaIdleUserPermitResponse>(
    {
      method: 'alibaba.idle.user.permit',
      responseRoot: 'alibaba_idle_user_permit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
