// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.idgenerate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.idgenerate` (终端(医疗机构|零售药店)ID生成接口). */
export interface AlibabaAlihealthDrugKytIdgenerateRequest {
  /** 行政区（省市区） */
  region_code: string;
  /** 零售药店、医疗机构名称 */
  terminal_name: string;
}

/** Response of `alibaba.alihealth.drug.kyt.idgenerate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytIdgenerateResponse {
  /** 返回的ID */
  model?: string;
  /** 返回的编码 */
  msg_code?: string;
  /** 返回的结果 */
  msg_info?: string;
  /** 返回的结果 */
  response_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  region_code: 'String',
  terminal_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'String',
  msg_code: 'String',
  msg_info: 'String',
  response_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.idgenerate`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytIdgenerateOperation = {
  method: 'alibaba.alihealth.drug.kyt.idgenerate',
  responseRoot: 'alibaba_alihealth_drug_kyt_idgenerate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 终端(医疗机构|零售药店)ID生成接口 — calls TOP method `alibaba.alihealth.drug.kyt.idgenerate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytIdgenerate(
  client: TopClient,
  request: AlibabaAlihealthDrugKytIdgenerateRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytIdgenerateResponse> {
  return client.call<AlibabaAlihealthDrugKytIdgenerateResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.idgenerate',
      responseRoot: 'alibaba_alihealth_drug_kyt_idgenerate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
