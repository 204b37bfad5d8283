// Generated from specs/fenxiao/taobao.fenxiao.productcat.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fenxiao.productcat.delete` (删除产品线). */
export interface TaobaoFenxiaoProductcatDeleteRequest {
  /** 产品线ID */
  product_line_id: Int64Input;
}

/** Response of `taobao.fenxiao.productcat.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFenxiaoProductcatDeleteResponse {
  /** 操作是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  product_line_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.fenxiao.productcat.delete`: method, response root, request and response schemas. */
export const taobaoFenxiaoProductcatDeleteOperation = {
  method: 'taobao.fenxiao.productcat.delete',
  responseRoot: 'fenxiao_productcat_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除产品线 — calls TOP method `taobao.fenxiao.productcat.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFenxiaoProductcatDelete(
  client: TopClient,
  request: TaobaoFenxiaoProductcatDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoFenxiaoProductcatDeleteResponse> {
  return client.call<TaobaoFenxiaoProductcatDeleteResponse>(
    {
      method: 'taobao.fenxiao.productcat.delete',
      responseRoot: 'fenxiao_productcat_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
