// Generated from specs/degoperation/taobao.degoperation.check.addr.status.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.degoperation.check.addr.status` (地址). */
export interface TaobaoDegoperationCheckAddrStatusRequest {
  /** 奖品唯一标识 */
  sequence_no: Int64Input;
}

/** Response of `taobao.degoperation.check.addr.status`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoDegoperationCheckAddrStatusResponse {
  /** result */
  result?: TaobaoDegoperationCheckAddrStatusBonusResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BonusResultDto` of `taobao.degoperation.check.addr.status`. */
export interface TaobaoDegoperationCheckAddrStatusBonusResultDto {
  /** updateAddress=是否填写了收货地址 */
  data?: string;
  /** error */
  error?: boolean;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  sequence_no: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
    error: 'Boolean',
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.degoperation.check.addr.status`: method, response root, request and response schemas. */
export const taobaoDegoperationCheckAddrStatusOperation = {
  method: 'taobao.degoperation.check.addr.status',
  responseRoot: 'degoperation_check_addr_status_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 地址 — calls TOP method `taobao.degoperation.check.addr.status`.
 *
 * 激励
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoDegoperationCheckAddrStatus(
  client: TopClient,
  request: TaobaoDegoperationCheckAddrStatusRequest,
  options?: CallOptions,
): Promise<TaobaoDegoperationCheckAddrStatusResponse> {
  return client.call<TaobaoDegoperationCheckAddrStatusResponse>(
    {
      method: 'taobao.degoperation.check.addr.status',
      responseRoot: 'degoperation_check_addr_status_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
