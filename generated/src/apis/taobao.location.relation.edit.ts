// Generated from specs/inventory/taobao.location.relation.edit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.location.relation.edit` (地点关联关系增量编辑). */
export interface TaobaoLocationRelationEditRequest {
  /**
   * 关系对象列表
   *
   * Max list size: 20
   */
  location_relation_list: TaobaoLocationRelationEditLocationRelationDtoInput[];
}

/** Response of `taobao.location.relation.edit`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLocationRelationEditResponse {
  /** 错误信息 */
  error_msg?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** 错误码 */
  errorcode?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LocationRelationDto` of `taobao.location.relation.edit`. */
export interface TaobaoLocationRelationEditLocationRelationDtoInput {
  /** 状态 0 正常 -1 删除 */
  status: Int64Input;
  /** 实体类型 2：仓库 6：门店 */
  target_inv_store_type: Int64Input;
  /** 实体code */
  target_store_code: string;
  /** 实体类型 2：仓库 6：门店 */
  source_inv_store_type: Int64Input;
  /** 实体code */
  source_store_code: string;
}

const REQUEST_SCHEMA = {
  location_relation_list: [
    {
      status: 'Number',
      target_inv_store_type: 'Number',
      target_store_code: 'String',
      source_inv_store_type: 'Number',
      source_store_code: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  error_msg: 'String',
  is_success: 'Boolean',
  errorcode: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.location.relation.edit`: method, response root, request and response schemas. */
export const taobaoLocationRelationEditOperation = {
  method: 'taobao.location.relation.edit',
  responseRoot: 'location_relation_edit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 地点关联关系增量编辑 — calls TOP method `taobao.location.relation.edit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLocationRelationEdit(
  client: TopClient,
  request: TaobaoLocationRelationEditRequest,
  options?: CallOptions,
): Promise<TaobaoLocationRelationEditResponse> {
  return client.call<TaobaoLocationRelationEditResponse>(
    {
      method: 'taobao.location.relation.edit',
      responseRoot: 'location_relation_edit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
