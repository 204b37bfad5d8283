// Generated from specs/alihouse/alibaba.alihouse.newhome.system.seller.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.system.seller` (商品发布授权). */
export interface AlibabaAlihouseNewhomeSystemSellerRequest {
  /** 请求实体 */
  token_create_dto: AlibabaAlihouseNewhomeSystemSellerTokenCreateDtoInput;
}

/** Response of `alibaba.alihouse.newhome.system.seller`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeSystemSellerResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeSystemSellerResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TokenCreateDto` of `alibaba.alihouse.newhome.system.seller`. */
export interface AlibabaAlihouseNewhomeSystemSellerTokenCreateDtoInput {
  /** 授权码 */
  code: string;
  /** 是否测试(1-是测试 0-不是测试) */
  is_test: Int64Input;
}

/** `Result` of `alibaba.alihouse.newhome.system.seller`. */
export interface AlibabaAlihouseNewhomeSystemSellerResult {
  /** code */
  code?: string;
  /** message */
  message?: string;
  /** 是否成功 */
  success?: boolean;
  /** 返回素材id */
  data?: boolean;
}

const REQUEST_SCHEMA = {
  token_create_dto: {
    code: 'String',
    is_test: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
    success: 'Boolean',
    data: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.system.seller`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeSystemSellerOperation = {
  method: 'alibaba.alihouse.newhome.system.seller',
  responseRoot: 'alibaba_alihouse_newhome_system_seller_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品发布授权 — calls TOP method `alibaba.alihouse.newhome.system.seller`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeSystemSeller(
  client: TopClient,
  request: AlibabaAlihouseNewhomeSystemSellerRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeSystemSellerResponse> {
  return client.call<AlibabaAlihouseNewhomeSystemSellerResponse>(
    {
      method: 'alibaba.alihouse.newhome.system.seller',
      responseRoot: 'alibaba_alihouse_newhome_system_seller_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
