// Generated from specs/tbk/taobao.tbk.sc.ucrowd.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.sc.ucrowd.delete` (淘宝客-服务商-删除人群标签). */
export interface TaobaoTbkScUcrowdDeleteRequest {
  /** 人群标签id */
  ucrowd_id: Int64Input;
}

/** Response of `taobao.tbk.sc.ucrowd.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkScUcrowdDeleteResponse {
  /** data */
  data?: TaobaoTbkScUcrowdDeleteRpcResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RpcResult` of `taobao.tbk.sc.ucrowd.delete`. */
export interface TaobaoTbkScUcrowdDeleteRpcResult {
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  ucrowd_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.sc.ucrowd.delete`: method, response root, request and response schemas. */
export const taobaoTbkScUcrowdDeleteOperation = {
  method: 'taobao.tbk.sc.ucrowd.delete',
  responseRoot: 'tbk_sc_ucrowd_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-服务商-删除人群标签 — calls TOP method `taobao.tbk.sc.ucrowd.delete`.
 *
 * 服务商使用。支持淘宝客删除人群标签id，被删除的人群标签id将失效，并不可重新生效。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkScUcrowdDelete(
  client: TopClient,
  request: TaobaoTbkScUcrowdDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoTbkScUcrowdDeleteResponse> {
  return client.call<TaobaoTbkScUcrowdDeleteResponse>(
    {
      method: 'taobao.tbk.sc.ucrowd.delete',
      responseRoot: 'tbk_sc_ucrowd_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
