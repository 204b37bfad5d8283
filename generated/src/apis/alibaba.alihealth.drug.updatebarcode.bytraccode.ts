// Generated from specs/drugtrace/alibaba.alihealth.drug.updatebarcode.bytraccode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.updatebarcode.bytraccode` (根据追溯码修改69码). */
export interface AlibabaAlihealthDrugUpdatebarcodeBytraccodeRequest {
  /** 追溯码 */
  trace_code: string;
  /** 69码 */
  barcode: string;
}

/** Response of `alibaba.alihealth.drug.updatebarcode.bytraccode`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugUpdatebarcodeBytraccodeResponse {
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  trace_code: 'String',
  barcode: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  msg_code: 'String',
  msg_info: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.updatebarcode.bytraccode`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugUpdatebarcodeBytraccodeOperation = {
  method: 'alibaba.alihealth.drug.updatebarcode.bytraccode',
  responseRoot: 'alibaba_alihealth_drug_updatebarcode_bytraccode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据追溯码修改69码 — calls TOP method `alibaba.alihealth.drug.updatebarcode.bytraccode`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugUpdatebarcodeBytraccode(
  client: TopClient,
  request: AlibabaAlihealthDrugUpdatebarcodeBytraccodeRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugUpdatebarcodeBytraccodeResponse> {
  return client.call<AlibabaAlihealthDrugUpdatebarcodeBytraccodeResponse>(
    {
      method: 'alibaba.alihealth.drug.updatebarcode.bytraccode',
      responseRoot: 'alibaba_alihealth_drug_updatebarcode_bytraccode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
