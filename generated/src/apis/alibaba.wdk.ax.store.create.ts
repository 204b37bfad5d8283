// Generated from specs/wdk/alibaba.wdk.ax.store.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.ax.store.create` (翱象经营店创建接口). */
export interface AlibabaWdkAxStoreCreateRequest {
  /** 入参 */
  ax_store_create_request: AlibabaWdkAxStoreCreateAxStoreCreateRequestInput;
}

/** Response of `alibaba.wdk.ax.store.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkAxStoreCreateResponse {
  /** 返回结果 */
  api_result?: AlibabaWdkAxStoreCreateApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AxStoreCreateRequest` of `alibaba.wdk.ax.store.create`. */
export interface AlibabaWdkAxStoreCreateAxStoreCreateRequestInput {
  /** 门店经营状态 ：1 正常 0 关闭 */
  status: Int64Input;
  /** 纬度 */
  latitude: string;
  /** 经度 */
  longitude: string;
  /** 地址 */
  address: string;
  /** 区编码 */
  area: string;
  /** 市编码 */
  city: string;
  /** 省编码 */
  prov: string;
  /** 门店编码 */
  code: string;
  /** 门店名称 */
  name: string;
}

/** `ApiResult` of `alibaba.wdk.ax.store.create`. */
export interface AlibabaWdkAxStoreCreateApiResult {
  /** 返回对象 */
  model?: boolean;
  /** 调用接口返回错误编码 */
  err_code?: string;
  /** 调用接口返回错误信息 */
  err_msg?: string;
  /** 调用接口返回成功失败 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  ax_store_create_request: {
    status: 'Number',
    latitude: 'String',
    longitude: 'String',
    address: 'String',
    area: 'String',
    city: 'String',
    prov: 'String',
    code: 'String',
    name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    model: 'Boolean',
    err_code: 'String',
    err_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.ax.store.create`: method, response root, request and response schemas. */
export const alibabaWdkAxStoreCreateOperation = {
  method: 'alibaba.wdk.ax.store.create',
  responseRoot: 'alibaba_wdk_ax_store_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 翱象经营店创建接口 — calls TOP method `alibaba.wdk.ax.store.create`.
 *
 * 翱象经营店创建
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkAxStoreCreate(
  client: TopClient,
  request: AlibabaWdkAxStoreCreateRequest,
  options?: CallOptions,
): Promise<AlibabaWdkAxStoreCreateResponse> {
  return client.call<AlibabaWdkAxStoreCreateResponse>(
    {
      method: 'alibaba.wdk.ax.store.create',
      responseRoot: 'alibaba_wdk_ax_store_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
