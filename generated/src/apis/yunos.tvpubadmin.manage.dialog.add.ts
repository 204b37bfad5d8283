// Generated from specs/tvupadmin/yunos.tvpubadmin.manage.dialog.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.manage.dialog.add` (新增全局弹窗). */
export interface YunosTvpubadminManageDialogAddRequest {
  /** 新增的全局弹窗json */
  dialog_json?: string;
}

/** Response of `yunos.tvpubadmin.manage.dialog.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminManageDialogAddResponse {
  /** result */
  result?: YunosTvpubadminManageDialogAddTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResult` of `yunos.tvpubadmin.manage.dialog.add`. */
export interface YunosTvpubadminManageDialogAddTopResult {
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

/** Static description of `yunos.tvpubadmin.manage.dialog.add`: method, response root, request and response schemas. */
export const yunosTvpubadminManageDialogAddOperation = {
  method: 'yunos.tvpubadmin.manage.dialog.add',
  responseRoot: 'yunos_tvpubadmin_manage_dialog_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新增全局弹窗 — calls TOP method `yunos.tvpubadmin.manage.dialog.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminManageDialogAdd(
  client: TopClient,
  request: YunosTvpubadminManageDialogAddRequest = {},
  options?: CallOptions,
): Promise<YunosTvpubadminManageDialogAddResponse> {
  return client.call<YunosTvpubadminManageDialogAddResponse>(
    {
      method: 'yunos.tvpubadmin.manage.dialog.add',
      responseRoot: 'yunos_tvpubadmin_manage_dialog_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
