// Generated from specs/tmallservice/tmall.msf.reservation.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.msf.reservation` (喵师傅服务预约API). */
export interface TmallMsfReservationRequest {
  /** 预约内容 */
  reserv_info?: TmallMsfReservationReservationDTOInput;
}

/** Response of `tmall.msf.reservation`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallMsfReservationResponse {
  /** 预约成功,json */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReservationDTO` of `tmall.msf.reservation`. */
export interface TmallMsfReservationReservationDTOInput {
  /** 内部订单号 */
  outer_id: string;
  /** 天猫订单号列表 */
  order_ids: string;
  /** 服务类型，0 家装的送货上门并安装 1 单向安装 2 建材的送货上门 3 建材的安装 */
  service_type: string;
  /** 预约时间,0:上午,1:下午,2:晚上 */
  resv_time?: Int64Input;
  /** 预约日期,2015-12-15 */
  resv_date?: string;
  /** 预约工人手机号码 */
  worker_mobile: string;
  /** 工人名称 */
  worker_name?: string;
  /** 1：电话占线/无人接听/电话关机 2：未收到货 3：用户暂不需要安装 4：取消安装 5：电话号码错误 */
  fail_code?: Int64Input;
  /** 下次预约时间 */
  next_resv_time?: string;
  /** 1成功 0失败 */
  success?: Int64Input;
  /** 身份证信息 */
  worker_id_num?: string;
  /** 跳过订单类型检查的原因ID, 具体原因对应ID值咨询运营，一般不填写 */
  stop_order_type_check_reason?: Int64Input;
  /** 预约时间段，会取代resv_time的上午/下午/晚上 */
  resv_accurate_time?: string;
}

const REQUEST_SCHEMA = {
  reserv_info: {
    outer_id: 'String',
    order_ids: 'String',
    service_type: 'String',
    resv_time: 'Number',
    resv_date: 'String',
    worker_mobile: 'String',
    worker_name: 'String',
    fail_code: 'Number',
    next_resv_time: 'String',
    success: 'Number',
    worker_id_num: 'String',
    stop_order_type_check_reason: 'Number',
    resv_accurate_time: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.msf.reservation`: method, response root, request and response schemas. */
export const tmallMsfReservationOperation = {
  method: 'tmall.msf.reservation',
  responseRoot: 'tmall_msf_reservation_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 喵师傅服务预约API — calls TOP method `tmall.msf.reservation`.
 *
 * 喵师傅预约api
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallMsfReservation(
  client: TopClient,
  request: TmallMsfReservationRequest = {},
  options?: CallOptions,
): Promise<TmallMsfReservationResponse> {
  return client.call<TmallMsfReservationResponse>(
    {
      method: 'tmall.msf.reservation',
      responseRoot: 'tmall_msf_reservation_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
