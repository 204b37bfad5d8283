// Generated from specs/tmallservice/tmall.servicecenter.spserviceorder.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.spserviceorder.create` (服务单创建). */
export interface TmallServicecenterSpserviceorderCreateRequest {
  /** 服务产品id */
  service_product_id: Int64Input;
  /** 服务对象类型 */
  service_object_type: string;
  /** 服务对象类型名称 */
  service_object_name?: string;
  /** 服务内容 */
  service_content: string;
  /** 服务计价json */
  service_properties: string | Record<string, unknown>;
  /** 品牌id */
  brand_id?: Int64Input;
  /** 消费者信息 */
  buyer: TmallServicecenterSpserviceorderCreateBuyerDTOInput;
  /** 预约信息 */
  reservation?: TmallServicecenterSpserviceorderCreateReservationDTOInput;
  /** 数量 */
  service_count: Int64Input;
  /** 外部单号 */
  out_order_id: string;
  /** 外部渠道 */
  source: string;
  /** 额外业务信息 */
  ext_json?: string | Record<string, unknown>;
  /** 备注 */
  memo?: string;
}

/** Response of `tmall.servicecenter.spserviceorder.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterSpserviceorderCreateResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** 错误信息 */
  display_msg?: string;
  /** 服务单id */
  service_order_id?: Int64;
  /** 工单id列表 */
  workcard_ids?: Int64[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BuyerDTO` of `tmall.servicecenter.spserviceorder.create`. */
export interface TmallServicecenterSpserviceorderCreateBuyerDTOInput {
  /** 买家地址-省 */
  address_province?: string;
  /** 买家地址-市 */
  address_city?: string;
  /** 买家地址-区 */
  address_district?: string;
  /** 买家地址-街道 */
  address_town?: string;
  /** 买家地址-详细地址 */
  address_detail?: string;
  /** 买家地址-完整地址 */
  full_address?: string;
  /** 买家地址-地址编码 */
  location?: Int64Input;
  /** 买家姓名 */
  buyer_name: string;
  /** 买家手机号 */
  mobile: string;
}

/** `ReservationDTO` of `tmall.servicecenter.spserviceorder.create`. */
export interface TmallServicecenterSpserviceorderCreateReservationDTOInput {
  /** 消费者预约开始时间 */
  reserve_time_start?: DateInput;
  /** 消费者预约结束时间 */
  reserve_time_end?: DateInput;
}

const REQUEST_SCHEMA = {
  service_product_id: 'Number',
  service_object_type: 'String',
  service_object_name: 'String',
  service_content: 'String',
  service_properties: 'Json',
  brand_id: 'Number',
  buyer: {
    address_province: 'String',
    address_city: 'String',
    address_district: 'String',
    address_town: 'String',
    address_detail: 'String',
    full_address: 'String',
    location: 'Number',
    buyer_name: 'String',
    mobile: 'String',
  },
  reservation: {
    reserve_time_start: 'Date',
    reserve_time_end: 'Date',
  },
  service_count: 'Number',
  out_order_id: 'String',
  source: 'String',
  ext_json: 'Json',
  memo: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  display_msg: 'String',
  service_order_id: 'Number',
  workcard_ids: ['Number'],
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.spserviceorder.create`: method, response root, request and response schemas. */
export const tmallServicecenterSpserviceorderCreateOperation = {
  method: 'tmall.servicecenter.spserviceorder.create',
  responseRoot: 'tmall_servicecenter_spserviceorder_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务单创建 — calls TOP method `tmall.servicecenter.spserviceorder.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterSpserviceorderCreate(
  client: TopClient,
  request: TmallServicecenterSpserviceorderCreateRequest,
  options?: CallOptions,
): Promise<TmallServicecenterSpserviceorderCreateResponse> {
  return client.call<TmallServicecenterSpserviceorderCreateResponse>(
    {
      method: 'tmall.servicecenter.spserviceorder.create',
      responseRoot: 'tmall_servicecenter_spserviceorder_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
