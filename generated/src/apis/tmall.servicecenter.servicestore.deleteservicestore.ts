// Generated from specs/tmallservice/tmall.servicecenter.servicestore.deleteservicestore.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.servicestore.deleteservicestore` (删除网点). */
export interface TmallServicecenterServicestoreDeleteservicestoreRequest {
  /** 网点名称 */
  service_store_code: string;
}

/** Response of `tmall.servicecenter.servicestore.deleteservicestore`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterServicestoreDeleteservicestoreResponse {
  /** result */
  result?: TmallServicecenterServicestoreDeleteservicestoreResultBase;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultBase` of `tmall.servicecenter.servicestore.deleteservicestore`. */
export interface TmallServicecenterServicestoreDeleteservicestoreResultBase {
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
  service_store_code: 'String',
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

/** Static description of `tmall.servicecenter.servicestore.deleteservicestore`: method, response root, request and response schemas. */
export const tmallServicecenterServicestoreDeleteservicestoreOperation = {
  method: 'tmall.servicecenter.servicestore.deleteservicestore',
  responseRoot: 'tmall_servicecenter_servicestore_deleteservicestore_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除网点 — calls TOP method `tmall.servicecenter.servicestore.deleteservicestore`.
 *
 * 删除网点信息。对于同一个服务商，通过 service_store_code 删除网点。
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
export function tmallServicecenterServicestoreDeleteservicestore(
  client: TopClient,
  request: TmallServicecenterServicestoreDeleteservicestoreRequest,
  options?: CallOptions,
): Promise<TmallServicecenterServicestoreDeleteservicestoreResponse> {
  return client.call<TmallServicecenterServicestoreDeleteservicestoreResponse>(
    {
      method: 'tmall.servicecenter.servicestore.deleteservicestore',
      responseRoot: 'tmall_servicecenter_servicestore_deleteservicestore_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
