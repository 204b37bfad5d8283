// Generated from specs/lstpos/alibaba.lst.pos.open.account.checkissettled.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.pos.open.account.checkissettled` (校验当前用户是否入驻了零售通门店接口). */
export interface AlibabaLstPosOpenAccountCheckissettledRequest {
  /** 当前登录主账号userId */
  user_id: Int64Input;
}

/** Response of `alibaba.lst.pos.open.account.checkissettled`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstPosOpenAccountCheckissettledResponse {
  /** 结果对象 */
  result?: AlibabaLstPosOpenAccountCheckissettledResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `alibaba.lst.pos.open.account.checkissettled`. */
export interface AlibabaLstPosOpenAccountCheckissettledResultDto {
  /** 错误信息描述 */
  error_message?: string;
  /** 接口具体返回的业务数据对象 */
  module?: string;
  /** 业务错误码 */
  error_code?: string;
  /** 接口调用是否成功 true:调用成功 false:调用失败 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  user_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    module: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.pos.open.account.checkissettled`: method, response root, request and response schemas. */
export const alibabaLstPosOpenAccountCheckissettledOperation = {
  method: 'alibaba.lst.pos.open.account.checkissettled',
  responseRoot: 'alibaba_lst_pos_open_account_checkissettled_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 校验当前用户是否入驻了零售通门店接口 — calls TOP method `alibaba.lst.pos.open.account.checkissettled`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstPosOpenAccountCheckissettled(
  client: TopClient,
  request: AlibabaLstPosOpenAccountCheckissettledRequest,
  options?: CallOptions,
): Promise<AlibabaLstPosOpenAccountCheckissettledResponse> {
  return client.call<AlibabaLstPosOpenAccountCheckissettledResponse>(
    {
      method: 'alibaba.lst.pos.open.account.checkissettled',
      responseRoot: 'alibaba_lst_pos_open_account_checkissettled_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
