// Generated from specs/tbk/taobao.tbk.sc.membergroup.optional.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.sc.membergroup.optional` (工具服务商member组查询、新增接口). */
export interface TaobaoTbkScMembergroupOptionalRequest {
  /** member组id */
  member_group_id?: Int64Input;
  /** 淘宝数字id */
  tb_num_ids?: string;
}

/** Response of `taobao.tbk.sc.membergroup.optional`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkScMembergroupOptionalResponse {
  /** 返回结果 */
  data?: TaobaoTbkScMembergroupOptionalMapData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MapData` of `taobao.tbk.sc.membergroup.optional`. */
export interface TaobaoTbkScMembergroupOptionalMapData {
  /** 组ID */
  member_group_id?: Int64;
  /** 组内的成员ID */
  tb_num_ids?: string;
  /** 创建时间 */
  create_time?: string;
  /** 更新时间 */
  update_time?: string;
}

const REQUEST_SCHEMA = {
  member_group_id: 'Number',
  tb_num_ids: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    member_group_id: 'Number',
    tb_num_ids: 'String',
    create_time: 'Date',
    update_time: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.sc.membergroup.optional`: method, response root, request and response schemas. */
export const taobaoTbkScMembergroupOptionalOperation = {
  method: 'taobao.tbk.sc.membergroup.optional',
  responseRoot: 'tbk_sc_membergroup_optional_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 工具服务商member组查询、新增接口 — calls TOP method `taobao.tbk.sc.membergroup.optional`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkScMembergroupOptional(
  client: TopClient,
  request: TaobaoTbkScMembergroupOptionalRequest = {},
  options?: CallOptions,
): Promise<TaobaoTbkScMembergroupOptionalResponse> {
  return client.call<TaobaoTbkScMembergroupOptionalResponse>(
    {
      method: 'taobao.tbk.sc.membergroup.optional',
      responseRoot: 'tbk_sc_membergroup_optional_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
