// Generated from specs/iot/tmall.device.carturl.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.device.carturl.get` (添加商品到购物车). */
export interface TmallDeviceCarturlGetRequest {
  /**
   * 商品信息，格式为 商品ID_SKU ID_数量，多条记录以逗号(,)分割
   *
   * Max list size: 20
   */
  item_ids: string[];
  /** 设备业务编码 */
  device_code: string;
  /** 是否申请长期链接 */
  longterm?: boolean;
}

/** Response of `tmall.device.carturl.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallDeviceCarturlGetResponse {
  /** 二维码短链接地址 */
  short_url?: string;
  /** 二维码图片URL */
  short_img_url?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  item_ids: ['String'],
  device_code: 'String',
  longterm: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  short_url: 'String',
  short_img_url: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.device.carturl.get`: method, response root, request and response schemas. */
export const tmallDeviceCarturlGetOperation = {
  method: 'tmall.device.carturl.get',
  responseRoot: 'tmall_device_carturl_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 添加商品到购物车 — calls TOP method `tmall.device.carturl.get`.
 *
 * 获取二维码，支持添加商品到购物车
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallDeviceCarturlGet(
  client: TopClient,
  request: TmallDeviceCarturlGetRequest,
  options?: CallOptions,
): Promise<TmallDeviceCarturlGetResponse> {
  return client.call<TmallDeviceCarturlGetResponse>(
    {
      method: 'tmall.device.carturl.get',
      responseRoot: 'tmall_device_carturl_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
