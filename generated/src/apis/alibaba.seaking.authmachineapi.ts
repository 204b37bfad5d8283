// Generated from specs/seaking/alibaba.seaking.authmachineapi.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.seaking.authmachineapi` (机翻Api授权). */
export interface AlibabaSeakingAuthmachineapiRequest {
  /** erp名称 */
  identify_type: string;
  /** erp用户id */
  identifier: string;
  /** 店铺所在平台 */
  sub_identify_type?: string;
  /** 店铺id(ae为cn开头的店铺id, lazada为邮箱) */
  sub_identifier?: string;
}

/** Response of `alibaba.seaking.authmachineapi`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSeakingAuthmachineapiResponse {
  /** 是否成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  identify_type: 'String',
  identifier: 'String',
  sub_identify_type: 'String',
  sub_identifier: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.seaking.authmachineapi`: method, response root, request and response schemas. */
export const alibabaSeakingAuthmachineapiOperation = {
  method: 'alibaba.seaking.authmachineapi',
  responseRoot: 'alibaba_seaking_authmachineapi_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 机翻Api授权 — calls TOP method `alibaba.seaking.authmachineapi`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSeakingAuthmachineapi(
  client: TopClient,
  request: AlibabaSeakingAuthmachineapiRequest,
  options?: CallOptions,
): Promise<AlibabaSeakingAuthmachineapiResponse> {
  return client.call<AlibabaSeakingAuthmachineapiResponse>(
    {
      method: 'alibaba.seaking.authmachineapi',
      responseRoot: 'alibaba_seaking_authmachineapi_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
