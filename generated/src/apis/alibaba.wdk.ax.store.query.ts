// Generated from specs/wdk/alibaba.wdk.ax.store.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.ax.store.query` (翱象经营店查询接口). */
export interface AlibabaWdkAxStoreQueryRequest {
  /** 查询入参 */
  query_request: AlibabaWdkAxStoreQueryAxStoreQueryRequestInput;
}

/** Response of `alibaba.wdk.ax.store.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkAxStoreQueryResponse {
  /** 查询接口返回结果 */
  api_result?: AlibabaWdkAxStoreQueryApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AxStoreQueryRequest` of `alibaba.wdk.ax.store.query`. */
export interface AlibabaWdkAxStoreQueryAxStoreQueryRequestInput {
  /** 经营店code */
  store_code: string;
}

/** `ApiResult` of `alibaba.wdk.ax.store.query`. */
export interface AlibabaWdkAxStoreQueryApiResult {
  /** 调用接口返回成功失败 */
  success?: boolean;
  /** 调用接口返回错误信息 */
  err_msg?: string;
  /** 调用接口返回错误编码 */
  err_code?: string;
  /** 查询接口返回对象 */
  model?: AlibabaWdkAxStoreQueryAxStoreQueryResponse;
}

/** `AxStoreQueryResponse` of `alibaba.wdk.ax.store.query`. */
export interface AlibabaWdkAxStoreQueryAxStoreQueryResponse {
  /** 负责人姓名 */
  principal_name?: string;
  /** 负责人 */
  principal?: string;
  /** 门店经营状态 1营业 0闭店 */
  status?: Int64;
  /** 纬度 */
  latitude?: string;
  /** 经度 */
  longitude?: string;
  /** 地址 */
  address?: string;
  /** 区编码 */
  area?: string;
  /** 市编码 */
  city?: string;
  /** 省编码 */
  prov?: string;
  /** 门店名字 */
  name?: string;
  /** 门店编码 */
  code?: string;
  /** 商家code */
  merchant_code?: string;
}

const REQUEST_SCHEMA = {
  query_request: {
    store_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    success: 'Boolean',
    err_msg: 'String',
    err_code: 'String',
    model: {
      principal_name: 'String',
      principal: 'String',
      status: 'Number',
      latitude: 'String',
      longitude: 'String',
      address: 'String',
      area: 'String',
      city: 'String',
      prov: 'String',
      name: 'String',
      code: 'String',
      merchant_code: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.ax.store.query`: method, response root, request and response schemas. */
export const alibabaWdkAxStoreQueryOperation = {
  method: 'alibaba.wdk.ax.store.query',
  responseRoot: 'alibaba_wdk_ax_store_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 翱象经营店查询接口 — calls TOP method `alibaba.wdk.ax.store.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkAxStoreQuery(
  client: TopClient,
  request: AlibabaWdkAxStoreQueryRequest,
  options?: CallOptions,
): Promise<AlibabaWdkAxStoreQueryResponse> {
  return client.call<AlibabaWdkAxStoreQueryResponse>(
    {
      method: 'alibaba.wdk.ax.store.query',
      responseRoot: 'alibaba_wdk_ax_store_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
