// Generated from specs/wdk/alibaba.wdk.merchant.routing.register.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.merchant.routing.register` (商家注册更新路由信息). */
export interface AlibabaWdkMerchantRoutingRegisterRequest {
  /** 接口入参 */
  merchant_routing_info_register: AlibabaWdkMerchantRoutingRegisterMerchantRoutingInfoRegisterDoInput;
}

/** Response of `alibaba.wdk.merchant.routing.register`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMerchantRoutingRegisterResponse {
  /** 返回结果 */
  result?: AlibabaWdkMerchantRoutingRegisterApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MerchantRoutingInfoRegisterDo` of `alibaba.wdk.merchant.routing.register`. */
export interface AlibabaWdkMerchantRoutingRegisterMerchantRoutingInfoRegisterDoInput {
  /** 仓code，为空时路由为商家维度 */
  warehouse_code?: string;
  /** 操作状态1-注册；2-删除 */
  status: Int64Input;
}

/** `ApiResult` of `alibaba.wdk.merchant.routing.register`. */
export interface AlibabaWdkMerchantRoutingRegisterApiResult {
  /** 调用结果返回成功失败 */
  model?: boolean;
  /** 调用接口错误信息 */
  err_msg?: string;
  /** 调用接口错误码 */
  err_code?: string;
  /** 调用接口成功失败 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  merchant_routing_info_register: {
    warehouse_code: 'String',
    status: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'Boolean',
    err_msg: 'String',
    err_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.merchant.routing.register`: method, response root, request and response schemas. */
export const alibabaWdkMerchantRoutingRegisterOperation = {
  method: 'alibaba.wdk.merchant.routing.register',
  responseRoot: 'alibaba_wdk_merchant_routing_register_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家注册更新路由信息 — calls TOP method `alibaba.wdk.merchant.routing.register`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMerchantRoutingRegister(
  client: TopClient,
  request: AlibabaWdkMerchantRoutingRegisterRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMerchantRoutingRegisterResponse> {
  return client.call<AlibabaWdkMerchantRoutingRegisterResponse>(
    {
      method: 'alibaba.wdk.merchant.routing.register',
      responseRoot: 'alibaba_wdk_merchant_routing_register_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
