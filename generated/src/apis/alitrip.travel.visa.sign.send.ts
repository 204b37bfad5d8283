// Generated from specs/normalvisa/alitrip.travel.visa.sign.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.travel.visa.sign.send` (签证批量申请人送签接口). */
export interface AlitripTravelVisaSignSendRequest {
  /** 国家id。目前只支持越南，越南国家id:27027 */
  nation_id: Int64Input;
  /** 送签类型：1-非加急，2-加急，默认非加急 */
  sign_type: Int64Input;
  /**
   * 申请人ids
   *
   * Max list size: 500
   */
  apply_ids: string[];
}

/** Response of `alitrip.travel.visa.sign.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTravelVisaSignSendResponse {
  /** 批次信息 */
  batch_infos?: AlitripTravelVisaSignSendBatchInfo[];
  /** 失败信息 */
  fail_infos?: AlitripTravelVisaSignSendSendSignFailInfo[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BatchInfo` of `alitrip.travel.visa.sign.send`. */
export interface AlitripTravelVisaSignSendBatchInfo {
  /** 批次id */
  batch_id?: string;
  /** 每批次的申请人id */
  apply_ids?: string[];
}

/** `SendSignFailInfo` of `alitrip.travel.visa.sign.send`. */
export interface AlitripTravelVisaSignSendSendSignFailInfo {
  /** 申请人id */
  apply_id?: string;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  nation_id: 'Number',
  sign_type: 'Number',
  apply_ids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  batch_infos: [
    {
      batch_id: 'String',
      apply_ids: ['String'],
    },
  ],
  fail_infos: [
    {
      apply_id: 'String',
      error_msg: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alitrip.travel.visa.sign.send`: method, response root, request and response schemas. */
export const alitripTravelVisaSignSendOperation = {
  method: 'alitrip.travel.visa.sign.send',
  responseRoot: 'alitrip_travel_visa_sign_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 签证批量申请人送签接口 — calls TOP method `alitrip.travel.visa.sign.send`.
 *
 * 签证批量申请人送签接口，用于商家批量送签。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTravelVisaSignSend(
  client: TopClient,
  request: AlitripTravelVisaSignSendRequest,
  options?: CallOptions,
): Promise<AlitripTravelVisaSignSendResponse> {
  return client.call<AlitripTravelVisaSignSendResponse>(
    {
      method: 'alitrip.travel.visa.sign.send',
      responseRoot: 'alitrip_travel_visa_sign_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
