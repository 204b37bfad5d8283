// Generated from specs/exchange/tmall.exchange.refusereason.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.exchange.refusereason.get` (获取拒绝换货原因列表). */
export interface TmallExchangeRefusereasonGetRequest {
  /** 换货单号ID */
  dispute_id: Int64Input;
  /** 换货申请类型：0-任意类型；1-售中；2-售后 */
  dispute_type?: Int64Input;
  /**
   * 返回字段
   *
   * Max list size: 20
   */
  fields: string[];
}

/** Response of `tmall.exchange.refusereason.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallExchangeRefusereasonGetResponse {
  /** 返回结果 */
  result?: TmallExchangeRefusereasonGetResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSet` of `tmall.exchange.refusereason.get`. */
export interface TmallExchangeRefusereasonGetResultSet {
  /** 拒绝原因列表 */
  results?: TmallExchangeRefusereasonGetReason[];
  /** 拒绝原因总数 */
  total_results?: Int64;
  /** 异常信息 */
  exception?: string;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

/** `Reason` of `tmall.exchange.refusereason.get`. */
export interface TmallExchangeRefusereasonGetReason {
  /** 拒绝原因ID */
  reason_id?: Int64;
  /** 拒绝原因内容 */
  reason_text?: string;
}

const REQUEST_SCHEMA = {
  dispute_id: 'Number',
  dispute_type: 'Number',
  fields: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    results: [
      {
        reason_id: 'Number',
        reason_text: 'String',
      },
    ],
    total_results: 'Number',
    exception: 'String',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.exchange.refusereason.get`: method, response root, request and response schemas. */
export const tmallExchangeRefusereasonGetOperation = {
  method: 'tmall.exchange.refusereason.get',
  responseRoot: 'tmall_exchange_refusereason_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取拒绝换货原因列表 — calls TOP method `tmall.exchange.refusereason.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallExchangeRefusereasonGet(
  client: TopClient,
  request: TmallExchangeRefusereasonGetRequest,
  options?: CallOptions,
): Promise<TmallExchangeRefusereasonGetResponse> {
  return client.call<TmallExchangeRefusereasonGetResponse>(
    {
      method: 'tmall.exchange.refusereason.get',
      responseRoot: 'tmall_exchange_refusereason_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
