// Generated from specs/scbp/alibaba.scbp.product.group.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.product.group.get` (查询指定产品分组的下一层子分组). */
export interface AlibabaScbpProductGroupGetRequest {
  /** 产品分组标识，null表示查询第一层分组 */
  group_id?: string;
}

/** Response of `alibaba.scbp.product.group.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpProductGroupGetResponse {
  /** 下一层分组列表 */
  roduct_group_list?: AlibabaScbpProductGroupGetTopProductGroupDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopProductGroupDto` of `alibaba.scbp.product.group.get`. */
export interface AlibabaScbpProductGroupGetTopProductGroupDto {
  /** 产品分组标识 */
  group_id?: string;
  /** 产品分组名称 */
  group_name?: string;
  /** 是否是叶子分组，即没有子分组 */
  leaf?: boolean;
}

const REQUEST_SCHEMA = {
  group_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  roduct_group_list: [
    {
      group_id: 'String',
      group_name: 'String',
      leaf: 'Boolean',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.product.group.get`: method, response root, request and response schemas. */
export const alibabaScbpProductGroupGetOperation = {
  method: 'alibaba.scbp.product.group.get',
  responseRoot: 'alibaba_scbp_product_group_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询指定产品分组的下一层子分组 — calls TOP method `alibaba.scbp.product.group.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpProductGroupGet(
  client: TopClient,
  request: AlibabaScbpProductGroupGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaScbpProductGroupGetResponse> {
  return client.call<AlibabaScbpProductGroupGetResponse>(
    {
      method: 'alibaba.scbp.product.group.get',
      responseRoot: 'alibaba_scbp_product_group_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
