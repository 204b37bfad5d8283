// Generated from specs/icbu/alibaba.icbu.product.group.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.icbu.product.group.get` (分组信息获取). */
export interface AlibabaIcbuProductGroupGetRequest {
  /** 补充信息 */
  extra_context?: string | Record<string, unknown>;
  /** 分组ID，传-1获得所有一级分组 */
  group_id: Int64Input;
}

/** Response of `alibaba.icbu.product.group.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIcbuProductGroupGetResponse {
  /** 分组信息 */
  product_group?: AlibabaIcbuProductGroupGetProductGroup;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProductGroup` of `alibaba.icbu.product.group.get`. */
export interface AlibabaIcbuProductGroupGetProductGroup {
  /** 下级分组ID列表 */
  children_id_list?: Int64[];
  /** 分组ID */
  group_id?: Int64;
  /** 分组名称 */
  group_name?: string;
  /** 父节点id，父节点处在分组树的一级 */
  parent_id?: Int64;
  /** 父节点id，父节点处在分组树的二级 */
  parent_id2?: Int64;
}

const REQUEST_SCHEMA = {
  extra_context: 'Json',
  group_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  product_group: {
    children_id_list: ['Number'],
    group_id: 'Number',
    group_name: 'String',
    parent_id: 'Number',
    parent_id2: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.icbu.product.group.get`: method, response root, request and response schemas. */
export const alibabaIcbuProductGroupGetOperation = {
  method: 'alibaba.icbu.product.group.get',
  responseRoot: 'alibaba_icbu_product_group_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分组信息获取 — calls TOP method `alibaba.icbu.product.group.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIcbuProductGroupGet(
  client: TopClient,
  request: AlibabaIcbuProductGroupGetRequest,
  options?: CallOptions,
): Promise<AlibabaIcbuProductGroupGetResponse> {
  return client.call<AlibabaIcbuProductGroupGetResponse>(
    {
      method: 'alibaba.icbu.product.group.get',
      responseRoot: 'alibaba_icbu_product_group_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
