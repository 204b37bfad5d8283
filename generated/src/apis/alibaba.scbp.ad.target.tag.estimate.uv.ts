// Generated from specs/scbp/alibaba.scbp.ad.target.tag.estimate.uv.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.target.tag.estimate.uv` (标签人群预估). */
export interface AlibabaScbpAdTargetTagEstimateUvRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdTargetTagEstimateUvTopContextDtoInput;
  /** 请求参数 */
  tag_estimate_operation: AlibabaScbpAdTargetTagEstimateUvTagEstimateOperationDtoInput;
}

/** Response of `alibaba.scbp.ad.target.tag.estimate.uv`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdTargetTagEstimateUvResponse {
  /** 返回数据：key:optionValue, value: 人群id */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.target.tag.estimate.uv`. */
export interface AlibabaScbpAdTargetTagEstimateUvTopContextDtoInput {
  /** 产品线id */
  product_line_id: Int64Input;
  /** 产品id */
  product_id?: Int64Input;
}

/** `TagEstimateOperationDto` of `alibaba.scbp.ad.target.tag.estimate.uv`. */
export interface AlibabaScbpAdTargetTagEstimateUvTagEstimateOperationDtoInput {
  /** optionValues */
  option_values: string[];
}

const REQUEST_SCHEMA = {
  top_context: {
    product_line_id: 'Number',
    product_id: 'Number',
  },
  tag_estimate_operation: {
    option_values: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.target.tag.estimate.uv`: method, response root, request and response schemas. */
export const alibabaScbpAdTargetTagEstimateUvOperation = {
  method: 'alibaba.scbp.ad.target.tag.estimate.uv',
  responseRoot: 'alibaba_scbp_ad_target_tag_estimate_uv_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 标签人群预估 — calls TOP method `alibaba.scbp.ad.target.tag.estimate.uv`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdTargetTagEstimateUv(
  client: TopClient,
  request: AlibabaScbpAdTargetTagEstimateUvRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdTargetTagEstimateUvResponse> {
  return client.call<AlibabaScbpAdTargetTagEstimateUvResponse>(
    {
      method: 'alibaba.scbp.ad.target.tag.estimate.uv',
      responseRoot: 'alibaba_scbp_ad_target_tag_estimate_uv_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
