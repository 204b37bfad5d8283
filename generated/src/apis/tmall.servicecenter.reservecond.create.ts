// Generated from specs/tmallsc/tmall.servicecenter.reservecond.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.reservecond.create` (创建主动预约开通条件). */
export interface TmallServicecenterReservecondCreateRequest {
  /**
   * 主动预约开通条件
   *
   * Max list size: 20
   */
  roc_list?: TmallServicecenterReservecondCreateReserveOpenConditionDTOInput[];
}

/** Response of `tmall.servicecenter.reservecond.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterReservecondCreateResponse {
  /** 返回信息 */
  msg_info?: string;
  /** 返回code */
  msg_code?: string;
  /** 是否成功 */
  msg_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReserveOpenConditionDTO` of `tmall.servicecenter.reservecond.create`. */
export interface TmallServicecenterReservecondCreateReserveOpenConditionDTOInput {
  /** 类目id */
  category_id?: Int64Input;
  /** 品牌id */
  brand_id?: Int64Input;
  /** 服务code */
  service_code?: string;
  /** 排除的区域id */
  exclude_area_ids?: string;
  /** 区域ids集合 */
  area_ids?: string;
  /** 城市id */
  city_id?: Int64Input;
  /** 身份id */
  province_id?: Int64Input;
}

const REQUEST_SCHEMA = {
  roc_list: [
    {
      category_id: 'Number',
      brand_id: 'Number',
      service_code: 'String',
      exclude_area_ids: 'String',
      area_ids: 'String',
      city_id: 'Number',
      province_id: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  msg_info: 'String',
  msg_code: 'String',
  msg_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.reservecond.create`: method, response root, request and response schemas. */
export const tmallServicecenterReservecondCreateOperation = {
  method: 'tmall.servicecenter.reservecond.create',
  responseRoot: 'tmall_servicecenter_reservecond_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建主动预约开通条件 — calls TOP method `tmall.servicecenter.reservecond.create`.
 *
 * 1、设置主动预约开通条件
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterReservecondCreate(
  client: TopClient,
  request: TmallServicecenterReservecondCreateRequest = {},
  options?: CallOptions,
): Promise<TmallServicecenterReservecondCreateResponse> {
  return client.call<TmallServicecenterReservecondCreateResponse>(
    {
      method: 'tmall.servicecenter.reservecond.create',
      responseRoot: 'tmall_servicecenter_reservecond_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
