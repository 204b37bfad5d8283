// Generated from specs/drugtrace/alibaba.alihealth.drugcheckcode.checklastfour.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drugcheckcode.checklastfour` (校验追溯码的后4位是否正确). */
export interface AlibabaAlihealthDrugcheckcodeChecklastfourRequest {
  /** 追溯码 */
  code: string;
}

/** Response of `alibaba.alihealth.drugcheckcode.checklastfour`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugcheckcodeChecklastfourResponse {
  /** 对象 */
  success_i?: boolean;
  /** 是否正确 */
  model?: boolean;
  /** 调用成功 */
  msg_info?: string;
  /** 调用失败 */
  msg_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  success_i: 'Boolean',
  model: 'Boolean',
  msg_info: 'String',
  msg_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drugcheckcode.checklastfour`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugcheckcodeChecklastfourOperation = {
  method: 'alibaba.alihealth.drugcheckcode.checklastfour',
  responseRoot: 'alibaba_alihealth_drugcheckcode_checklastfour_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 校验追溯码的后4位是否正确 — calls TOP method `alibaba.alihealth.drugcheckcode.checklastfour`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugcheckcodeChecklastfour(
  client: TopClient,
  request: AlibabaAlihealthDrugcheckcodeChecklastfourRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugcheckcodeChecklastfourResponse> {
  return client.call<AlibabaAlihealthDrugcheckcodeChecklastfourResponse>(
    {
      method: 'alibaba.alihealth.drugcheckcode.checklastfour',
      responseRoot: 'alibaba_alihealth_drugcheckcode_checklastfour_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
