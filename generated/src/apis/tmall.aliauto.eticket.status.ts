// Generated from specs/tmallcar/tmall.aliauto.eticket.status.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.aliauto.eticket.status` (查询电子凭证状态). */
export interface TmallAliautoEticketStatusRequest {
  /** 核销码 */
  consume_code?: string;
}

/** Response of `tmall.aliauto.eticket.status`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallAliautoEticketStatusResponse {
  /** 返回的数据实体 */
  data?: TmallAliautoEticketStatusEticketInfoDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EticketInfoDto` of `tmall.aliauto.eticket.status`. */
export interface TmallAliautoEticketStatusEticketInfoDto {
  /** 核销状态 */
  status?: string;
  /** 核销状态描述 */
  status_desc?: string;
  /** 订单号 */
  order_id?: Int64;
}

const REQUEST_SCHEMA = {
  consume_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    status: 'String',
    status_desc: 'String',
    order_id: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.aliauto.eticket.status`: method, response root, request and response schemas. */
export const tmallAliautoEticketStatusOperation = {
  method: 'tmall.aliauto.eticket.status',
  responseRoot: 'tmall_aliauto_eticket_status_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询电子凭证状态 — calls TOP method `tmall.aliauto.eticket.status`.
 *
 * 查询天猫汽车二轮车行业门店电子凭证状态
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallAliautoEticketStatus(
  client: TopClient,
  request: TmallAliautoEticketStatusRequest = {},
  options?: CallOptions,
): Promise<TmallAliautoEticketStatusResponse> {
  return client.call<TmallAliautoEticketStatusResponse>(
    {
      method: 'tmall.aliauto.eticket.status',
      responseRoot: 'tmall_aliauto_eticket_status_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
