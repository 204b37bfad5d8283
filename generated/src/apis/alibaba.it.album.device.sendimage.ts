// Generated from specs/ioti/alibaba.it.album.device.sendimage.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.it.album.device.sendimage` (相框设备厂测刷图接口). */
export interface AlibabaItAlbumDeviceSendimageRequest {
  /** 下发图片mac地址 */
  mac?: string;
}

/** Response of `alibaba.it.album.device.sendimage`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaItAlbumDeviceSendimageResponse {
  /** 返回错误码与参数 */
  resultmsg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  mac: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  resultmsg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.it.album.device.sendimage`: method, response root, request and response schemas. */
export const alibabaItAlbumDeviceSendimageOperation = {
  method: 'alibaba.it.album.device.sendimage',
  responseRoot: 'alibaba_it_album_device_sendimage_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 相框设备厂测刷图接口 — calls TOP method `alibaba.it.album.device.sendimage`.
 *
 * 提供传入电子相框设备mac，mac需属于厂测白名单设备，将设备刷新为系统默认的厂测图片
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaItAlbumDeviceSendimage(
  client: TopClient,
  request: AlibabaItAlbumDeviceSendimageRequest = {},
  options?: CallOptions,
): Promise<AlibabaItAlbumDeviceSendimageResponse> {
  return client.call<AlibabaItAlbumDeviceSendimageResponse>(
    {
      method: 'alibaba.it.album.device.sendimage',
      responseRoot: 'alibaba_it_album_device_sendimage_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
