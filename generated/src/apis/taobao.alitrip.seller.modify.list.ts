// Generated from specs/jipiao/taobao.alitrip.seller.modify.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.seller.modify.list` (【机票代理商订单】改签订单列表). */
export interface TaobaoAlitripSellerModifyListRequest {
  /** 改签发起时间的查询结束日期 和 更新时间必选其一 */
  apply_date_end?: DateInput;
  /** 改签发起时间的查询开始日期 和 更新时间必选其一 */
  apply_date_start?: DateInput;
  /** 申请单ID */
  apply_id?: Int64Input;
  /** 页码 */
  current_page?: Int64Input;
  /** 乘客起飞时间的查询结束日期 */
  fly_date_end?: DateInput;
  /** 乘客起飞时间的查询开始日期 */
  fly_date_start?: DateInput;
  /** 淘宝订单号 */
  order_id?: Int64Input;
  /** 每页记录数 */
  page_size?: Int64Input;
  /** 1：初始状态，2：已改签成功，3：已拒绝，4：未付款（已回填退票费），5：已付款 */
  status?: Int64Input;
  /** 记录修改结束时间 和 改签发起时间必选其一 */
  modify_date_end?: DateInput;
  /** 记录修改起始时间 和 改签发起时间必选其一 */
  modify_date_start?: DateInput;
}

/** Response of `taobao.alitrip.seller.modify.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripSellerModifyListResponse {
  /** 改签订单列表 */
  order_list?: TaobaoAlitripSellerModifyListSyncOrderDo[];
  /** 查出总记录数 */
  total_item?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SyncOrderDo` of `taobao.alitrip.seller.modify.list`. */
export interface TaobaoAlitripSellerModifyListSyncOrderDo {
  /** 申请单id */
  apply_id?: Int64;
  /** 改签后的舱位 */
  cabin?: string;
  /** 改签前的舱位 */
  last_cabin?: string;
  /** 改签备注信息 */
  memo?: string;
  /** 改签后航班信息 */
  modify_after_flight?: TaobaoAlitripSellerModifyListFlight;
  /** 改签前航班信息 */
  modify_before_flight?: TaobaoAlitripSellerModifyListFlight;
  /** 订单id */
  order_id?: Int64;
  /** 乘客信息 */
  passenger?: TaobaoAlitripSellerModifyListPassenger;
  /** 改签费(单位分) */
  modify_fee?: Int64;
  /** 升舱费(单位分) */
  upgrade_fee?: Int64;
  /** 申请单状态。1：初始状态，2：已改签成功，3：已拒绝，4：未付款（已回填退票费），5：已付款 */
  status?: Int64;
}

/** `Flight` of `taobao.alitrip.seller.modify.list`. */
export interface TaobaoAlitripSellerModifyListFlight {
  /** 改签后航空公司二字码 */
  air_line_code?: string;
  /** 改签后到达机场三字码 */
  arr_airport?: string;
  /** 改签后出发机场三字码 */
  dep_airport?: string;
  /** 改签后出发时间 */
  dep_date?: string;
  /** 改签后航班号 */
  flight_no?: string;
}

/** `Passenger` of `taobao.alitrip.seller.modify.list`. */
export interface TaobaoAlitripSellerModifyListPassenger {
  /** 乘客生日 */
  birthday?: string;
  /** 乘客证件号码 */
  cert_num?: string;
  /** 乘客姓名 */
  passenger_name?: string;
  /** 改签前的pnr */
  pnr?: string;
  /** 改签后的票号 */
  ticket_no?: string;
  /** 改签前的票号 */
  old_ticket_no?: string;
}

const REQUEST_SCHEMA = {
  apply_date_end: 'Date',
  apply_date_start: 'Date',
  apply_id: 'Number',
  current_page: 'Number',
  fly_date_end: 'Date',
  fly_date_start: 'Date',
  order_id: 'Number',
  page_size: 'Number',
  status: 'Number',
  modify_date_end: 'Date',
  modify_date_start: 'Date',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  order_list: [
    {
      apply_id: 'Number',
      cabin: 'String',
      last_cabin: 'String',
      memo: 'String',
      modify_after_flight: {
        air_line_code: 'String',
        arr_airport: 'String',
        dep_airport: 'String',
        dep_date: 'String',
        flight_no: 'String',
      },
      modify_before_flight: {
        air_line_code: 'String',
        arr_airport: 'String',
        dep_airport: 'String',
        dep_date: 'String',
        flight_no: 'String',
      },
      order_id: 'Number',
      passenger: {
        birthday: 'String',
        cert_num: 'String',
        passenger_name: 'String',
        pnr: 'String',
        ticket_no: 'String',
        old_ticket_no: 'String',
      },
      modify_fee: 'Number',
      upgrade_fee: 'Number',
      status: 'Number',
    },
  ],
  total_item: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.seller.modify.list`: method, response root, request and response schemas. */
export const taobaoAlitripSellerModifyListOperation = {
  method: 'taobao.alitrip.seller.modify.list',
  responseRoot: 'alitrip_seller_modify_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【机票代理商订单】改签订单列表 — calls TOP method `taobao.alitrip.seller.modify.list`.
 *
 * 提供机票代理商查询改签订单列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripSellerModifyList(
  client: TopClient,
  request: TaobaoAlitripSellerModifyListRequest = {},
  options?: CallOptions,
): Promise<TaobaoAlitripSellerModifyListResponse> {
  return client.call<TaobaoAlitripSellerModifyListResponse>(
    {
      method: 'taobao.alitrip.seller.modify.list',
      responseRoot: 'alitrip_seller_modify_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
