// Generated from specs/customizemarket/taobao.market.picture.getuserpictures.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.market.picture.getuserpictures` (读取用户上传图片). */
export interface TaobaoMarketPictureGetuserpicturesRequest {
  /** 订单ID */
  order_id?: Int64Input;
}

/** Response of `taobao.market.picture.getuserpictures`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMarketPictureGetuserpicturesResponse {
  /** result */
  result?: TaobaoMarketPictureGetuserpicturesServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceResult` of `taobao.market.picture.getuserpictures`. */
export interface TaobaoMarketPictureGetuserpicturesServiceResult {
  /** data */
  data?: string;
  /** errorCode */
  error_code?: Int64;
  /** errorMsg */
  error_msg?: string;
  /** suc */
  suc?: boolean;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
    error_code: 'Number',
    error_msg: 'String',
    suc: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.market.picture.getuserpictures`: method, response root, request and response schemas. */
export const taobaoMarketPictureGetuserpicturesOperation = {
  method: 'taobao.market.picture.getuserpictures',
  responseRoot: 'market_picture_getuserpictures_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 读取用户上传图片 — calls TOP method `taobao.market.picture.getuserpictures`.
 *
 * 商家通过用户信息，获取用户上传的
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMarketPictureGetuserpictures(
  client: TopClient,
  request: TaobaoMarketPictureGetuserpicturesRequest = {},
  options?: CallOptions,
): Promise<TaobaoMarketPictureGetuserpicturesResponse> {
  return client.call<TaobaoMarketPictureGetuserpicturesResponse>(
    {
      method: 'taobao.market.picture.getuserpictures',
      responseRoot: 'market_picture_getuserpictures_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
