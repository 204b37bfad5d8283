// Generated from specs/user/taobao.rdc.aligenius.account.validate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.rdc.aligenius.account.validate` (AG商家账号校验). */
export interface TaobaoRdcAligeniusAccountValidateRequest {}

/** Response of `taobao.rdc.aligenius.account.validate`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRdcAligeniusAccountValidateResponse {
  /** result */
  result?: TaobaoRdcAligeniusAccountValidateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.rdc.aligenius.account.validate`. */
export interface TaobaoRdcAligeniusAccountValidateResult {
  /** resultData */
  result_data?: TaobaoRdcAligeniusAccountValidateResultdata;
  /** errorInfo */
  error_info?: string;
  /** errorCode */
  error_code?: string;
  /** 为true时才有resultData */
  success?: boolean;
}

/** `Resultdata` of `taobao.rdc.aligenius.account.validate`. */
export interface TaobaoRdcAligeniusAccountValidateResultdata {
  /** 1=是AG用户，0=非AG用户 */
  ag_account?: Int64;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_data: {
      ag_account: 'Number',
    },
    error_info: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.rdc.aligenius.account.validate`: method, response root, request and response schemas. */
export const taobaoRdcAligeniusAccountValidateOperation = {
  method: 'taobao.rdc.aligenius.account.validate',
  responseRoot: 'rdc_aligenius_account_validate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * AG商家账号校验 — calls TOP method `taobao.rdc.aligenius.account.validate`.
 *
 * 提供应对接AG的erp系统查询其旗下的商家是否为AG商家
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRdcAligeniusAccountValidate(
  client: TopClient,
  request: TaobaoRdcAligeniusAccountValidateRequest = {},
  options?: CallOptions,
): Promise<TaobaoRdcAligeniusAccountValidateResponse> {
  return client.call<TaobaoRdcAligeniusAccountValidateResponse>(
    {
      method: 'taobao.rdc.aligenius.account.validate',
      responseRoot: 'rdc_aligenius_account_validate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
