// Generated from specs/simba/taobao.universalbp.bidword.suggestkrlist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.universalbp.bidword.suggestkrlist` (关键词建议). */
export interface TaobaoUniversalbpBidwordSuggestkrlistRequest {
  /** topServiceContext */
  top_service_context: TaobaoUniversalbpBidwordSuggestkrlistTopServiceContextInput;
  /** bidwordSuggestQueryVO */
  bidword_suggest_query_v_o: TaobaoUniversalbpBidwordSuggestkrlistBidwordSuggestQueryVoInput;
}

/** Response of `taobao.universalbp.bidword.suggestkrlist`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUniversalbpBidwordSuggestkrlistResponse {
  /** 结果体 */
  result?: TaobaoUniversalbpBidwordSuggestkrlistTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopServiceContext` of `taobao.universalbp.bidword.suggestkrlist`. */
export interface TaobaoUniversalbpBidwordSuggestkrlistTopServiceContextInput {
  /** api业务线编码 */
  biz_code: string;
}

/** `BidwordSuggestQueryVo` of `taobao.universalbp.bidword.suggestkrlist`. */
export interface TaobaoUniversalbpBidwordSuggestkrlistBidwordSuggestQueryVoInput {
  /** 类型,kr_overall:综合推荐,kr_flow:精准引流,kr_category:类目优质词,kr_industry:行业机会词,kr_mta:助攻词,kr_search:搜索词联想,kr_byword:以词推词,kr_bycrowd:以人群词,new_default:新建流程默认推词 */
  type?: string;
  /** 宝贝id */
  material_id?: Int64Input;
  /** 单元id,单元已经存在场景必填 */
  adgroup_id?: Int64Input;
  /** 计划id,计划已经存在场景必填 */
  campaign_id?: Int64Input;
  /** 人群id */
  crowd_id_list?: Int64Input[];
}

/** `TopResult` of `taobao.universalbp.bidword.suggestkrlist`. */
export interface TaobaoUniversalbpBidwordSuggestkrlistTopResult {
  /** 请求系统信息 */
  info?: TaobaoUniversalbpBidwordSuggestkrlistTopInfo;
  /** 结果集 */
  suggest_bidword_v_o_top_bulk_data?: TaobaoUniversalbpBidwordSuggestkrlistTopBulkData;
}

/** `TopInfo` of `taobao.universalbp.bidword.suggestkrlist`. */
export interface TaobaoUniversalbpBidwordSuggestkrlistTopInfo {
  /** 是否成功 */
  ok?: boolean;
  /** 错误信息 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
}

/** `TopBulkData` of `taobao.universalbp.bidword.suggestkrlist`. */
export interface TaobaoUniversalbpBidwordSuggestkrlistTopBulkData {
  /** 批量结果集 */
  suggest_bidword_v_o_list?: TaobaoUniversalbpBidwordSuggestkrlistSuggestBidwordVo[];
  /** 数量 */
  count?: Int64;
}

/** `SuggestBidwordVo` of `taobao.universalbp.bidword.suggestkrlist`. */
export interface TaobaoUniversalbpBidwordSuggestkrlistSuggestBidwordVo {
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
  bidword_suggest_query_v_o: {
    type: 'String',
    material_id: 'Number',
    adgroup_id: 'Number',
    campaign_id: 'Number',
    crowd_id_list: ['Number'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    info: {
      ok: 'Boolean',
      message: 'String',
      error_code: 'String',
    },
    suggest_bidword_v_o_top_bulk_data: {
      suggest_bidword_v_o_list: [
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
      count: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.universalbp.bidword.suggestkrlist`: method, response root, request and response schemas. */
export const taobaoUniversalbpBidwordSuggestkrlistOperation = {
  method: 'taobao.universalbp.bidword.suggestkrlist',
  responseRoot: 'universalbp_bidword_suggestkrlist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 关键词建议 — calls TOP method `taobao.universalbp.bidword.suggestkrlist`.
 *
 * 入参推广信息，出参建议的全部关键词
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUniversalbpBidwordSuggestkrlist(
  client: TopClient,
  request: TaobaoUniversalbpBidwordSuggestkrlistRequest,
  options?: CallOptions,
): Promise<TaobaoUniversalbpBidwordSuggestkrlistResponse> {
  return client.call<TaobaoUniversalbpBidwordSuggestkrlistResponse>(
    {
      method: 'taobao.universalbp.bidword.suggestkrlist',
      responseRoot: 'universalbp_bidword_suggestkrlist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
