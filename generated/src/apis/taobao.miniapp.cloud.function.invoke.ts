// Generated from specs/miniapp/taobao.miniapp.cloud.function.invoke.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.cloud.function.invoke` (外部触发云函数). */
export interface TaobaoMiniappCloudFunctionInvokeRequest {
  /** 云函数名称 */
  name: string;
  /** 指定云函数的handler */
  handler: string;
  /** 调用云函数时的传参（JSON格式） */
  data?: string;
  /** 云环境 */
  env: string;
  /** 扩展协议参数 */
  exts?: string;
}

/** Response of `taobao.miniapp.cloud.function.invoke`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappCloudFunctionInvokeResponse {
  /** 返回参数，长度限制8个字符，超出部分会被截断 */
  data?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  name: 'String',
  handler: 'String',
  data: 'String',
  env: 'String',
  exts: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.cloud.function.invoke`: method, response root, request and response schemas. */
export const taobaoMiniappCloudFunctionInvokeOperation = {
  method: 'taobao.miniapp.cloud.function.invoke',
  responseRoot: 'miniapp_cloud_function_invoke_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 外部触发云函数 — calls TOP method `taobao.miniapp.cloud.function.invoke`.
 *
 * 用户isv从外部触发聚石塔云函数的执行。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappCloudFunctionInvoke(
  client: TopClient,
  request: TaobaoMiniappCloudFunctionInvokeRequest,
  options?: CallOptions,
): Promise<TaobaoMiniappCloudFunctionInvokeResponse> {
  return client.call<TaobaoMiniappCloudFunctionInvokeResponse>(
    {
      method: 'taobao.miniapp.cloud.function.invoke',
      responseRoot: 'miniapp_cloud_function_invoke_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
