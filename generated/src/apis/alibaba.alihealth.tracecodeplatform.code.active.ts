// Generated from specs/alihealth2/alibaba.alihealth.tracecodeplatform.code.active.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.tracecodeplatform.code.active` (正大鸡蛋激活追溯码). */
export interface AlibabaAlihealthTracecodeplatformCodeActiveRequest {
  /** 回调url */
  callback_url?: string;
  /** 文件名 */
  file_name?: string;
  /** 商品id */
  prod_id: Int64Input;
  /** 文件信息（对文件内容16进制编码） */
  file_info: string;
}

/** Response of `alibaba.alihealth.tracecodeplatform.code.active`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthTracecodeplatformCodeActiveResponse {
  /** 返回结果 */
  result?: AlibabaAlihealthTracecodeplatformCodeActiveResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihealth.tracecodeplatform.code.active`. */
export interface AlibabaAlihealthTracecodeplatformCodeActiveResult {
  /** 状态代码 */
  msg_code?: string;
  /** 状态信息 */
  msg_info?: string;
  /** 调用状态 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  callback_url: 'String',
  file_name: 'String',
  prod_id: 'Number',
  file_info: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.tracecodeplatform.code.active`: method, response root, request and response schemas. */
export const alibabaAlihealthTracecodeplatformCodeActiveOperation = {
  method: 'alibaba.alihealth.tracecodeplatform.code.active',
  responseRoot: 'alibaba_alihealth_tracecodeplatform_code_active_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 正大鸡蛋激活追溯码 — calls TOP method `alibaba.alihealth.tracecodeplatform.code.active`.
 *
 * 用于正大鸡蛋激活追溯码
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthTracecodeplatformCodeActive(
  client: TopClient,
  request: AlibabaAlihealthTracecodeplatformCodeActiveRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthTracecodeplatformCodeActiveResponse> {
  return client.call<AlibabaAlihealthTracecodeplatformCodeActiveResponse>(
    {
      method: 'alibaba.alihealth.tracecodeplatform.code.active',
      responseRoot: 'alibaba_alihealth_tracecodeplatform_code_active_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
