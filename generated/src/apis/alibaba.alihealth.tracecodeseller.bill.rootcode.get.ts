// Generated from specs/drugtrace/alibaba.alihealth.tracecodeseller.bill.rootcode.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.tracecodeseller.bill.rootcode.get` (获取最外层包装码). */
export interface AlibabaAlihealthTracecodesellerBillRootcodeGetRequest {
  /** 用户身份认证 */
  app_code?: string;
  /** 码 */
  code?: string;
}

/** Response of `alibaba.alihealth.tracecodeseller.bill.rootcode.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthTracecodesellerBillRootcodeGetResponse {
  /** 最外层码 */
  model?: string;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  app_code: 'String',
  code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'String',
  msg_code: 'String',
  msg_info: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.tracecodeseller.bill.rootcode.get`: method, response root, request and response schemas. */
export const alibabaAlihealthTracecodesellerBillRootcodeGetOperation = {
  method: 'alibaba.alihealth.tracecodeseller.bill.rootcode.get',
  responseRoot: 'alibaba_alihealth_tracecodeseller_bill_rootcode_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取最外层包装码 — calls TOP method `alibaba.alihealth.tracecodeseller.bill.rootcode.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthTracecodesellerBillRootcodeGet(
  client: TopClient,
  request: AlibabaAlihealthTracecodesellerBillRootcodeGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthTracecodesellerBillRootcodeGetResponse> {
  return client.call<AlibabaAlihealthTracecodesellerBillRootcodeGetResponse>(
    {
      method: 'alibaba.alihealth.tracecodeseller.bill.rootcode.get',
      responseRoot: 'alibaba_alihealth_tracecodeseller_bill_rootcode_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
