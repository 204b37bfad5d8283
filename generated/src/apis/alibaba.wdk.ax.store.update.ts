// Generated from specs/wdk/alibaba.wdk.ax.store.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.ax.store.update` (翱翔经营店更新接口). */
export interface AlibabaWdkAxStoreUpdateRequest {
  /** 入参 */
  ax_store_create_request: AlibabaWdkAxStoreUpdateAxStoreCreateRequestInput;
}

/** Response of `alibaba.wdk.ax.store.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkAxStoreUpdateResponse {
  /** 调用接口返回结果 */
  api_result?: AlibabaWdkAxStoreUpdateApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AxStoreCreateRequest` of `alibaba.wdk.ax.store.update`. */
export interface AlibabaWdkAxStoreUpdateAxStoreCreateRequestInput {
  /** 门店经营状态 1 正常 0 关闭 */
  status: Int64Input;
  /** 纬度 */
  latitude: string;
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
  /** 经度 */
  longitude: string;
}

/** `ApiResult` of `alibaba.wdk.ax.store.update`. */
export interface AlibabaWdkAxStoreUpdateApiResult {
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
    address: 'String',
    area: 'String',
    city: 'String',
    prov: 'String',
    code: 'String',
    name: 'String',
    longitude: 'String',
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

/** Static description of `alibaba.wdk.ax.store.update`: method, response root, request and response schemas. */
export const alibabaWdkAxStoreUpdateOperation = {
  method: 'alibaba.wdk.ax.store.update',
  responseRoot: 'alibaba_wdk_ax_store_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 翱翔经营店更新接口 — calls TOP method `alibaba.wdk.ax.store.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkAxStoreUpdate(
  client: TopClient,
  request: AlibabaWdkAxStoreUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaWdkAxStoreUpdateResponse> {
  return client.call<AlibabaWdkAxStoreUpdateResponse>(
    {
      method: 'alibaba.wdk.ax.store.update',
      responseRoot: 'alibaba_wdk_ax_store_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
