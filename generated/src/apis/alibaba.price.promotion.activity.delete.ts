// Generated from specs/wdk/alibaba.price.promotion.activity.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.price.promotion.activity.delete` (删除档期活动). */
export interface AlibabaPricePromotionActivityDeleteRequest {
  /** 外部主键 */
  outer_promotion_code: string;
  /** 经营店OU */
  ou_code: string;
}

/** Response of `alibaba.price.promotion.activity.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaPricePromotionActivityDeleteResponse {
  /** result */
  result?: AlibabaPricePromotionActivityDeleteResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.price.promotion.activity.delete`. */
export interface AlibabaPricePromotionActivityDeleteResult {
  /** success */
  is_success?: boolean;
  /** data */
  data_list?: string[];
  /** code */
  result_code?: Int64;
  /** totalRecord */
  total_record?: Int64;
  /** msg */
  message?: string;
}

const REQUEST_SCHEMA = {
  outer_promotion_code: 'String',
  ou_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    is_success: 'Boolean',
    data_list: ['String'],
    result_code: 'Number',
    total_record: 'Number',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.price.promotion.activity.delete`: method, response root, request and response schemas. */
export const alibabaPricePromotionActivityDeleteOperation = {
  method: 'alibaba.price.promotion.activity.delete',
  responseRoot: 'alibaba_price_promotion_activity_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除档期活动 — calls TOP method `alibaba.price.promotion.activity.delete`.
 *
 * 删除盒马帮档期活动
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaPricePromotionActivityDelete(
  client: TopClient,
  request: AlibabaPricePromotionActivityDeleteRequest,
  options?: CallOptions,
): Promise<AlibabaPricePromotionActivityDeleteResponse> {
  return client.call<AlibabaPricePromotionActivityDeleteResponse>(
    {
      method: 'alibaba.price.promotion.activity.delete',
      responseRoot: 'alibaba_price_promotion_activity_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
