// Generated from specs/drugtrace/alibaba.alihealth.tracecodeseller.milk.trace.tosource.add.data.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.tracecodeseller.milk.trace.tosource.add.data` (奶粉溯源-同步数据). */
export interface AlibabaAlihealthTracecodesellerMilkTraceTosourceAddDataRequest {
  /** 奶粉品牌ID */
  ent_id: string;
  /** 奶粉数据 */
  json_str: string;
}

/** Response of `alibaba.alihealth.tracecodeseller.milk.trace.tosource.add.data`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthTracecodesellerMilkTraceTosourceAddDataResponse {
  /** 服务出参true */
  model?: boolean;
  /** 操作码 */
  msg_code?: string;
  /** 操作说明 */
  msg_info?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ent_id: 'String',
  json_str: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'Boolean',
  msg_code: 'String',
  msg_info: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.tracecodeseller.milk.trace.tosource.add.data`: method, response root, request and response schemas. */
export const alibabaAlihealthTracecodesellerMilkTraceTosourceAddDataOperation = {
  method: 'alibaba.alihealth.tracecodeseller.milk.trace.tosource.add.data',
  responseRoot: 'alibaba_alihealth_tracecodeseller_milk_trace_tosource_add_data_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 奶粉溯源-同步数据 — calls TOP method `alibaba.alihealth.tracecodeseller.milk.trace.tosource.add.data`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthTracecodesellerMilkTraceTosourceAddData(
  client: TopClient,
  request: AlibabaAlihealthTracecodesellerMilkTraceTosourceAddDataRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthTracecodesellerMilkTraceTosourceAddDataResponse> {
  return client.call<AlibabaAlihealthTracecodesellerMilkTraceTosourceAddDataResponse>(
    {
      method: 'alibaba.alihealth.tracecodeseller.milk.trace.tosource.add.data',
      responseRoot: 'alibaba_alihealth_tracecodeseller_milk_trace_tosource_add_data_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
