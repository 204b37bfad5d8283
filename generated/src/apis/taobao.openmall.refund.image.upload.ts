// Generated from specs/openmall/taobao.openmall.refund.image.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `taobao.openmall.refund.image.upload` (OpenMall退款图片上传). */
export interface TaobaoOpenmallRefundImageUploadRequest {
  /** 上传图片，必须为jpg或png格式，建议小于2M */
  image: TopFile;
  /** 渠道商Nick */
  distributor: string;
  /** 该图片归属的退款单ID */
  refund_id: Int64Input;
}

/** Response of `taobao.openmall.refund.image.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenmallRefundImageUploadResponse {
  /** 图片上传对应Token，用于提交留言接口 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  image: 'byte[]',
  distributor: 'String',
  refund_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.openmall.refund.image.upload`: method, response root, request and response schemas. */
export const taobaoOpenmallRefundImageUploadOperation = {
  method: 'taobao.openmall.refund.image.upload',
  responseRoot: 'openmall_refund_image_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * OpenMall退款图片上传 — calls TOP method `taobao.openmall.refund.image.upload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenmallRefundImageUpload(
  client: TopClient,
  request: TaobaoOpenmallRefundImageUploadRequest,
  options?: CallOptions,
): Promise<TaobaoOpenmallRefundImageUploadResponse> {
  return client.call<TaobaoOpenmallRefundImageUploadResponse>(
    {
      method: 'taobao.openmall.refund.image.upload',
      responseRoot: 'openmall_refund_image_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
