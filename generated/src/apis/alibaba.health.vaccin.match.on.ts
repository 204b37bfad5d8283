// Generated from specs/vaccin/alibaba.health.vaccin.match.on.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.health.vaccin.match.on` (isv自主上下线疫苗，可以选择上线还是下线). */
export interface AlibabaHealthVaccinMatchOnRequest {
  /** 阿里健康的povId */
  pov_id: string;
  /** 阿里健康的vaccineId */
  vaccine_id: string;
  /** 对码类型：ON表示上线，OFF表示下线 */
  isv_match_type: string;
}

/** Response of `alibaba.health.vaccin.match.on`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHealthVaccinMatchOnResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** 对码是否成功 */
  model?: boolean;
  /** info */
  msg_info?: string;
  /** code */
  msg_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  pov_id: 'String',
  vaccine_id: 'String',
  isv_match_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  model: 'Boolean',
  msg_info: 'String',
  msg_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.health.vaccin.match.on`: method, response root, request and response schemas. */
export const alibabaHealthVaccinMatchOnOperation = {
  method: 'alibaba.health.vaccin.match.on',
  responseRoot: 'alibaba_health_vaccin_match_on_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * isv自主上下线疫苗，可以选择上线还是下线 — calls TOP method `alibaba.health.vaccin.match.on`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHealthVaccinMatchOn(
  client: TopClient,
  request: AlibabaHealthVaccinMatchOnRequest,
  options?: CallOptions,
): Promise<AlibabaHealthVaccinMatchOnResponse> {
  return client.call<AlibabaHealthVaccinMatchOnResponse>(
    {
      method: 'alibaba.health.vaccin.match.on',
      responseRoot: 'alibaba_health_vaccin_match_on_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
