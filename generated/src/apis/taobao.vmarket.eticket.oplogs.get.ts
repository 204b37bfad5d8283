// Generated from specs/eticket/taobao.vmarket.eticket.oplogs.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.vmarket.eticket.oplogs.get` (电子凭证操作日志查询). */
export interface TaobaoVmarketEticketOplogsGetRequest {
  /** 0:全部 1:核销 2:冲正 */
  type: Int64Input;
  /** 开始时间 */
  start_time?: DateInput;
  /** 结束时间 */
  end_time?: DateInput;
  /** 核销码 */
  code?: string;
  /** 手机号后四位 */
  mobile?: string;
  /** 核销身份 */
  posid?: string;
  /** 码商ID */
  codemerchant_id?: Int64Input;
  /** 当前页码 */
  page_no?: Int64Input;
  /** 每页显示的记录数，最大为40，默认为40 */
  page_size?: Int64Input;
  /** 排序方式 */
  sort?: string;
}

/** Response of `taobao.vmarket.eticket.oplogs.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoVmarketEticketOplogsGetResponse {
  /** 操作日志列表 */
  eticket_op_logs?: TaobaoVmarketEticketOplogsGetEticketOpLog[];
  /** 符合条件的记录总数 */
  total_results?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EticketOpLog` of `taobao.vmarket.eticket.oplogs.get`. */
export interface TaobaoVmarketEticketOplogsGetEticketOpLog {
  /** 操作流水号 */
  consume_serial_num?: string;
  /** 操作金额 */
  amount?: string;
  /** 操作数量 */
  num?: Int64;
  /** 操作类型 1:核销 2:冲正 */
  op_type?: Int64;
  /** 操作时间 */
  op_time?: string;
  /** 操作员身份ID */
  pos_id?: string;
  /** 订单ID */
  order_id?: Int64;
  /** 手机号码后四位 */
  mobile?: string;
}

const REQUEST_SCHEMA = {
  type: 'Number',
  start_time: 'Date',
  end_time: 'Date',
  code: 'String',
  mobile: 'String',
  posid: 'String',
  codemerchant_id: 'Number',
  page_no: 'Number',
  page_size: 'Number',
  sort: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  eticket_op_logs: [
    {
      consume_serial_num: 'String',
      amount: 'String',
      num: 'Number',
      op_type: 'Number',
      op_time: 'Date',
      pos_id: 'String',
      order_id: 'Number',
      mobile: 'String',
    },
  ],
  total_results: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.vmarket.eticket.oplogs.get`: method, response root, request and response schemas. */
export const taobaoVmarketEticketOplogsGetOperation = {
  method: 'taobao.vmarket.eticket.oplogs.get',
  responseRoot: 'vmarket_eticket_oplogs_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 电子凭证操作日志查询 — calls TOP method `taobao.vmarket.eticket.oplogs.get`.
 *
 * 电子凭证核销日志查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoVmarketEticketOplogsGet(
  client: TopClient,
  request: TaobaoVmarketEticketOplogsGetRequest,
  options?: CallOptions,
): Promise<TaobaoVmarketEticketOplogsGetResponse> {
  return client.call<TaobaoVmarketEticketOplogsGetResponse>(
    {
      method: 'taobao.vmarket.eticket.oplogs.get',
      responseRoot: 'vmarket_eticket_oplogs_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
