// Generated from specs/alihouse/alibaba.alihouse.newhome.adviser.submit.account.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.adviser.submit.account` (顾问入职离职). */
export interface AlibabaAlihouseNewhomeAdviserSubmitAccountRequest {
  /** 外部顾问ID */
  outer_consultant_id?: string;
  /** 1-入职 2-离职 */
  status?: Int64Input;
  /** 外部门店id */
  outer_shop_id?: string;
  /** 版本号，时间戳 */
  version?: Int64Input;
}

/** Response of `alibaba.alihouse.newhome.adviser.submit.account`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeAdviserSubmitAccountResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeAdviserSubmitAccountResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihouse.newhome.adviser.submit.account`. */
export interface AlibabaAlihouseNewhomeAdviserSubmitAccountResult {
  /** 返回素材id */
  data?: string;
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  outer_consultant_id: 'String',
  status: 'Number',
  outer_shop_id: 'String',
  version: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.adviser.submit.account`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeAdviserSubmitAccountOperation = {
  method: 'alibaba.alihouse.newhome.adviser.submit.account',
  responseRoot: 'alibaba_alihouse_newhome_adviser_submit_account_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 顾问入职离职 — calls TOP method `alibaba.alihouse.newhome.adviser.submit.account`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeAdviserSubmitAccount(
  client: TopClient,
  request: AlibabaAlihouseNewhomeAdviserSubmitAccountRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeAdviserSubmitAccountResponse> {
  return client.call<AlibabaAlihouseNewhomeAdviserSubmitAccountResponse>(
    {
      method: 'alibaba.alihouse.newhome.adviser.submit.account',
      responseRoot: 'alibaba_alihouse_newhome_adviser_submit_account_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
