// Generated from specs/tmallnr/tmall.nrt.coupon.instance.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nrt.coupon.instance.query` (查询用户券实例). */
export interface TmallNrtCouponInstanceQueryRequest {
  /** 券实例id */
  instance_ids?: string;
  /** 业务身份 */
  biz_code?: string;
  /** 券类型 */
  coupon_types?: string;
  /** 加密后的uid */
  user_id?: string;
}

/** Response of `tmall.nrt.coupon.instance.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrtCouponInstanceQueryResponse {
  /** 接口返回model */
  result?: TmallNrtCouponInstanceQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.nrt.coupon.instance.query`. */
export interface TmallNrtCouponInstanceQueryResult {
  /** code */
  code?: string;
  /** 券实例实体 */
  models?: string[];
  /** message */
  message?: string;
}

const REQUEST_SCHEMA = {
  instance_ids: 'String',
  biz_code: 'String',
  coupon_types: 'String',
  user_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    models: ['String'],
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.nrt.coupon.instance.query`: method, response root, request and response schemas. */
export const tmallNrtCouponInstanceQueryOperation = {
  method: 'tmall.nrt.coupon.instance.query',
  responseRoot: 'tmall_nrt_coupon_instance_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询用户券实例 — calls TOP method `tmall.nrt.coupon.instance.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrtCouponInstanceQuery(
  client: TopClient,
  request: TmallNrtCouponInstanceQueryRequest = {},
  options?: CallOptions,
): Promise<TmallNrtCouponInstanceQueryResponse> {
  return client.call<TmallNrtCouponInstanceQueryResponse>(
    {
      method: 'tmall.nrt.coupon.instance.query',
      responseRoot: 'tmall_nrt_coupon_instance_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
