// Generated from specs/tvupadmin/yunos.tvpubadmin.manage.dialog.edit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.manage.dialog.edit` (编辑全局弹窗). */
export interface YunosTvpubadminManageDialogEditRequest {
  /** 待编辑的全局弹窗 */
  dialog_json?: string;
}

/** Response of `yunos.tvpubadmin.manage.dialog.edit`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminManageDialogEditResponse {
  /** result */
  result?: YunosTvpubadminManageDialogEditTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResult` of `yunos.tvpubadmin.manage.dialog.edit`. */
export interface YunosTvpubadminManageDialogEditTopResult {
  /** retCode */
  ret_code?: Int64;
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** object */
  object?: boolean;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  dialog_json: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    ret_code: 'Number',
    error_code: 'String',
    error_msg: 'String',
    object: 'Boolean',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.manage.dialog.edit`: method, response root, request and response schemas. */
export const yunosTvpubadminManageDialogEditOperation = {
  method: 'yunos.tvpubadmin.manage.dialog.edit',
  responseRoot: 'yunos_tvpubadmin_manage_dialog_edit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 编辑全局弹窗 — calls TOP method `yunos.tvpubadmin.manage.dialog.edit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminManageDialogEdit(
  client: TopClient,
  request: YunosTvpubadminManageDialogEditRequest = {},
  options?: CallOptions,
): Promise<YunosTvpubadminManageDialogEditResponse> {
  return client.call<YunosTvpubadminManageDialogEditResponse>(
    {
      method: 'yunos.tvpubadmin.manage.dialog.edit',
      responseRoot: 'yunos_tvpubadmin_manage_dialog_edit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
