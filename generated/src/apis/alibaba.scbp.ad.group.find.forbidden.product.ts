// Generated from specs/scbp/alibaba.scbp.ad.group.find.forbidden.product.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.group.find.forbidden.product` (查询屏蔽品). */
export interface AlibabaScbpAdGroupFindForbiddenProductRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdGroupFindForbiddenProductTopContextDtoInput;
  /** 计划id */
  campaign_id: Int64Input;
}

/** Response of `alibaba.scbp.ad.group.find.forbidden.product`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdGroupFindForbiddenProductResponse {
  /** 返回列表 */
  result_list?: AlibabaScbpAdGroupFindForbiddenProductForbiddenProductDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.group.find.forbidden.product`. */
export interface AlibabaScbpAdGroupFindForbiddenProductTopContextDtoInput {
  /** 产品线id */
  product_line_id: Int64Input;
  /** 产品id */
  product_id: Int64Input;
}

/** `ForbiddenProductDto` of `alibaba.scbp.ad.group.find.forbidden.product`. */
export interface AlibabaScbpAdGroupFindForbiddenProductForbiddenProductDto {
  /** 产品id */
  product_id?: Int64;
  /** 状态 */
  status?: Int64;
  /** 标题 */
  subject?: string;
  /** 图片地址 */
  img_url?: string;
}

const REQUEST_SCHEMA = {
  top_context: {
    product_line_id: 'Number',
    product_id: 'Number',
  },
  campaign_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_list: [
    {
      product_id: 'Number',
      status: 'Number',
      subject: 'String',
      img_url: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.group.find.forbidden.product`: method, response root, request and response schemas. */
export const alibabaScbpAdGroupFindForbiddenProductOperation = {
  method: 'alibaba.scbp.ad.group.find.forbidden.product',
  responseRoot: 'alibaba_scbp_ad_group_find_forbidden_product_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询屏蔽品 — calls TOP method `alibaba.scbp.ad.group.find.forbidden.product`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdGroupFindForbiddenProduct(
  client: TopClient,
  request: AlibabaScbpAdGroupFindForbiddenProductRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdGroupFindForbiddenProductResponse> {
  return client.call<AlibabaScbpAdGroupFindForbiddenProductResponse>(
    {
      method: 'alibaba.scbp.ad.group.find.forbidden.product',
      responseRoot: 'alibaba_scbp_ad_group_find_forbidden_product_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
