// Generated from specs/crm/taobao.crm.group.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.crm.group.add` (卖家创建一个分组). */
export interface TaobaoCrmGroupAddRequest {
  /**
   * 分组名称，每个卖家最多可以拥有100个分组
   *
   * Max length: 15
   */
  group_name: string;
}

/** Response of `taobao.crm.group.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCrmGroupAddResponse {
  /** 新增分组的id */
  group_id?: Int64;
  /** 添加分组是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  group_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  group_id: 'Number',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.crm.group.add`: method, response root, request and response schemas. */
export const taobaoCrmGroupAddOperation = {
  method: 'taobao.crm.group.add',
  responseRoot: 'crm_group_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 卖家创建一个分组 — calls TOP method `taobao.crm.group.add`.
 *
 * 卖家创建一个新的分组，接口返回一个创建成功的分组的id
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCrmGroupAdd(
  client: TopClient,
  request: TaobaoCrmGroupAddRequest,
  options?: CallOptions,
): Promise<TaobaoCrmGroupAddResponse> {
  return client.call<TaobaoCrmGroupAddResponse>(
    {
      method: 'taobao.crm.group.add',
      responseRoot: 'crm_group_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
