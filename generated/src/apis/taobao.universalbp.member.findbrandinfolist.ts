// Generated from specs/simba/taobao.universalbp.member.findbrandinfolist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.universalbp.member.findbrandinfolist` (查询可用品牌列表). */
export interface TaobaoUniversalbpMemberFindbrandinfolistRequest {
  /** topServiceContext */
  top_service_context: TaobaoUniversalbpMemberFindbrandinfolistTopServiceContextInput;
}

/** Response of `taobao.universalbp.member.findbrandinfolist`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUniversalbpMemberFindbrandinfolistResponse {
  /** 结果体 */
  result?: TaobaoUniversalbpMemberFindbrandinfolistTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopServiceContext` of `taobao.universalbp.member.findbrandinfolist`. */
export interface TaobaoUniversalbpMemberFindbrandinfolistTopServiceContextInput {
  /** api业务线编码 */
  biz_code: string;
}

/** `TopResult` of `taobao.universalbp.member.findbrandinfolist`. */
export interface TaobaoUniversalbpMemberFindbrandinfolistTopResult {
  /** 请求系统信息 */
  info?: TaobaoUniversalbpMemberFindbrandinfolistTopInfo;
  /** 结果集 */
  brand_info_v_o_top_bulk_data?: TaobaoUniversalbpMemberFindbrandinfolistTopBulkData;
}

/** `TopInfo` of `taobao.universalbp.member.findbrandinfolist`. */
export interface TaobaoUniversalbpMemberFindbrandinfolistTopInfo {
  /** 是否成功 */
  ok?: boolean;
  /** 错误信息 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
}

/** `TopBulkData` of `taobao.universalbp.member.findbrandinfolist`. */
export interface TaobaoUniversalbpMemberFindbrandinfolistTopBulkData {
  /** 批量结果集 */
  brand_info_v_o_list?: TaobaoUniversalbpMemberFindbrandinfolistBrandInfoVo[];
  /** 数量 */
  count?: Int64;
}

/** `BrandInfoVo` of `taobao.universalbp.member.findbrandinfolist`. */
export interface TaobaoUniversalbpMemberFindbrandinfolistBrandInfoVo {
  /** 品牌ID */
  brand_id?: string;
  /** 品牌名称 */
  brand_name?: string;
}

const REQUEST_SCHEMA = {
  top_service_context: {
    biz_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    info: {
      ok: 'Boolean',
      message: 'String',
      error_code: 'String',
    },
    brand_info_v_o_top_bulk_data: {
      brand_info_v_o_list: [
        {
          brand_id: 'String',
          brand_name: 'String',
        },
      ],
      count: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.universalbp.member.findbrandinfolist`: method, response root, request and response schemas. */
export const taobaoUniversalbpMemberFindbrandinfolistOperation = {
  method: 'taobao.universalbp.member.findbrandinfolist',
  responseRoot: 'universalbp_member_findbrandinfolist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询可用品牌列表 — calls TOP method `taobao.universalbp.member.findbrandinfolist`.
 *
 * 查询账号对应的品牌，用于品牌人群屏蔽等
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUniversalbpMemberFindbrandinfolist(
  client: TopClient,
  request: TaobaoUniversalbpMemberFindbrandinfolistRequest,
  options?: CallOptions,
): Promise<TaobaoUniversalbpMemberFindbrandinfolistResponse> {
  return client.call<TaobaoUniversalbpMemberFindbrandinfolistResponse>(
    {
      method: 'taobao.universalbp.member.findbrandinfolist',
      responseRoot: 'universalbp_member_findbrandinfolist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
