// Generated from specs/paimai/taobao.paimai.auctioncat.nft.checknftuseridentify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.paimai.auctioncat.nft.checknftuseridentify` (根据用户数字id和身份证号校验该用户是否已实名认证成功). */
export interface TaobaoPaimaiAuctioncatNftChecknftuseridentifyRequest {
  /** 用户数字id */
  third_id: string;
  /** 身份证号的hashCode */
  id_number: string;
}

/** Response of `taobao.paimai.auctioncat.nft.checknftuseridentify`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPaimaiAuctioncatNftChecknftuseridentifyResponse {
  /** 验证是否成功 */
  data?: boolean;
  /** 错误码 */
  result_code?: TaobaoPaimaiAuctioncatNftChecknftuseridentifyResultCode;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultCode` of `taobao.paimai.auctioncat.nft.checknftuseridentify`. */
export interface TaobaoPaimaiAuctioncatNftChecknftuseridentifyResultCode {
  /** 错误码 */
  code?: string;
  /** 错误信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  third_id: 'String',
  id_number: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'Boolean',
  result_code: {
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.paimai.auctioncat.nft.checknftuseridentify`: method, response root, request and response schemas. */
export const taobaoPaimaiAuctioncatNftChecknftuseridentifyOperation = {
  method: 'taobao.paimai.auctioncat.nft.checknftuseridentify',
  responseRoot: 'paimai_auctioncat_nft_checknftuseridentify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据用户数字id和身份证号校验该用户是否已实名认证成功 — calls TOP method `taobao.paimai.auctioncat.nft.checknftuseridentify`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPaimaiAuctioncatNftChecknftuseridentify(
  client: TopClient,
  request: TaobaoPaimaiAuctioncatNftChecknftuseridentifyRequest,
  options?: CallOptions,
): Promise<TaobaoPaimaiAuctioncatNftChecknftuseridentifyResponse> {
  return client.call<TaobaoPaimaiAuctioncatNftChecknftuseridentifyResponse>(
    {
      method: 'taobao.paimai.auctioncat.nft.checknftuseridentify',
      responseRoot: 'paimai_auctioncat_nft_checknftuseridentify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
