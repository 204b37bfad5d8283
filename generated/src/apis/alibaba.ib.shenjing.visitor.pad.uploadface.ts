// Generated from specs/shenjing/alibaba.ib.shenjing.visitor.pad.uploadface.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ib.shenjing.visitor.pad.uploadface` (访客PAD上传人脸). */
export interface AlibabaIbShenjingVisitorPadUploadfaceRequest {
  /** 访客ID */
  id?: string;
  /** 图片URL */
  image?: string;
}

/** Response of `alibaba.ib.shenjing.visitor.pad.uploadface`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIbShenjingVisitorPadUploadfaceResponse {
  /** 内容 */
  content?: AlibabaIbShenjingVisitorPadUploadfaceUploadFaceDo;
  /** 错误码 */
  result_code?: string;
  /** 错误信息 */
  result_msg?: string;
  /** request_id */
  result_request_id?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UploadFaceDo` of `alibaba.ib.shenjing.visitor.pad.uploadface`. */
export interface AlibabaIbShenjingVisitorPadUploadfaceUploadFaceDo {
  /** 中文消息 */
  desc?: string;
  /** 访客总数 */
  visitor_face_photo_total_num?: Int64;
  /** 出参 */
  map?: AlibabaIbShenjingVisitorPadUploadfaceResultMap;
  /** extDesc */
  ext_desc?: string;
  /** 状态码 */
  code?: string;
  /** 当前上传人数 */
  visitor_face_photo_current_num?: Int64;
}

/** `ResultMap` of `alibaba.ib.shenjing.visitor.pad.uploadface`. */
export interface AlibabaIbShenjingVisitorPadUploadfaceResultMap {
  /** 图片URL */
  photo_url?: string;
  /** 园区名称 */
  campus_name?: string;
}

const REQUEST_SCHEMA = {
  id: 'String',
  image: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  content: {
    desc: 'String',
    visitor_face_photo_total_num: 'Number',
    map: {
      photo_url: 'String',
      campus_name: 'String',
    },
    ext_desc: 'String',
    code: 'String',
    visitor_face_photo_current_num: 'Number',
  },
  result_code: 'String',
  result_msg: 'String',
  result_request_id: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ib.shenjing.visitor.pad.uploadface`: method, response root, request and response schemas. */
export const alibabaIbShenjingVisitorPadUploadfaceOperation = {
  method: 'alibaba.ib.shenjing.visitor.pad.uploadface',
  responseRoot: 'alibaba_ib_shenjing_visitor_pad_uploadface_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 访客PAD上传人脸 — calls TOP method `alibaba.ib.shenjing.visitor.pad.uploadface`.
 *
 * 访客PAD端上传人脸。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIbShenjingVisitorPadUploadface(
  client: TopClient,
  request: AlibabaIbShenjingVisitorPadUploadfaceRequest = {},
  options?: CallOptions,
): Promise<AlibabaIbShenjingVisitorPadUploadfaceResponse> {
  return client.call<AlibabaIbShenjingVisitorPadUploadfaceResponse>(
    {
      method: 'alibaba.ib.shenjing.visitor.pad.uploadface',
      responseRoot: 'alibaba_ib_shenjing_visitor_pad_uploadface_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
