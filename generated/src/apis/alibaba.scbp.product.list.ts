// Generated from specs/scbp/alibaba.scbp.product.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.product.list` (查询P4P产品). */
export interface AlibabaScbpProductListRequest {
  /** 产品分组标识 */
  group_id: string;
  /** 产品分页查询，每页个数，最大值20 */
  per_page_size?: Int64Input;
  /** 第几页 */
  to_page?: Int64Input;
}

/** Response of `alibaba.scbp.product.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpProductListResponse {
  /** 产品列表 */
  product_list?: AlibabaScbpProductListTopProductDto[];
  /** 总数 */
  total_num?: Int64;
  /** 总页数 */
  total_page?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopProductDto` of `alibaba.scbp.product.list`. */
export interface AlibabaScbpProductListTopProductDto {
  /** 产品ID */
  product_id?: Int64;
  /** 产品推广状态，取值[disabled,enabled] */
  status?: string;
  /** 产品标题，最大长度256个字符 */
  subject?: string;
}

const REQUEST_SCHEMA = {
  group_id: 'String',
  per_page_size: 'Number',
  to_page: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  product_list: [
    {
      product_id: 'Number',
      status: 'String',
      subject: 'String',
    },
  ],
  total_num: 'Number',
  total_page: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.product.list`: method, response root, request and response schemas. */
export const alibabaScbpProductListOperation = {
  method: 'alibaba.scbp.product.list',
  responseRoot: 'alibaba_scbp_product_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询P4P产品 — calls TOP method `alibaba.scbp.product.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpProductList(
  client: TopClient,
  request: AlibabaScbpProductListRequest,
  options?: CallOptions,
): Promise<AlibabaScbpProductListResponse> {
  return client.call<AlibabaScbpProductListResponse>(
    {
      method: 'alibaba.scbp.product.list',
      responseRoot: 'alibaba_scbp_product_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
