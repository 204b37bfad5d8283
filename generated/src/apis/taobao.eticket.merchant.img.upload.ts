// Generated from specs/eticket/taobao.eticket.merchant.img.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `taobao.eticket.merchant.img.upload` (码商上传二维码图片). */
export interface TaobaoEticketMerchantImgUploadRequest {
  /** 二维码图片 */
  img_bytes: TopFile;
}

/** Response of `taobao.eticket.merchant.img.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoEticketMerchantImgUploadResponse {
  /** 回复对象 */
  resp_body?: TaobaoEticketMerchantImgUploadUploadImgCallbackResp;
  /** 子结果码 */
  ret_code?: string;
  /** 子结果信息 */
  ret_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UploadImgCallbackResp` of `taobao.eticket.merchant.img.upload`. */
export interface TaobaoEticketMerchantImgUploadUploadImgCallbackResp {
  /** 扩展属性 */
  attribute_map?: string;
  /** 图片在淘宝的文件名 */
  file_name?: string;
}

const REQUEST_SCHEMA = {
  img_bytes: 'byte[]',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  resp_body: {
    attribute_map: 'String',
    file_name: 'String',
  },
  ret_code: 'String',
  ret_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.eticket.merchant.img.upload`: method, response root, request and response schemas. */
export const taobaoEticketMerchantImgUploadOperation = {
  method: 'taobao.eticket.merchant.img.upload',
  responseRoot: 'eticket_merchant_img_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 码商上传二维码图片 — calls TOP method `taobao.eticket.merchant.img.upload`.
 *
 * 电子凭证的码商可以通过这个接口，上传二维码图片
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoEticketMerchantImgUpload(
  client: TopClient,
  request: TaobaoEticketMerchantImgUploadRequest,
  options?: CallOptions,
): Promise<TaobaoEticketMerchantImgUploadResponse> {
  return client.call<TaobaoEticketMerchantImgUploadResponse>(
    {
      method: 'taobao.eticket.merchant.img.upload',
      responseRoot: 'eticket_merchant_img_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
