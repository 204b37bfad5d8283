// Generated from specs/drugtrace/alibaba.alihealth.drug.getbarcode.bytraccode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.getbarcode.bytraccode` (根据追溯码获取69码). */
export interface AlibabaAlihealthDrugGetbarcodeBytraccodeRequest {
  /** 追溯码 */
  trace_code: string;
}

/** Response of `alibaba.alihealth.drug.getbarcode.bytraccode`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugGetbarcodeBytraccodeResponse {
  /** result */
  result?: AlibabaAlihealthDrugGetbarcodeBytraccodeTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultModel` of `alibaba.alihealth.drug.getbarcode.bytraccode`. */
export interface AlibabaAlihealthDrugGetbarcodeBytraccodeTopResultModel {
  /** 包含药品生产日期、有效期至、69码、批次号 */
  model?: string;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
}

const REQUEST_SCHEMA = {
  trace_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'String',
    msg_code: 'String',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.getbarcode.bytraccode`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugGetbarcodeBytraccodeOperation = {
  method: 'alibaba.alihealth.drug.getbarcode.bytraccode',
  responseRoot: 'alibaba_alihealth_drug_getbarcode_bytraccode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据追溯码获取69码 — calls TOP method `alibaba.alihealth.drug.getbarcode.bytraccode`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugGetbarcodeBytraccode(
  client: TopClient,
  request: AlibabaAlihealthDrugGetbarcodeBytraccodeRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugGetbarcodeBytraccodeResponse> {
  return client.call<AlibabaAlihealthDrugGetbarcodeBytraccodeResponse>(
    {
      method: 'alibaba.alihealth.drug.getbarcode.bytraccode',
      responseRoot: 'alibaba_alihealth_drug_getbarcode_bytraccode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
