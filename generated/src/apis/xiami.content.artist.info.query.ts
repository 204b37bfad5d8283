// Generated from specs/xiamiatrist/xiami.content.artist.info.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `xiami.content.artist.info.query` (搜索艺人列表). */
export interface XiamiContentArtistInfoQueryRequest {
  /** 性别：1男性 2女性 3乐队 */
  gender?: Int64Input;
  /** 语种：1华语 2日本 3韩国 4欧美 5其他 */
  language?: Int64Input;
  /** 流派: 1嘻哈(说唱),2流行，3摇滚，4布鲁斯，5爵士，6雷鬼，7世界音乐，8拉丁，9电子，10节奏布鲁斯，11实验，12轻音乐，13新世纪，14舞台 / 银幕 / 娱乐 * 15唱作人，16民谣，18金属，19中国特色，20乡村，21古典，22儿童，23有声书，24动漫，25朋克 */
  genre?: Int64Input;
  /** 分页信息 */
  page_req: XiamiContentArtistInfoQueryPagingVoInput;
}

/** Response of `xiami.content.artist.info.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface XiamiContentArtistInfoQueryResponse {
  /** 返回的艺人分页信息 */
  artist_page?: XiamiContentArtistInfoQueryPage;
  /** 执行结果 */
  result_code?: XiamiContentArtistInfoQueryResultCode;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PagingVo` of `xiami.content.artist.info.query`. */
export interface XiamiContentArtistInfoQueryPagingVoInput {
  /** 每页展示数 */
  page_size: Int64Input;
  /** 页码 */
  page: Int64Input;
}

/** `Page` of `xiami.content.artist.info.query`. */
export interface XiamiContentArtistInfoQueryPage {
  /** 艺人信息列表 */
  artists?: XiamiContentArtistInfoQueryArtistDto[];
  /** 满足条件的总数 */
  count?: Int64;
  /** 分页信息 */
  paging?: XiamiContentArtistInfoQueryPaging;
}

/** `ArtistDto` of `xiami.content.artist.info.query`. */
export interface XiamiContentArtistInfoQueryArtistDto {
  /** 地区 */
  area?: string;
  /** 性别 */
  gender?: string;
  /** 别名 */
  alias?: string;
  /** 艺人名 */
  artist_name?: string;
  /** 艺人头像 */
  artist_logo?: string;
  /** 艺人id */
  artist_id?: Int64;
}

/** `Paging` of `xiami.content.artist.info.query`. */
export interface XiamiContentArtistInfoQueryPaging {
  /** 总页数 */
  pages?: Int64;
  /** 总数 */
  count?: Int64;
  /** 每页展示数 */
  page_size?: Int64;
  /** 当前页码 */
  page?: Int64;
}

/** `ResultCode` of `xiami.content.artist.info.query`. */
export interface XiamiContentArtistInfoQueryResultCode {
  /** 是否成功 */
  msg?: string;
  /** code */
  code?: Int64;
}

const REQUEST_SCHEMA = {
  gender: 'Number',
  language: 'Number',
  genre: 'Number',
  page_req: {
    page_size: 'Number',
    page: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  artist_page: {
    artists: [
      {
        area: 'String',
        gender: 'String',
        alias: 'String',
        artist_name: 'String',
        artist_logo: 'String',
        artist_id: 'Number',
      },
    ],
    count: 'Number',
    paging: {
      pages: 'Number',
      count: 'Number',
      page_size: 'Number',
      page: 'Number',
    },
  },
  result_code: {
    msg: 'String',
    code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `xiami.content.artist.info.query`: method, response root, request and response schemas. */
export const xiamiContentArtistInfoQueryOperation = {
  method: 'xiami.content.artist.info.query',
  responseRoot: 'xiami_content_artist_info_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 搜索艺人列表 — calls TOP method `xiami.content.artist.info.query`.
 *
 * 根据查询条件，搜索相关艺人列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function xiamiContentArtistInfoQuery(
  client: TopClient,
  request: XiamiContentArtistInfoQueryRequest,
  options?: CallOptions,
): Promise<XiamiContentArtistInfoQueryResponse> {
  return client.call<XiamiContentArtistInfoQueryResponse>(
    {
      method: 'xiami.content.artist.info.query',
      responseRoot: 'xiami_content_artist_info_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
