// Generated from specs/tvupadmin/yunos.tvpubadmin.manage.dialog.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.manage.dialog.delete` (删除全局弹窗). */
export interface YunosTvpubadminManageDialogDeleteRequest {
  /** 全局弹窗id */
  id?: Int64Input;
}

/** Response of `yunos.tvpubadmin.manage.dialog.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminManageDialogDeleteResponse {
  /** result */
  result?: YunosTvpubadminManageDialogDeleteTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResult` of `yunos.tvpubadmin.manage.dialog.delete`. */
export interface YunosTvpubadminManageDialogDeleteTopResult {
  /** retCode */
  ret_code?: Int64;
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** object */
  object?: Int64;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    ret_code: 'Number',
    error_code: 'String',
    error_msg: 'String',
    object: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.manage.dialog.delete`: method, response root, request and response schemas. */
export const yunosTvpubadminManageDialogDeleteOperation = {
  method: 'yunos.tvpubadmin.manage.dialog.delete',
  responseRoot: 'yunos_tvpubadmin_manage_dialog_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除全局弹窗 — calls TOP method `yunos.tvpubadmin.manage.dialog.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminManageDialogDelete(
  client: TopClient,
  request: YunosTvpubadminManageDialogDeleteRequest = {},
  options?: CallOptions,
): Promise<YunosTvpubadminManageDialogDeleteResponse> {
  return client.call<YunosTvpubadminManageDialogDeleteResponse>(
    {
      method: 'yunos.tvpubadmin.manage.dialog.delete',
      responseRoot: 'yunos_tvpubadmin_manage_dialog_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
