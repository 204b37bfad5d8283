// Generated from specs/tmallservice/tmall.servicecenter.servicestore.updateservicestore.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.servicestore.updateservicestore` (修改网点信息). */
export interface TmallServicecenterServicestoreUpdateservicestoreRequest {
  /** 网点 */
  service_store: TmallServicecenterServicestoreUpdateservicestoreServiceStoreDtoInput;
}

/** Response of `tmall.servicecenter.servicestore.updateservicestore`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterServicestoreUpdateservicestoreResponse {
  /** result */
  result?: TmallServicecenterServicestoreUpdateservicestoreResultBase;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceStoreDto` of `tmall.servicecenter.servicestore.updateservicestore`. */
export interface TmallServicecenterServicestoreUpdateservicestoreServiceStoreDtoInput {
  /** 城市 */
  address_city?: string;
  /** 标准地址编码 */
  address_code?: Int64Input;
  /** 标准详细地址 */
  address_detail?: string;
  /** 标准地址-区 */
  address_district?: string;
  /** 标准地址-省 */
  address_province?: string;
  /** 标准地址-街道 */
  address_town?: string;
  /** 网点经理人姓名 */
  manager_name?: string;
  /** 网点经理人电话 */
  manager_phone?: string;
  /** 网点电话 */
  phone?: string;
  /** 网点编码 */
  service_store_code: string;
  /** 网点名称 */
  service_store_name?: string;
}

/** `ResultBase` of `tmall.servicecenter.servicestore.updateservicestore`. */
export interface TmallServicecenterServicestoreUpdateservicestoreResultBase {
  /** errorCode */
  error_code?: Int64;
  /** errorMsg */
  error_msg?: string;
  /** gmtCreate */
  gmt_create?: string;
  /** gmtModified */
  gmt_modified?: string;
  /** success */
  success?: boolean;
  /** value */
  value?: Int64;
}

const REQUEST_SCHEMA = {
  service_store: {
    address_city: 'String',
    address_code: 'Number',
    address_detail: 'String',
    address_district: 'String',
    address_province: 'String',
    address_town: 'String',
    manager_name: 'String',
    manager_phone: 'String',
    phone: 'String',
    service_store_code: 'String',
    service_store_name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'Number',
    error_msg: 'String',
    gmt_create: 'Date',
    gmt_modified: 'Date',
    success: 'Boolean',
    value: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.servicestore.updateservicestore`: method, response root, request and response schemas. */
export const tmallServicecenterServicestoreUpdateservicestoreOperation = {
  method: 'tmall.servicecenter.servicestore.updateservicestore',
  responseRoot: 'tmall_servicecenter_servicestore_updateservicestore_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改网点信息 — calls TOP method `tmall.servicecenter.servicestore.updateservicestore`.
 *
 * 修改网点信息。对于同一个服务商，通过 service_store_code 保证网点唯一性。需要保证网点存在才能修改。
 * 错误码
 * 1, 服务商昵称无效
 * 2, 缺少省份
 * 3, 缺少城市
 * 4, 缺少区域
 * 5, 缺少详细地址
 * 6, 传入地址不在标准地址库中，无法解析
 * 7, 缺少网点编码
 * 8, 缺少网点名称
 * 9, 缺少网点电话
 * 10, 网点已存在
 * 11, 网点不存在
 * 12, 系统错误
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterServicestoreUpdateservicestore(
  client: TopClient,
  request: TmallServicecenterServicestoreUpdateservicestoreRequest,
  options?: CallOptions,
): Promise<TmallServicecenterServicestoreUpdateservicestoreResponse> {
  return client.call<TmallServicecenterServicestoreUpdateservicestoreResponse>(
    {
      method: 'tmall.servicecenter.servicestore.updateservicestore',
      responseRoot: 'tmall_servicecenter_servicestore_updateservicestore_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
