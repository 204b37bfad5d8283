// Generated from specs/icbu/alibaba.icbu.product.score.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.icbu.product.score.get` (产品质量分查询). */
export interface AlibabaIcbuProductScoreGetRequest {
  /** 混淆后的商品ID */
  product_id: string;
}

/** Response of `alibaba.icbu.product.score.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIcbuProductScoreGetResponse {
  /** 系统自动生成 */
  result?: AlibabaIcbuProductScoreGetProductScoreInfoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProductScoreInfoResult` of `alibaba.icbu.product.score.get`. */
export interface AlibabaIcbuProductScoreGetProductScoreInfoResult {
  /** 精品标，，返回字段中 boutique_tag 含义： 1 精品 2 普通品 3 低质品 4 实力优品 */
  boutique_tag?: Int64;
  /** 质量分 */
  final_score?: string;
}

const REQUEST_SCHEMA = {
  product_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    boutique_tag: 'Number',
    final_score: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.icbu.product.score.get`: method, response root, request and response schemas. */
export const alibabaIcbuProductScoreGetOperation = {
  method: 'alibaba.icbu.product.score.get',
  responseRoot: 'alibaba_icbu_product_score_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 产品质量分查询 — calls TOP method `alibaba.icbu.product.score.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIcbuProductScoreGet(
  client: TopClient,
  request: AlibabaIcbuProductScoreGetRequest,
  options?: CallOptions,
): Promise<AlibabaIcbuProductScoreGetResponse> {
  return client.call<AlibabaIcbuProductScoreGetResponse>(
    {
      method: 'alibaba.icbu.product.score.get',
      responseRoot: 'alibaba_icbu_product_score_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
