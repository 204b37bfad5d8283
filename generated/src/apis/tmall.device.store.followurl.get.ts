// Generated from specs/iot/tmall.device.store.followurl.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.device.store.followurl.get` (获取店铺关注链接). */
export interface TmallDeviceStoreFollowurlGetRequest {
  /** 设备DeviceCode */
  device_code: string;
  /** 关注完成后的回调地址,需要是EWS地址 */
  callback_url?: string;
  /** 是否同时关注天猫理想站 */
  follow_retail_account?: boolean;
  /** 是否使用长期链接 */
  longterm?: boolean;
  /** 页面banner的图片，如果没有传入，会使用系统默认图 */
  banner_img?: string;
}

/** Response of `tmall.device.store.followurl.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallDeviceStoreFollowurlGetResponse {
  /** 二维码短链接地址 */
  short_url?: string;
  /** 二维码图片URL */
  short_img_url?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  device_code: 'String',
  callback_url: 'String',
  follow_retail_account: 'Boolean',
  longterm: 'Boolean',
  banner_img: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  short_url: 'String',
  short_img_url: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.device.store.followurl.get`: method, response root, request and response schemas. */
export const tmallDeviceStoreFollowurlGetOperation = {
  method: 'tmall.device.store.followurl.get',
  responseRoot: 'tmall_device_store_followurl_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取店铺关注链接 — calls TOP method `tmall.device.store.followurl.get`.
 *
 * 获取智能硬件上的关注店铺的URL
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallDeviceStoreFollowurlGet(
  client: TopClient,
  request: TmallDeviceStoreFollowurlGetRequest,
  options?: CallOptions,
): Promise<TmallDeviceStoreFollowurlGetResponse> {
  return client.call<TmallDeviceStoreFollowurlGetResponse>(
    {
      method: 'tmall.device.store.followurl.get',
      responseRoot: 'tmall_device_store_followurl_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
