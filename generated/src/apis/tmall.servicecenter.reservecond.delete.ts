// Generated from specs/tmallsc/tmall.servicecenter.reservecond.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.reservecond.delete` (删除主动预约开通条件). */
export interface TmallServicecenterReservecondDeleteRequest {
  /** 主动预约条件删除 */
  reserve_open_condition_del_dto?: TmallServicecenterReservecondDeleteReserveOpenConditionDelDtoInput;
}

/** Response of `tmall.servicecenter.reservecond.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterReservecondDeleteResponse {
  /** 是否成功 */
  msg_success?: boolean;
  /** 返回编码 */
  msg_code?: string;
  /** 返回信息 */
  msg_info?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReserveOpenConditionDelDto` of `tmall.servicecenter.reservecond.delete`. */
export interface TmallServicecenterReservecondDeleteReserveOpenConditionDelDtoInput {
  /** 城市id */
  city_id?: Int64Input;
  /** 类目id */
  category_id?: Int64Input;
  /** 品牌id */
  brand_id?: Int64Input;
  /** 服务code */
  service_code?: string;
  /** 省份id */
  province_id?: Int64Input;
  /** 区域集合ids */
  area_ids?: string;
}

const REQUEST_SCHEMA = {
  reserve_open_condition_del_dto: {
    city_id: 'Number',
    category_id: 'Number',
    brand_id: 'Number',
    service_code: 'String',
    province_id: 'Number',
    area_ids: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  msg_success: 'Boolean',
  msg_code: 'String',
  msg_info: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.reservecond.delete`: method, response root, request and response schemas. */
export const tmallServicecenterReservecondDeleteOperation = {
  method: 'tmall.servicecenter.reservecond.delete',
  responseRoot: 'tmall_servicecenter_reservecond_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除主动预约开通条件 — calls TOP method `tmall.servicecenter.reservecond.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterReservecondDelete(
  client: TopClient,
  request: TmallServicecenterReservecondDeleteRequest = {},
  options?: CallOptions,
): Promise<TmallServicecenterReservecondDeleteResponse> {
  return client.call<TmallServicecenterReservecondDeleteResponse>(
    {
      method: 'tmall.servicecenter.reservecond.delete',
      responseRoot: 'tmall_servicecenter_reservecond_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
