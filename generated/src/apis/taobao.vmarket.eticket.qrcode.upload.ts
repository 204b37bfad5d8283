// Generated from specs/eticket/taobao.vmarket.eticket.qrcode.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `taobao.vmarket.eticket.qrcode.upload` (码商二维码图片上传). */
export interface TaobaoVmarketEticketQrcodeUploadRequest {
  /** 上传的图片byte[] 小于300K，图片尺寸400*400以内 */
  img_bytes: TopFile;
  /**
   * 码商ID
   *
   * Max length: 32
   */
  code_merchant_id: Int64Input;
}

/** Response of `taobao.vmarket.eticket.qrcode.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoVmarketEticketQrcodeUploadResponse {
  /** 1:成功 其它为失败 */
  ret_code?: Int64;
  /** 图片文件名称 */
  img_filename?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  img_bytes: 'byte[]',
  code_merchant_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret_code: 'Number',
  img_filename: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.vmarket.eticket.qrcode.upload`: method, response root, request and response schemas. */
export const taobaoVmarketEticketQrcodeUploadOperation = {
  method: 'taobao.vmarket.eticket.qrcode.upload',
  responseRoot: 'vmarket_eticket_qrcode_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 码商二维码图片上传 — calls TOP method `taobao.vmarket.eticket.qrcode.upload`.
 *
 * 电子凭证的码商可以通过这个接口，上传他们发送的二维码图片
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoVmarketEticketQrcodeUpload(
  client: TopClient,
  request: TaobaoVmarketEticketQrcodeUploadRequest,
  options?: CallOptions,
): Promise<TaobaoVmarketEticketQrcodeUploadResponse> {
  return client.call<TaobaoVmarketEticketQrcodeUploadResponse>(
    {
      method: 'taobao.vmarket.eticket.qrcode.upload',
      responseRoot: 'vmarket_eticket_qrcode_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
