// Generated from specs/simba/taobao.universalbp.bidword.findlist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.universalbp.bidword.findlist` (词列表查询). */
export interface TaobaoUniversalbpBidwordFindlistRequest {
  /** topServiceContext */
  top_service_context: TaobaoUniversalbpBidwordFindlistTopServiceContextInput;
  /** wordQueryVO */
  word_query_v_o: TaobaoUniversalbpBidwordFindlistWordQueryVoInput;
}

/** Response of `taobao.universalbp.bidword.findlist`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUniversalbpBidwordFindlistResponse {
  /** 结果体 */
  result?: TaobaoUniversalbpBidwordFindlistTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopServiceContext` of `taobao.universalbp.bidword.findlist`. */
export interface TaobaoUniversalbpBidwordFindlistTopServiceContextInput {
  /** api业务线编码 */
  biz_code: string;
}

/** `WordQueryVo` of `taobao.universalbp.bidword.findlist`. */
export interface TaobaoUniversalbpBidwordFindlistWordQueryVoInput {
  /** 计划id集合,计划已经存在场景必填 */
  campaign_id_list?: Int64Input[];
  /** 单元id集合,单元已经存在场景必填 */
  adgroup_id_list?: Int64Input[];
}

/** `TopResult` of `taobao.universalbp.bidword.findlist`. */
export interface TaobaoUniversalbpBidwordFindlistTopResult {
  /** 请求系统信息 */
  info?: TaobaoUniversalbpBidwordFindlistTopInfo;
  /** 结果集 */
  word_v_o_top_bulk_data?: TaobaoUniversalbpBidwordFindlistTopBulkData;
}

/** `TopInfo` of `taobao.universalbp.bidword.findlist`. */
export interface TaobaoUniversalbpBidwordFindlistTopInfo {
  /** 是否成功 */
  ok?: boolean;
  /** 错误信息 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
}

/** `TopBulkData` of `taobao.universalbp.bidword.findlist`. */
export interface TaobaoUniversalbpBidwordFindlistTopBulkData {
  /** 批量结果集 */
  word_v_o_list?: TaobaoUniversalbpBidwordFindlistWordVo[];
  /** 数量 */
  count?: Int64;
}

/** `WordVo` of `taobao.universalbp.bidword.findlist`. */
export interface TaobaoUniversalbpBidwordFindlistWordVo {
  /** 计划id,计划已经存在场景必填,eg:添加主体、编辑计划状态等场景 */
  campaign_id?: Int64;
  /** 单元id */
  adgroup_id?: Int64;
  /** 词 */
  word?: string;
  /** 关键词基础出价 */
  bid_price?: string;
  /** 状态,reject:排查拒绝,preview:排查中,launch:投放中,noflow:无展现 */
  status?: string;
  /** 匹配类型,1:精准匹配,4:广泛匹配 */
  match_scope?: Int64;
  /** 词id */
  bidword_id?: Int64;
  /** 抢位信息 */
  bid_strategy_info?: TaobaoUniversalbpBidwordFindlistBidStrategyVO;
}

/** `BidStrategyVO` of `taobao.universalbp.bidword.findlist`. */
export interface TaobaoUniversalbpBidwordFindlistBidStrategyVO {
  /** 溢价 */
  dicount?: Int64;
  /** 0停止，1生效 */
  status?: Int64;
  /** 抢位排名 */
  rank?: Int64;
  /** 名称 */
  rank_name?: string;
}

const REQUEST_SCHEMA = {
  top_service_context: {
    biz_code: 'String',
  },
  word_query_v_o: {
    campaign_id_list: ['Number'],
    adgroup_id_list: ['Number'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    info: {
      ok: 'Boolean',
      message: 'String',
      error_code: 'String',
    },
    word_v_o_top_bulk_data: {
      word_v_o_list: [
        {
          campaign_id: 'Number',
          adgroup_id: 'Number',
          word: 'String',
          bid_price: 'String',
          status: 'String',
          match_scope: 'Number',
          bidword_id: 'Number',
          bid_strategy_info: {
            dicount: 'Number',
            status: 'Number',
            rank: 'Number',
            rank_name: 'String',
          },
        },
      ],
      count: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.universalbp.bidword.findlist`: method, response root, request and response schemas. */
export const taobaoUniversalbpBidwordFindlistOperation = {
  method: 'taobao.universalbp.bidword.findlist',
  responseRoot: 'universalbp_bidword_findlist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 词列表查询 — calls TOP method `taobao.universalbp.bidword.findlist`.
 *
 * 根据计划+单元id，查绑定的词列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUniversalbpBidwordFindlist(
  client: TopClient,
  request: TaobaoUniversalbpBidwordFindlistRequest,
  options?: CallOptions,
): Promise<TaobaoUniversalbpBidwordFindlistResponse> {
  return client.call<TaobaoUniversalbpBidwordFindlistResponse>(
    {
      method: 'taobao.universalbp.bidword.findlist',
      responseRoot: 'universalbp_bidword_findlist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
