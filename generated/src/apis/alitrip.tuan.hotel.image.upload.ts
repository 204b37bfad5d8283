// Generated from specs/tuanhotel/alitrip.tuan.hotel.image.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.tuan.hotel.image.upload` (图片上传接口). */
export interface AlitripTuanHotelImageUploadRequest {
  /**
   * 上传图片信息列表，最多一次支持5张图片上传。单张图片大小限制为1M
   *
   * Max list size: 5
   */
  image_info_list: AlitripTuanHotelImageUploadImageInfoVOListInput[];
}

/** Response of `alitrip.tuan.hotel.image.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTuanHotelImageUploadResponse {
  /** 上传图片结果返回列表 */
  image_path_result_list?: AlitripTuanHotelImageUploadImagePathResultVoList[];
  /** 上传操作错误码 */
  msg_code?: string;
  /** 上传操作是否成功 */
  status?: boolean;
  /** 上传操作异常信息 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ImageInfoVOList` of `alitrip.tuan.hotel.image.upload`. */
export interface AlitripTuanHotelImageUploadImageInfoVOListInput {
  /** 图片ID */
  image_uid: string;
  /** 图片URL地址 */
  image_url: string;
  /** false */
  is_phone?: boolean;
}

/** `ImagePathResultVoList` of `alitrip.tuan.hotel.image.upload`. */
export interface AlitripTuanHotelImageUploadImagePathResultVoList {
  /** 图片id */
  image_uid?: string;
  /** 在图片中心的地址路径 */
  image_path?: string;
  /** 异常信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  image_info_list: [
    {
      image_uid: 'String',
      image_url: 'String',
      is_phone: 'Boolean',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  image_path_result_list: [
    {
      image_uid: 'String',
      image_path: 'String',
      error_msg: 'String',
    },
  ],
  msg_code: 'String',
  status: 'Boolean',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.tuan.hotel.image.upload`: method, response root, request and response schemas. */
export const alitripTuanHotelImageUploadOperation = {
  method: 'alitrip.tuan.hotel.image.upload',
  responseRoot: 'alitrip_tuan_hotel_image_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 图片上传接口 — calls TOP method `alitrip.tuan.hotel.image.upload`.
 *
 * 用户调用此接口完成外网图片上传至卖家图片中心，此接口返回图片中心的图片地址
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTuanHotelImageUpload(
  client: TopClient,
  request: AlitripTuanHotelImageUploadRequest,
  options?: CallOptions,
): Promise<AlitripTuanHotelImageUploadResponse> {
  return client.call<AlitripTuanHotelImageUploadResponse>(
    {
      method: 'alitrip.tuan.hotel.image.upload',
      responseRoot: 'alitrip_tuan_hotel_image_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
