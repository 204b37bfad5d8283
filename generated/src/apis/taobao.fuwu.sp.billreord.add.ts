// Generated from specs/servicecenter/taobao.fuwu.sp.billreord.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fuwu.sp.billreord.add` (内购服务确认单明细上传接口). */
export interface TaobaoFuwuSpBillreordAddRequest {
  /** 确认单的账单明细 */
  param_bill_record_d_t_o: TaobaoFuwuSpBillreordAddBillRecordDtoInput;
}

/** Response of `taobao.fuwu.sp.billreord.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFuwuSpBillreordAddResponse {
  /** 返回调用结果 */
  add_result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BillRecordDto` of `taobao.fuwu.sp.billreord.add`. */
export interface TaobaoFuwuSpBillreordAddBillRecordDtoInput {
  /** appkey */
  appkey: string;
  /** 备用字段 */
  extend1?: string;
  /** 备用字段 */
  extend10?: string;
  /** 备用字段 */
  extend2?: string;
  /** 备用字段 */
  extend3?: string;
  /** 备用字段 */
  extend4?: string;
  /** 备用字段 */
  extend5?: string;
  /** 备用字段 */
  extend6?: string;
  /** 备用字段 */
  extend7?: string;
  /** 备用字段 */
  extend8?: string;
  /** 备用字段 */
  extend9?: string;
  /** 金额 */
  fee?: Int64Input;
  /** 卖家nick */
  nick: string;
  /** 服务市场有效订单ID */
  order_id?: Int64Input;
  /** 外部确认账单ID */
  out_confirm_id?: string;
  /** 外部订单ID */
  out_order_id?: string;
  /** 记录产生时间 */
  start_date?: DateInput;
  /** 状态：1成功、2失败 */
  status?: Int64Input;
  /** 目标号码 */
  target_no?: string;
  /** 账单分类：1短信 */
  type: Int64Input;
}

const REQUEST_SCHEMA = {
  param_bill_record_d_t_o: {
    appkey: 'String',
    extend1: 'String',
    extend10: 'String',
    extend2: 'String',
    extend3: 'String',
    extend4: 'String',
    extend5: 'String',
    extend6: 'String',
    extend7: 'String',
    extend8: 'String',
    extend9: 'String',
    fee: 'Number',
    nick: 'String',
    order_id: 'Number',
    out_confirm_id: 'String',
    out_order_id: 'String',
    start_date: 'Date',
    status: 'Number',
    target_no: 'String',
    type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  add_result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.fuwu.sp.billreord.add`: method, response root, request and response schemas. */
export const taobaoFuwuSpBillreordAddOperation = {
  method: 'taobao.fuwu.sp.billreord.add',
  responseRoot: 'fuwu_sp_billreord_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 内购服务确认单明细上传接口 — calls TOP method `taobao.fuwu.sp.billreord.add`.
 *
 * isv能通过该接口上传确认单明细数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFuwuSpBillreordAdd(
  client: TopClient,
  request: TaobaoFuwuSpBillreordAddRequest,
  options?: CallOptions,
): Promise<TaobaoFuwuSpBillreordAddResponse> {
  return client.call<TaobaoFuwuSpBillreordAddResponse>(
    {
      method: 'taobao.fuwu.sp.billreord.add',
      responseRoot: 'fuwu_sp_billreord_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
