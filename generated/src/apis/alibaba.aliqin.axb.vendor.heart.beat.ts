// Generated from specs/alicom/alibaba.aliqin.axb.vendor.heart.beat.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.axb.vendor.heart.beat` (供应商心跳上报接口). */
export interface AlibabaAliqinAxbVendorHeartBeatRequest {
  /** 可选的预留字段 */
  status?: string;
  /** 供应商合作KEY */
  vendor_key: string;
}

/** Response of `alibaba.aliqin.axb.vendor.heart.beat`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinAxbVendorHeartBeatResponse {
  /** result */
  result?: AlibabaAliqinAxbVendorHeartBeatResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alibaba.aliqin.axb.vendor.heart.beat`. */
export interface AlibabaAliqinAxbVendorHeartBeatResponse2 {
  /** message */
  message?: string;
  /** module */
  module?: boolean;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  status: 'String',
  vendor_key: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    module: 'Boolean',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliqin.axb.vendor.heart.beat`: method, response root, request and response schemas. */
export const alibabaAliqinAxbVendorHeartBeatOperation = {
  method: 'alibaba.aliqin.axb.vendor.heart.beat',
  responseRoot: 'alibaba_aliqin_axb_vendor_heart_beat_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商心跳上报接口 — calls TOP method `alibaba.aliqin.axb.vendor.heart.beat`.
 *
 * 供应商上报自己的心跳信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinAxbVendorHeartBeat(
  client: TopClient,
  request: AlibabaAliqinAxbVendorHeartBeatRequest,
  options?: CallOptions,
): Promise<AlibabaAliqinAxbVendorHeartBeatResponse> {
  return client.call<AlibabaAliqinAxbVendorHeartBeatResponse>(
    {
      method: 'alibaba.aliqin.axb.vendor.heart.beat',
      responseRoot: 'alibaba_aliqin_axb_vendor_heart_beat_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
