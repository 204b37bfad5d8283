// Generated from specs/tmallservice/tmall.servicecenter.servicestore.createservicestore.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.servicestore.createservicestore` (服务网点创建). */
export interface TmallServicecenterServicestoreCreateservicestoreRequest {
  /** 网点 */
  service_store: TmallServicecenterServicestoreCreateservicestoreServiceStoreDTOInput;
}

/** Response of `tmall.servicecenter.servicestore.createservicestore`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterServicestoreCreateservicestoreResponse {
  /** result */
  result?: TmallServicecenterServicestoreCreateservicestoreResultBase;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceStoreDTO` of `tmall.servicecenter.servicestore.createservicestore`. */
export interface TmallServicecenterServicestoreCreateservicestoreServiceStoreDTOInput {
  /** 城市 */
  address_city?: string;
  /** 标准地址编码。如果传入了这个字段，则地址信息以这个字段为准 */
  address_code?: Int64Input;
  /** 标准详细地址 */
  address_detail: string;
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
  /** 网点电话，例如座机 */
  phone: string;
  /** 网点编码，创建后不可修改 */
  service_store_code: string;
  /** 网点名称 */
  service_store_name: string;
}

/** `ResultBase` of `tmall.servicecenter.servicestore.createservicestore`. */
export interface TmallServicecenterServicestoreCreateservicestoreResultBase {
  /** 错误码 */
  error_code?: Int64;
  /** 错误信息 */
  error_msg?: string;
  /** gmtCreate */
  gmt_create?: string;
  /** gmtModified */
  gmt_modified?: string;
  /** 方法调用是否成功 */
  success?: boolean;
  /** 返回值 */
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

/** Static description of `tmall.servicecenter.servicestore.createservicestore`: method, response root, request and response schemas. */
export const tmallServicecenterServicestoreCreateservicestoreOperation = {
  method: 'tmall.servicecenter.servicestore.createservicestore',
  responseRoot: 'tmall_servicecenter_servicestore_createservicestore_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务网点创建 — calls TOP method `tmall.servicecenter.servicestore.createservicestore`.
 *
 * 创建网点信息。对于同一个服务商，通过 service_store_code 保证网点唯一性。需要保证网点不存在才能创建。地址信息：中文和编码二选一，都填则以编码address_code为准。
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
export function tmallServicecenterServicestoreCreateservicestore(
  client: TopClient,
  request: TmallServicecenterServicestoreCreateservicestoreRequest,
  options?: CallOptions,
): Promise<TmallServicecenterServicestoreCreateservicestoreResponse> {
  return client.call<TmallServicecenterServicestoreCreateservicestoreResponse>(
    {
      method: 'tmall.servicecenter.servicestore.createservicestore',
      responseRoot: 'tmall_servicecenter_servicestore_createservicestore_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
