// Generated from specs/simba/taobao.simba.salestar.adgroup.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.salestar.adgroup.delete` ((新)销量明星删除推广单元接口). */
export interface TaobaoSimbaSalestarAdgroupDeleteRequest {
  /** 主人昵称 */
  nick?: string;
  /** 推广组Id */
  adgroup_id: Int64Input;
}

/** Response of `taobao.simba.salestar.adgroup.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaSalestarAdgroupDeleteResponse {
  /** 删除失败时透出的原因，仅当success为false是有效 */
  error_msg?: string;
  /** 表示接口调用成功，当推广单元不存在等情况下也会返回true */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  adgroup_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  error_msg: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.salestar.adgroup.delete`: method, response root, request and response schemas. */
export const taobaoSimbaSalestarAdgroupDeleteOperation = {
  method: 'taobao.simba.salestar.adgroup.delete',
  responseRoot: 'simba_salestar_adgroup_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * (新)销量明星删除推广单元接口 — calls TOP method `taobao.simba.salestar.adgroup.delete`.
 *
 * 删除一个推广组
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaSalestarAdgroupDelete(
  client: TopClient,
  request: TaobaoSimbaSalestarAdgroupDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaSalestarAdgroupDeleteResponse> {
  return client.call<TaobaoSimbaSalestarAdgroupDeleteResponse>(
    {
      method: 'taobao.simba.salestar.adgroup.delete',
      responseRoot: 'simba_salestar_adgroup_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
