// Generated from specs/user/taobao.newretail.division.record.list.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.newretail.division.record.list.get` (导购分佣明细列表). */
export interface TaobaoNewretailDivisionRecordListGetRequest {
  /** 入参 */
  param: TaobaoNewretailDivisionRecordListGetTopDivisionRecordReqDtoInput;
}

/** Response of `taobao.newretail.division.record.list.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoNewretailDivisionRecordListGetResponse {
  /** 是否有上一页 */
  has_prev_page?: boolean;
  /** 总数 */
  total?: Int64;
  /** 返回代码 */
  res_code?: string;
  /** 数据列表 */
  data_list?: TaobaoNewretailDivisionRecordListGetT[];
  /** 是否有下一页 */
  has_next_page?: boolean;
  /** 页码 */
  page_no?: Int64;
  /** 是否成功 */
  is_success?: boolean;
  /** 每页数量 */
  page_size?: Int64;
  /** 具体返回讯息 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopDivisionRecordReqDto` of `taobao.newretail.division.record.list.get`. */
export interface TaobaoNewretailDivisionRecordListGetTopDivisionRecordReqDtoInput {
  /** 页码 */
  page_no: Int64Input;
  /** 每页数量 */
  page_size: Int64Input;
  /** 开始时间(毫秒为单位) */
  start_time?: Int64Input;
  /** 结束时间(毫秒为单位) */
  end_time?: Int64Input;
}

/** `T` of `taobao.newretail.division.record.list.get`. */
export interface TaobaoNewretailDivisionRecordListGetT {
  /** 买家昵称 */
  buyer_nick?: string;
  /** 分佣金额 */
  commission_money?: Int64;
  /** 主订单id */
  order_id?: Int64;
  /** 导购昵称 */
  commission_employee_name?: string;
  /** 订单创建时间 */
  order_create_time?: string;
  /** 订单状态 12-付款，13-关闭，14-确认收货，3-结算成功 */
  order_status?: Int64;
  /** 对应账号的OpenUID */
  open_uid?: string;
  /** 分佣时间 */
  commission_time?: Int64;
  /** 子订单id */
  biz_order_id?: Int64;
  /** 导购id */
  commission_employee_id?: Int64;
  /** 订单支付时间 */
  order_pay_time?: Int64;
  /** 订单结束时间 */
  order_end_time?: string;
  /** 订单支付金额 */
  order_pay_money?: Int64;
}

const REQUEST_SCHEMA = {
  param: {
    page_no: 'Number',
    page_size: 'Number',
    start_time: 'Number',
    end_time: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  has_prev_page: 'Boolean',
  total: 'Number',
  res_code: 'String',
  data_list: [
    {
      buyer_nick: 'String',
      commission_money: 'Number',
      order_id: 'Number',
      commission_employee_name: 'String',
      order_create_time: 'String',
      order_status: 'Number',
      open_uid: 'String',
      commission_time: 'Number',
      biz_order_id: 'Number',
      commission_employee_id: 'Number',
      order_pay_time: 'Number',
      order_end_time: 'String',
      order_pay_money: 'Number',
    },
  ],
  has_next_page: 'Boolean',
  page_no: 'Number',
  is_success: 'Boolean',
  page_size: 'Number',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.newretail.division.record.list.get`: method, response root, request and response schemas. */
export const taobaoNewretailDivisionRecordListGetOperation = {
  method: 'taobao.newretail.division.record.list.get',
  responseRoot: 'newretail_division_record_list_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 导购分佣明细列表 — calls TOP method `taobao.newretail.division.record.list.get`.
 *
 * 提供分页查询导购分佣明细的能力
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoNewretailDivisionRecordListGet(
  client: TopClient,
  request: TaobaoNewretailDivisionRecordListGetRequest,
  options?: CallOptions,
): Promise<TaobaoNewretailDivisionRecordListGetResponse> {
  return client.call<TaobaoNewretailDivisionRecordListGetResponse>(
    {
      method: 'taobao.newretail.division.record.list.get',
      responseRoot: 'newretail_division_record_list_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
