// Generated from specs/icbu/alibaba.icbu.product.group.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.icbu.product.group.add` (增加商品分组). */
export interface AlibabaIcbuProductGroupAddRequest {
  /** 分组名称 */
  group_name: string;
  /** 上级分组ID，如果建立顶级分组设为-1 */
  parent_id: Int64Input;
  /** 补充信息，如isv id */
  extra_context?: string | Record<string, unknown>;
}

/** Response of `alibaba.icbu.product.group.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIcbuProductGroupAddResponse {
  /** 创建的分组信息 */
  product_group?: AlibabaIcbuProductGroupAddProductGroup;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProductGroup` of `alibaba.icbu.product.group.add`. */
export interface AlibabaIcbuProductGroupAddProductGroup {
  /** 上级分组ID */
  parent_id?: Int64;
  /** 分组ID */
  group_id?: Int64;
  /** 分组名称 */
  group_name?: string;
}

const REQUEST_SCHEMA = {
  group_name: 'String',
  parent_id: 'Number',
  extra_context: 'Json',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  product_group: {
    parent_id: 'Number',
    group_id: 'Number',
    group_name: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.icbu.product.group.add`: method, response root, request and response schemas. */
export const alibabaIcbuProductGroupAddOperation = {
  method: 'alibaba.icbu.product.group.add',
  responseRoot: 'alibaba_icbu_product_group_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 增加商品分组 — calls TOP method `alibaba.icbu.product.group.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIcbuProductGroupAdd(
  client: TopClient,
  request: AlibabaIcbuProductGroupAddRequest,
  options?: CallOptions,
): Promise<AlibabaIcbuProductGroupAddResponse> {
  return client.call<AlibabaIcbuProductGroupAddResponse>(
    {
      method: 'alibaba.icbu.product.group.add',
      responseRoot: 'alibaba_icbu_product_group_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
