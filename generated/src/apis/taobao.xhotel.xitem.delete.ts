// Generated from specs/xhotelitem/taobao.xhotel.xitem.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.xitem.delete` (删除 x 元素). */
export interface TaobaoXhotelXitemDeleteRequest {
  /** 系统商，一般不填写，使用须申请 */
  vendor?: string;
  /** 商家酒店ID，指明该 x 元素属于哪家酒店 */
  out_hid: string;
  /** 需要删除的 x_code 编码 */
  out_x_codes: string;
}

/** Response of `taobao.xhotel.xitem.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelXitemDeleteResponse {
  /** 返回结果 */
  result?: TaobaoXhotelXitemDeleteResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSet` of `taobao.xhotel.xitem.delete`. */
export interface TaobaoXhotelXitemDeleteResultSet {
  /** 错误信息 */
  error_msg?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  vendor: 'String',
  out_hid: 'String',
  out_x_codes: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_msg: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.xitem.delete`: method, response root, request and response schemas. */
export const taobaoXhotelXitemDeleteOperation = {
  method: 'taobao.xhotel.xitem.delete',
  responseRoot: 'xhotel_xitem_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除 x 元素 — calls TOP method `taobao.xhotel.xitem.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelXitemDelete(
  client: TopClient,
  request: TaobaoXhotelXitemDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelXitemDeleteResponse> {
  return client.call<TaobaoXhotelXitemDeleteResponse>(
    {
      method: 'taobao.xhotel.xitem.delete',
      responseRoot: 'xhotel_xitem_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
