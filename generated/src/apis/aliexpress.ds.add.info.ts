// Generated from specs/aedropshiper/aliexpress.ds.add.info.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.ds.add.info` (上报DS信息). */
export interface AliexpressDsAddInfoRequest {
  /** Request object */
  param0?: AliexpressDsAddInfoDropShipperReqInput;
}

/** Response of `aliexpress.ds.add.info`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressDsAddInfoResponse {
  /** Result object */
  result?: boolean;
  /** Error message */
  rsp_msg?: string;
  /** Error code */
  rsp_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DropShipperReq` of `aliexpress.ds.add.info`. */
export interface AliexpressDsAddInfoDropShipperReqInput {
  /** Store address */
  store_url?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    store_url: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
  rsp_msg: 'String',
  rsp_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.ds.add.info`: method, response root, request and response schemas. */
export const aliexpressDsAddInfoOperation = {
  method: 'aliexpress.ds.add.info',
  responseRoot: 'aliexpress_ds_add_info_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 上报DS信息 — calls TOP method `aliexpress.ds.add.info`.
 *
 * ISV用户上报下游DS信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressDsAddInfo(
  client: TopClient,
  request: AliexpressDsAddInfoRequest = {},
  options?: CallOptions,
): Promise<AliexpressDsAddInfoResponse> {
  return client.call<AliexpressDsAddInfoResponse>(
    {
      method: 'aliexpress.ds.add.info',
      responseRoot: 'aliexpress_ds_add_info_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
