// Generated from specs/scbp/alibaba.scbp.ad.group.create.forbidden.product.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.group.create.forbidden.product` (创建屏蔽品). */
export interface AlibabaScbpAdGroupCreateForbiddenProductRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdGroupCreateForbiddenProductTopContextDtoInput;
  /** 计划id */
  campaign_id: Int64Input;
  /** 查询条件 */
  forbidden_product_batch_operation: AlibabaScbpAdGroupCreateForbiddenProductForbiddenProductBatchOperationDtoInput;
}

/** Response of `alibaba.scbp.ad.group.create.forbidden.product`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdGroupCreateForbiddenProductResponse {
  /** 返回结果 */
  result?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.group.create.forbidden.product`. */
export interface AlibabaScbpAdGroupCreateForbiddenProductTopContextDtoInput {
  /** 产品线id */
  product_line_id: Int64Input;
  /** 产品id */
  product_id?: Int64Input;
}

/** `ForbiddenProductBatchOperationDto` of `alibaba.scbp.ad.group.create.forbidden.product`. */
export interface AlibabaScbpAdGroupCreateForbiddenProductForbiddenProductBatchOperationDtoInput {
  /** 查询条件 */
  forbidden_product_operation_list: AlibabaScbpAdGroupCreateForbiddenProductForbiddenProductOperationDtoInput[];
}

/** `ForbiddenProductOperationDto` of `alibaba.scbp.ad.group.create.forbidden.product`. */
export interface AlibabaScbpAdGroupCreateForbiddenProductForbiddenProductOperationDtoInput {
  /** 产品id */
  product_id: Int64Input;
}

const REQUEST_SCHEMA = {
  top_context: {
    product_line_id: 'Number',
    product_id: 'Number',
  },
  campaign_id: 'Number',
  forbidden_product_batch_operation: {
    forbidden_product_operation_list: [
      {
        product_id: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.group.create.forbidden.product`: method, response root, request and response schemas. */
export const alibabaScbpAdGroupCreateForbiddenProductOperation = {
  method: 'alibaba.scbp.ad.group.create.forbidden.product',
  responseRoot: 'alibaba_scbp_ad_group_create_forbidden_product_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建屏蔽品 — calls TOP method `alibaba.scbp.ad.group.create.forbidden.product`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdGroupCreateForbiddenProduct(
  client: TopClient,
  request: AlibabaScbpAdGroupCreateForbiddenProductRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdGroupCreateForbiddenProductResponse> {
  return client.call<AlibabaScbpAdGroupCreateForbiddenProductResponse>(
    {
      method: 'alibaba.scbp.ad.group.create.forbidden.product',
      responseRoot: 'alibaba_scbp_ad_group_create_forbidden_product_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
