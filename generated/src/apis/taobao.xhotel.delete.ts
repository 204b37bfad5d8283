// Generated from specs/xhotelitem/taobao.xhotel.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.delete` (删除酒店接口). */
export interface TaobaoXhotelDeleteRequest {
  /** 酒店id，传参方式 hid 或者 outer_id+vendor */
  hid?: Int64Input;
  /** 酒店vendor */
  vendor?: string;
  /** 酒店编码 */
  outer_id?: string;
}

/** Response of `taobao.xhotel.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelDeleteResponse {
  /** 删除结果 */
  result?: TaobaoXhotelDeleteResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSet` of `taobao.xhotel.delete`. */
export interface TaobaoXhotelDeleteResultSet {
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否出错 */
  error?: boolean;
}

const REQUEST_SCHEMA = {
  hid: 'Number',
  vendor: 'String',
  outer_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    error: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.delete`: method, response root, request and response schemas. */
export const taobaoXhotelDeleteOperation = {
  method: 'taobao.xhotel.delete',
  responseRoot: 'xhotel_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除酒店接口 — calls TOP method `taobao.xhotel.delete`.
 *
 * 删除飞猪酒店数据接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelDelete(
  client: TopClient,
  request: TaobaoXhotelDeleteRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelDeleteResponse> {
  return client.call<TaobaoXhotelDeleteResponse>(
    {
      method: 'taobao.xhotel.delete',
      responseRoot: 'xhotel_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
