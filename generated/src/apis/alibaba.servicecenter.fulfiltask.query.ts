// Generated from specs/tmallservice/alibaba.servicecenter.fulfiltask.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.servicecenter.fulfiltask.query` (核销单查询). */
export interface AlibabaServicecenterFulfiltaskQueryRequest {
  /** 时间段查询，核销单创建时间，时间段跨度不超过15分钟 */
  gmt_create_start?: DateInput;
  /** 每页条数，默认50，最大50 */
  page_size?: Int64Input;
  /** 核销单外部单号 */
  outer_id?: string;
  /** 时间段查询，核销单创建时间，时间段跨度不超过15分钟 */
  gmt_create_end?: DateInput;
  /** 查询第几页 */
  current_page?: Int64Input;
  /**
   * 核销单id列表
   *
   * Max list size: 999
   */
  fulfil_task_id_list?: Int64Input[];
}

/** Response of `alibaba.servicecenter.fulfiltask.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaServicecenterFulfiltaskQueryResponse {
  /** 接口返回model */
  result?: AlibabaServicecenterFulfiltaskQueryPagedResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PagedResult` of `alibaba.servicecenter.fulfiltask.query`. */
export interface AlibabaServicecenterFulfiltaskQueryPagedResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 总条数 */
  total_count?: Int64;
  /** 核销单 */
  values?: AlibabaServicecenterFulfiltaskQueryValue[];
  /** 错误信息 */
  error_msg?: string;
}

/** `Value` of `alibaba.servicecenter.fulfiltask.query`. */
export interface AlibabaServicecenterFulfiltaskQueryValue {
  /** 工单id列表 */
  workcard_id_list?: Int64[];
  /** 履约方式 */
  fulfil_type_code?: string;
  /** 修改时间 */
  gmt_modify?: string;
  /** 业务身份 */
  biz_code?: string;
  /** 下次联系时间 */
  gmt_next_contact?: string;
  /** 备注 */
  memo?: string;
  /** 预约信息 */
  reservation?: AlibabaServicecenterFulfiltaskQueryReservationDTO;
  /** 原因编码 */
  reason_code?: Int64;
  /** 核销单id */
  id?: Int64;
  /** 创建时间 */
  gmt_create?: string;
  /** 买家信息 */
  buyer?: AlibabaServicecenterFulfiltaskQueryBuyerDTO;
  /** 服务提供者信息 */
  service_provider?: AlibabaServicecenterFulfiltaskQueryServiceProviderDTO;
  /** 核销单外部单号 */
  outer_id?: string;
  /** 原因描述 */
  reason_desc?: string;
  /** 状态编码 */
  status_code?: string;
}

/** `ReservationDTO` of `alibaba.servicecenter.fulfiltask.query`. */
export interface AlibabaServicecenterFulfiltaskQueryReservationDTO {
  /** 预约时间 */
  reserve_time_end?: string;
  /** 预约时间 */
  reserve_time_start?: string;
  /** 预约来源 */
  reserve_request_source_type?: string;
}

/** `BuyerDTO` of `alibaba.servicecenter.fulfiltask.query`. */
export interface AlibabaServicecenterFulfiltaskQueryBuyerDTO {
  /** 省 */
  address_province?: string;
  /** 买家昵称 */
  buyer_nick?: string;
  /** 买家手机号 */
  mobile?: string;
  /** 买家姓名 */
  buyer_name?: string;
  /** 街道 */
  address_town?: string;
  /** 买家详细地址 */
  address_detail?: string;
  /** 买家固定电话 */
  phone?: string;
  /** 买家完整地址 */
  full_address?: string;
  /** 地区编码 */
  location?: Int64;
  /** 区 */
  address_district?: string;
  /** 市 */
  address_city?: string;
}

/** `ServiceProviderDTO` of `alibaba.servicecenter.fulfiltask.query`. */
export interface AlibabaServicecenterFulfiltaskQueryServiceProviderDTO {
  /** 网点编码 */
  service_store_code?: string;
  /** 网点名称 */
  service_store_name?: string;
  /** 工人电话 */
  worker_mobile?: string;
  /** 网点id */
  service_store_id?: Int64;
  /** 工人姓名 */
  worker_name?: string;
  /** 服务商昵称 */
  tp_nick?: string;
}

const REQUEST_SCHEMA = {
  gmt_create_start: 'Date',
  page_size: 'Number',
  outer_id: 'String',
  gmt_create_end: 'Date',
  current_page: 'Number',
  fulfil_task_id_list: ['Number'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    total_count: 'Number',
    values: [
      {
        workcard_id_list: ['Number'],
        fulfil_type_code: 'String',
        gmt_modify: 'Date',
        biz_code: 'String',
        gmt_next_contact: 'Date',
        memo: 'String',
        reservation: {
          reserve_time_end: 'Date',
          reserve_time_start: 'Date',
          reserve_request_source_type: 'String',
        },
        reason_code: 'Number',
        id: 'Number',
        gmt_create: 'Date',
        buyer: {
          address_province: 'String',
          buyer_nick: 'String',
          mobile: 'String',
          buyer_name: 'String',
          address_town: 'String',
          address_detail: 'String',
          phone: 'String',
          full_address: 'String',
          location: 'Number',
          address_district: 'String',
          address_city: 'String',
        },
        service_provider: {
          service_store_code: 'String',
          service_store_name: 'String',
          worker_mobile: 'String',
          service_store_id: 'Number',
          worker_name: 'String',
          tp_nick: 'String',
        },
        outer_id: 'String',
        reason_desc: 'String',
        status_code: 'String',
      },
    ],
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.servicecenter.fulfiltask.query`: method, response root, request and response schemas. */
export const alibabaServicecenterFulfiltaskQueryOperation = {
  method: 'alibaba.servicecenter.fulfiltask.query',
  responseRoot: 'alibaba_servicecenter_fulfiltask_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 核销单查询 — calls TOP method `alibaba.servicecenter.fulfiltask.query`.
 *
 * 当系统生成核销单之后，需要派单到服务商，服务商根据核销里的服务信息和用户信息，给消费者提供服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaServicecenterFulfiltaskQuery(
  client: TopClient,
  request: AlibabaServicecenterFulfiltaskQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaServicecenterFulfiltaskQueryResponse> {
  return client.call<AlibabaServicecenterFulfiltaskQueryResponse>(
    {
      method: 'alibaba.servicecenter.fulfiltask.query',
      responseRoot: 'alibaba_servicecenter_fulfiltask_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
