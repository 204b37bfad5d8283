// Generated from specs/trade/taobao.rdc.aligenius.ordermsg.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.rdc.aligenius.ordermsg.update` (订单消息状态回传). */
export interface TaobaoRdcAligeniusOrdermsgUpdateRequest {
  /** 子订单（消息中传的子订单） */
  oid: Int64Input;
  /** 处理状态，1=成功，2=处理失败 */
  status: Int64Input;
  /** 主订单（消息中传的主订单） */
  tid: Int64Input;
}

/** Response of `taobao.rdc.aligenius.ordermsg.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRdcAligeniusOrdermsgUpdateResponse {
  /** result */
  result?: TaobaoRdcAligeniusOrdermsgUpdateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.rdc.aligenius.ordermsg.update`. */
export interface TaobaoRdcAligeniusOrdermsgUpdateResult {
  /** resultData */
  result_data?: string;
  /** errorInfo */
  error_info?: string;
  /** errorCode */
  error_code?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  oid: 'Number',
  status: 'Number',
  tid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_data: 'String',
    error_info: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.rdc.aligenius.ordermsg.update`: method, response root, request and response schemas. */
export const taobaoRdcAligeniusOrdermsgUpdateOperation = {
  method: 'taobao.rdc.aligenius.ordermsg.update',
  responseRoot: 'rdc_aligenius_ordermsg_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单消息状态回传 — calls TOP method `taobao.rdc.aligenius.ordermsg.update`.
 *
 * 用于订单消息处理状态回传
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRdcAligeniusOrdermsgUpdate(
  client: TopClient,
  request: TaobaoRdcAligeniusOrdermsgUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoRdcAligeniusOrdermsgUpdateResponse> {
  return client.call<TaobaoRdcAligeniusOrdermsgUpdateResponse>(
    {
      method: 'taobao.rdc.aligenius.ordermsg.update',
      responseRoot: 'rdc_aligenius_ordermsg_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
