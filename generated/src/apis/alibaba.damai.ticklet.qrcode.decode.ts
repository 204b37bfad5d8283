// Generated from specs/damaiticklet/alibaba.damai.ticklet.qrcode.decode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.ticklet.qrcode.decode` (票夹-动态二维码-解码). */
export interface AlibabaDamaiTickletQrcodeDecodeRequest {
  /** 加密二维码 */
  encrypted_qr_code: string;
  /** 生产系统 */
  product_system_id: string;
}

/** Response of `alibaba.damai.ticklet.qrcode.decode`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiTickletQrcodeDecodeResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** model */
  model?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  encrypted_qr_code: 'String',
  product_system_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  msg_code: 'String',
  msg_info: 'String',
  model: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.damai.ticklet.qrcode.decode`: method, response root, request and response schemas. */
export const alibabaDamaiTickletQrcodeDecodeOperation = {
  method: 'alibaba.damai.ticklet.qrcode.decode',
  responseRoot: 'alibaba_damai_ticklet_qrcode_decode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 票夹-动态二维码-解码 — calls TOP method `alibaba.damai.ticklet.qrcode.decode`.
 *
 * 对于票夹的动态二维码进行解码
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiTickletQrcodeDecode(
  client: TopClient,
  request: AlibabaDamaiTickletQrcodeDecodeRequest,
  options?: CallOptions,
): Promise<AlibabaDamaiTickletQrcodeDecodeResponse> {
  return client.call<AlibabaDamaiTickletQrcodeDecodeResponse>(
    {
      method: 'alibaba.damai.ticklet.qrcode.decode',
      responseRoot: 'alibaba_damai_ticklet_qrcode_decode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
