// Generated from specs/alihouse/alibaba.alihouse.admin.theme.update.status.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.admin.theme.update.status` (云主题上下架+删除). */
export interface AlibabaAlihouseAdminThemeUpdateStatusRequest {
  /** 请求云主题参数 */
  etc_theme_dto: AlibabaAlihouseAdminThemeUpdateStatusEtcThemeDTOInput;
}

/** Response of `alibaba.alihouse.admin.theme.update.status`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseAdminThemeUpdateStatusResponse {
  /** 返回结果 */
  result?: AlibabaAlihouseAdminThemeUpdateStatusResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EtcThemeDTO` of `alibaba.alihouse.admin.theme.update.status`. */
export interface AlibabaAlihouseAdminThemeUpdateStatusEtcThemeDTOInput {
  /** 云主题id */
  id?: Int64Input;
  /** 上下架状态（1上架，2下架） */
  online_status?: Int64Input;
  /** 是否删除(0:未删除 1:已删除) */
  is_deleted?: Int64Input;
  /** 外部主键id */
  outer_id: string;
}

/** `Result` of `alibaba.alihouse.admin.theme.update.status`. */
export interface AlibabaAlihouseAdminThemeUpdateStatusResult {
  /** code */
  code?: string;
  /** message */
  message?: string;
  /** 是否成功 */
  success?: boolean;
  /** 成功 */
  data?: boolean;
}

const REQUEST_SCHEMA = {
  etc_theme_dto: {
    id: 'Number',
    online_status: 'Number',
    is_deleted: 'Number',
    outer_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
    success: 'Boolean',
    data: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.admin.theme.update.status`: method, response root, request and response schemas. */
export const alibabaAlihouseAdminThemeUpdateStatusOperation = {
  method: 'alibaba.alihouse.admin.theme.update.status',
  responseRoot: 'alibaba_alihouse_admin_theme_update_status_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 云主题上下架+删除 — calls TOP method `alibaba.alihouse.admin.theme.update.status`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseAdminThemeUpdateStatus(
  client: TopClient,
  request: AlibabaAlihouseAdminThemeUpdateStatusRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseAdminThemeUpdateStatusResponse> {
  return client.call<AlibabaAlihouseAdminThemeUpdateStatusResponse>(
    {
      method: 'alibaba.alihouse.admin.theme.update.status',
      responseRoot: 'alibaba_alihouse_admin_theme_update_status_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
