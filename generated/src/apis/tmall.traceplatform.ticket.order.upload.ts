// Generated from specs/tmallhk/tmall.traceplatform.ticket.order.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.traceplatform.ticket.order.upload` (上传小票数据). */
export interface TmallTraceplatformTicketOrderUploadRequest {
  /** 上传小票参数 */
  ticket_order?: TmallTraceplatformTicketOrderUploadTicketOrderUpdatorInput;
}

/** Response of `tmall.traceplatform.ticket.order.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallTraceplatformTicketOrderUploadResponse {
  /** 返回值 */
  result?: TmallTraceplatformTicketOrderUploadDataResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TicketOrderUpdator` of `tmall.traceplatform.ticket.order.upload`. */
export interface TmallTraceplatformTicketOrderUploadTicketOrderUpdatorInput {
  /** 子订单号 */
  biz_order_id?: Int64Input;
  /** 品牌名 */
  brand_name?: string;
  /** 买手姓名 */
  agent_name?: string;
  /** 买手护照过期时间 */
  agent_passport_exp_date?: DateInput;
  /** 买手护照截图 */
  agent_passports_arr_list?: string[];
  /** 买手付款时间 */
  agent_pay_time?: DateInput;
  /** 是否锁扣，1是0否 */
  locker?: Int64Input;
  /** 锁扣照片 */
  locker_pictures_arr_list?: string[];
  /** 银行付款记录 */
  payment_records_arr_list?: string[];
  /** 购买地 */
  purchased_place?: string;
  /** 购买地照片 */
  purchased_place_pictures_arr_list?: string[];
  /** 小票截图 */
  tickets_arr_list?: string[];
}

/** `DataResult` of `tmall.traceplatform.ticket.order.upload`. */
export interface TmallTraceplatformTicketOrderUploadDataResult {
  /** 参数code */
  code?: string;
  /** 参数msg */
  msg?: string;
  /** 参数success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  ticket_order: {
    biz_order_id: 'Number',
    brand_name: 'String',
    agent_name: 'String',
    agent_passport_exp_date: 'Date',
    agent_passports_arr_list: ['String'],
    agent_pay_time: 'Date',
    locker: 'Number',
    locker_pictures_arr_list: ['String'],
    payment_records_arr_list: ['String'],
    purchased_place: 'String',
    purchased_place_pictures_arr_list: ['String'],
    tickets_arr_list: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.traceplatform.ticket.order.upload`: method, response root, request and response schemas. */
export const tmallTraceplatformTicketOrderUploadOperation = {
  method: 'tmall.traceplatform.ticket.order.upload',
  responseRoot: 'tmall_traceplatform_ticket_order_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 上传小票数据 — calls TOP method `tmall.traceplatform.ticket.order.upload`.
 *
 * upsertOrderBySeller
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallTraceplatformTicketOrderUpload(
  client: TopClient,
  request: TmallTraceplatformTicketOrderUploadRequest = {},
  options?: CallOptions,
): Promise<TmallTraceplatformTicketOrderUploadResponse> {
  return client.call<TmallTraceplatformTicketOrderUploadResponse>(
    {
      method: 'tmall.traceplatform.ticket.order.upload',
      responseRoot: 'tmall_traceplatform_ticket_order_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
