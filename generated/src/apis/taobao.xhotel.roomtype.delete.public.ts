// Generated from specs/xhotelitem/taobao.xhotel.roomtype.delete.public.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.roomtype.delete.public` (商家删除房型数据接口). */
export interface TaobaoXhotelRoomtypeDeletePublicRequest {
  /** 房型rid ， 传参方式：rid 或者 outer_id+vendor */
  rid?: Int64Input;
  /** vendor */
  vendor?: string;
  /** 外部房型ID */
  outer_rid?: string;
  /** 具体操作人，比如酒店帐号、小二名称等 */
  operator: string;
}

/** Response of `taobao.xhotel.roomtype.delete.public`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelRoomtypeDeletePublicResponse {
  /** result */
  result?: TaobaoXhotelRoomtypeDeletePublicResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSet` of `taobao.xhotel.roomtype.delete.public`. */
export interface TaobaoXhotelRoomtypeDeletePublicResultSet {
  /** success */
  success?: boolean;
  /** errorMsg */
  error_msg?: string;
  /** errorCode */
  error_code?: string;
  /** deleteResult */
  delete_result?: string;
}

const REQUEST_SCHEMA = {
  rid: 'Number',
  vendor: 'String',
  outer_rid: 'String',
  operator: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_msg: 'String',
    error_code: 'String',
    delete_result: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.roomtype.delete.public`: method, response root, request and response schemas. */
export const taobaoXhotelRoomtypeDeletePublicOperation = {
  method: 'taobao.xhotel.roomtype.delete.public',
  responseRoot: 'xhotel_roomtype_delete_public_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家删除房型数据接口 — calls TOP method `taobao.xhotel.roomtype.delete.public`.
 *
 * 房型删除TOP接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelRoomtypeDeletePublic(
  client: TopClient,
  request: TaobaoXhotelRoomtypeDeletePublicRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelRoomtypeDeletePublicResponse> {
  return client.call<TaobaoXhotelRoomtypeDeletePublicResponse>(
    {
      method: 'taobao.xhotel.roomtype.delete.public',
      responseRoot: 'xhotel_roomtype_delete_public_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
