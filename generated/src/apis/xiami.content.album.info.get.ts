// Generated from specs/xiamicontent/xiami.content.album.info.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `xiami.content.album.info.get` (获取专辑信息). */
export interface XiamiContentAlbumInfoGetRequest {
  /** 专辑id */
  album_ids: Int64Input;
}

/** Response of `xiami.content.album.info.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface XiamiContentAlbumInfoGetResponse {
  /** 专辑信息 */
  album_list?: XiamiContentAlbumInfoGetAlbumDto[];
  /** 返回结果 */
  result_code?: XiamiContentAlbumInfoGetResultCode;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AlbumDto` of `xiami.content.album.info.get`. */
export interface XiamiContentAlbumInfoGetAlbumDto {
  /** 专辑封面 */
  album_logo?: string;
  /** 专辑名 */
  album_name?: string;
  /** 厂牌id */
  company_id?: Int64;
  /** 副标题 */
  sub_name?: string;
  /** 发布时间 */
  gmt_publish?: string;
  /** 专辑状态 */
  album_status?: Int64;
  /** 专辑id */
  album_id?: Int64;
  /** 语种 */
  language?: string;
}

/** `ResultCode` of `xiami.content.album.info.get`. */
export interface XiamiContentAlbumInfoGetResultCode {
  /** result msg */
  msg?: string;
  /** result code */
  code?: Int64;
}

const REQUEST_SCHEMA = {
  album_ids: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  album_list: [
    {
      album_logo: 'String',
      album_name: 'String',
      company_id: 'Number',
      sub_name: 'String',
      gmt_publish: 'Date',
      album_status: 'Number',
      album_id: 'Number',
      language: 'String',
    },
  ],
  result_code: {
    msg: 'String',
    code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `xiami.content.album.info.get`: method, response root, request and response schemas. */
export const xiamiContentAlbumInfoGetOperation = {
  method: 'xiami.content.album.info.get',
  responseRoot: 'xiami_content_album_info_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取专辑信息 — calls TOP method `xiami.content.album.info.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function xiamiContentAlbumInfoGet(
  client: TopClient,
  request: XiamiContentAlbumInfoGetRequest,
  options?: CallOptions,
): Promise<XiamiContentAlbumInfoGetResponse> {
  return client.call<XiamiContentAlbumInfoGetResponse>(
    {
      method: 'xiami.content.album.info.get',
      responseRoot: 'xiami_content_album_info_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
