// Generated from specs/yunos/aliyun.cosmo.gateway.invoke.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliyun.cosmo.gateway.invoke` (alios cosmo服务调用). */
export interface AliyunCosmoGatewayInvokeRequest {
  /** 请求上下文参数 */
  context: string | Record<string, unknown>;
  /** 请求对象 */
  rdam_request: AliyunCosmoGatewayInvokeRdamGenericRequestInput;
}

/** Response of `aliyun.cosmo.gateway.invoke`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliyunCosmoGatewayInvokeResponse {
  /** result */
  result?: AliyunCosmoGatewayInvokeRdamResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RdamGenericRequest` of `aliyun.cosmo.gateway.invoke`. */
export interface AliyunCosmoGatewayInvokeRdamGenericRequestInput {
  /** 请求标示 */
  trace_id?: string;
}

/** `RdamResponse` of `aliyun.cosmo.gateway.invoke`. */
export interface AliyunCosmoGatewayInvokeRdamResponse {
  /** message */
  message?: string;
  /** more */
  more?: string | Record<string, unknown>;
  /** code */
  code?: Int64;
  /** dataList */
  data_list?: (string | Record<string, unknown>)[];
  /** traceId */
  trace_id?: string;
  /** biz_code */
  biz_code?: Int64;
  /** biz_msg */
  biz_msg?: string;
}

const REQUEST_SCHEMA = {
  context: 'Json',
  rdam_request: {
    trace_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    more: 'Json',
    code: 'Number',
    data_list: ['Json'],
    trace_id: 'String',
    biz_code: 'Number',
    biz_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliyun.cosmo.gateway.invoke`: method, response root, request and response schemas. */
export const aliyunCosmoGatewayInvokeOperation = {
  method: 'aliyun.cosmo.gateway.invoke',
  responseRoot: 'aliyun_cosmo_gateway_invoke_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * alios cosmo服务调用 — calls TOP method `aliyun.cosmo.gateway.invoke`.
 *
 * AliOS cosmo服务分发平台对外调用接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliyunCosmoGatewayInvoke(
  client: TopClient,
  request: AliyunCosmoGatewayInvokeRequest,
  options?: CallOptions,
): Promise<AliyunCosmoGatewayInvokeResponse> {
  return client.call<AliyunCosmoGatewayInvokeResponse>(
    {
      method: 'aliyun.cosmo.gateway.invoke',
      responseRoot: 'aliyun_cosmo_gateway_invoke_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
