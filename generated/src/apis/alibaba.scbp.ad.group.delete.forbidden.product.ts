// Generated from specs/scbp/alibaba.scbp.ad.group.delete.forbidden.product.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.group.delete.forbidden.product` (删除屏蔽品). */
export interface AlibabaScbpAdGroupDeleteForbiddenProductRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdGroupDeleteForbiddenProductTopContextDtoInput;
  /** 计划id */
  campaign_id: Int64Input;
  /** 请求参数 */
  forbidden_product_batch_operation: AlibabaScbpAdGroupDeleteForbiddenProductForbiddenProductBatchOperationDtoInput;
}

/** Response of `alibaba.scbp.ad.group.delete.forbidden.product`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdGroupDeleteForbiddenProductResponse {
  /** 返回值 */
  result?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.group.delete.forbidden.product`. */
export interface AlibabaScbpAdGroupDeleteForbiddenProductTopContextDtoInput {
  /** 产品线id */
  product_line_id: Int64Input;
  /** 产品id */
  product_id: Int64Input;
}

/** `ForbiddenProductBatchOperationDto` of `alibaba.scbp.ad.group.delete.forbidden.product`. */
export interface AlibabaScbpAdGroupDeleteForbiddenProductForbiddenProductBatchOperationDtoInput {
  /** 请求参数 */
  forbidden_product_operation_list: AlibabaScbpAdGroupDeleteForbiddenProductForbiddenProductOperationDtoInput[];
}

/** `ForbiddenProductOperationDto` of `alibaba.scbp.ad.group.delete.forbidden.product`. */
export interface AlibabaScbpAdGroupDeleteForbiddenProductForbiddenProductOperationDtoInput {
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

/** Static description of `alibaba.scbp.ad.group.delete.forbidden.product`: method, response root, request and response schemas. */
export const alibabaScbpAdGroupDeleteForbiddenProductOperation = {
  method: 'alibaba.scbp.ad.group.delete.forbidden.product',
  responseRoot: 'alibaba_scbp_ad_group_delete_forbidden_product_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除屏蔽品 — calls TOP method `alibaba.scbp.ad.group.delete.forbidden.product`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdGroupDeleteForbiddenProduct(
  client: TopClient,
  request: AlibabaScbpAdGroupDeleteForbiddenProductRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdGroupDeleteForbiddenProductResponse> {
  return client.call<AlibabaScbpAdGroupDeleteForbiddenProductResponse>(
    {
      method: 'alibaba.scbp.ad.group.delete.forbidden.product',
      responseRoot: 'alibaba_scbp_ad_group_delete_forbidden_product_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
