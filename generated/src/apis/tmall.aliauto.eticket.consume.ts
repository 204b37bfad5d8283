// Generated from specs/tmallcar/tmall.aliauto.eticket.consume.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.aliauto.eticket.consume` (天猫汽车二轮车电子凭证核销). */
export interface TmallAliautoEticketConsumeRequest {
  /** 核销码 */
  consume_code?: string;
  /** 导购编码 */
  employee_no?: string;
  /** 门店编码 */
  store_no?: string;
}

/** Response of `tmall.aliauto.eticket.consume`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallAliautoEticketConsumeResponse {
  /** 返回的数据实体 */
  data?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  consume_code: 'String',
  employee_no: 'String',
  store_no: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `tmall.aliauto.eticket.consume`: method, response root, request and response schemas. */
export const tmallAliautoEticketConsumeOperation = {
  method: 'tmall.aliauto.eticket.consume',
  responseRoot: 'tmall_aliauto_eticket_consume_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫汽车二轮车电子凭证核销 — calls TOP method `tmall.aliauto.eticket.consume`.
 *
 * 天猫汽车二轮车行业门店电子凭证核销
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallAliautoEticketConsume(
  client: TopClient,
  request: TmallAliautoEticketConsumeRequest = {},
  options?: CallOptions,
): Promise<TmallAliautoEticketConsumeResponse> {
  return client.call<TmallAliautoEticketConsumeResponse>(
    {
      method: 'tmall.aliauto.eticket.consume',
      responseRoot: 'tmall_aliauto_eticket_consume_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
