// Generated from specs/simba/taobao.universalbp.bidword.suggestdefaultlist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.universalbp.bidword.suggestdefaultlist` (建议默认关键词). */
export interface TaobaoUniversalbpBidwordSuggestdefaultlistRequest {
  /** topServiceContext */
  top_service_context: TaobaoUniversalbpBidwordSuggestdefaultlistTopServiceContextInput;
  /** bidwordDefaultQueryVO */
  bidword_default_query_v_o: TaobaoUniversalbpBidwordSuggestdefaultlistBidwordDefaultQueryVoInput;
}

/** Response of `taobao.universalbp.bidword.suggestdefaultlist`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUniversalbpBidwordSuggestdefaultlistResponse {
  /** 结果体 */
  result?: TaobaoUniversalbpBidwordSuggestdefaultlistTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopServiceContext` of `taobao.universalbp.bidword.suggestdefaultlist`. */
export interface TaobaoUniversalbpBidwordSuggestdefaultlistTopServiceContextInput {
  /** api业务线编码 */
  biz_code: string;
}

/** `BidwordDefaultQueryVo` of `taobao.universalbp.bidword.suggestdefaultlist`. */
export interface TaobaoUniversalbpBidwordSuggestdefaultlistBidwordDefaultQueryVoInput {
  /** 宝贝id集合 */
  material_id_list?: Int64Input[];
}

/** `TopResult` of `taobao.universalbp.bidword.suggestdefaultlist`. */
export interface TaobaoUniversalbpBidwordSuggestdefaultlistTopResult {
  /** 请求系统信息 */
  info?: TaobaoUniversalbpBidwordSuggestdefaultlistTopInfo;
  /** 结果集 */
  bidword_suggest_item_v_o_top_bulk_data?: TaobaoUniversalbpBidwordSuggestdefaultlistTopBulkData;
}

/** `TopInfo` of `taobao.universalbp.bidword.suggestdefaultlist`. */
export interface TaobaoUniversalbpBidwordSuggestdefaultlistTopInfo {
  /** 是否成功 */
  ok?: boolean;
  /** 错误信息 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
}

/** `TopBulkData` of `taobao.universalbp.bidword.suggestdefaultlist`. */
export interface TaobaoUniversalbpBidwordSuggestdefaultlistTopBulkData {
  /** 批量结果集 */
  bidword_suggest_item_v_o_list?: TaobaoUniversalbpBidwordSuggestdefaultlistBidwordSuggestItemVo[];
  /** 数量 */
  count?: Int64;
}

/** `BidwordSuggestItemVo` of `taobao.universalbp.bidword.suggestdefaultlist`. */
export interface TaobaoUniversalbpBidwordSuggestdefaultlistBidwordSuggestItemVo {
  /** 宝贝id */
  material_id?: Int64;
  /** 关键词建议条目集合 */
  word_list?: TaobaoUniversalbpBidwordSuggestdefaultlistSuggestBidwordVo[];
}

/** `SuggestBidwordVo` of `taobao.universalbp.bidword.suggestdefaultlist`. */
export interface TaobaoUniversalbpBidwordSuggestdefaultlistSuggestBidwordVo {
  /** 关键词 */
  word?: string;
  /** 关键词 */
  bid_price?: string;
  /** 市场平均出价 */
  avg_price?: string;
  /** 预估展现 */
  impression?: string;
  /** 相关性,1:差,2:中,3:好 */
  relevance_type?: Int64;
  /** 点击率 */
  ctr?: string;
  /** 点击转化率 */
  cvr?: string;
  /** 分类,0:宝贝,1:店铺 */
  type?: Int64;
}

const REQUEST_SCHEMA = {
  top_service_context: {
    biz_code: 'String',
  },
  bidword_default_query_v_o: {
    material_id_list: ['Number'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    info: {
      ok: 'Boolean',
      message: 'String',
      error_code: 'String',
    },
    bidword_suggest_item_v_o_top_bulk_data: {
      bidword_suggest_item_v_o_list: [
        {
          material_id: 'Number',
          word_list: [
            {
              word: 'String',
              bid_price: 'String',
              avg_price: 'String',
              impression: 'String',
              relevance_type: 'Number',
              ctr: 'String',
              cvr: 'String',
              type: 'Number',
            },
          ],
        },
      ],
      count: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.universalbp.bidword.suggestdefaultlist`: method, response root, request and response schemas. */
export const taobaoUniversalbpBidwordSuggestdefaultlistOperation = {
  method: 'taobao.universalbp.bidword.suggestdefaultlist',
  responseRoot: 'universalbp_bidword_suggestdefaultlist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 建议默认关键词 — calls TOP method `taobao.universalbp.bidword.suggestdefaultlist`.
 *
 * 入参推广信息，出参建议的默认关键词
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUniversalbpBidwordSuggestdefaultlist(
  client: TopClient,
  request: TaobaoUniversalbpBidwordSuggestdefaultlistRequest,
  options?: CallOptions,
): Promise<TaobaoUniversalbpBidwordSuggestdefaultlistResponse> {
  return client.call<TaobaoUniversalbpBidwordSuggestdefaultlistResponse>(
    {
      method: 'taobao.universalbp.bidword.suggestdefaultlist',
      responseRoot: 'universalbp_bidword_suggestdefaultlist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
