// Generated from specs/simba/taobao.universalbp.wordpackage.suggestkrlist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.universalbp.wordpackage.suggestkrlist` (关键词包建议). */
export interface TaobaoUniversalbpWordpackageSuggestkrlistRequest {
  /** topServiceContext */
  top_service_context: TaobaoUniversalbpWordpackageSuggestkrlistTopServiceContextInput;
  /** wordPackageSuggestQueryVO */
  word_package_suggest_query_v_o: TaobaoUniversalbpWordpackageSuggestkrlistWordPackageSuggestQueryVoInput;
}

/** Response of `taobao.universalbp.wordpackage.suggestkrlist`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUniversalbpWordpackageSuggestkrlistResponse {
  /** 结果体 */
  result?: TaobaoUniversalbpWordpackageSuggestkrlistTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopServiceContext` of `taobao.universalbp.wordpackage.suggestkrlist`. */
export interface TaobaoUniversalbpWordpackageSuggestkrlistTopServiceContextInput {
  /** api业务线编码 */
  biz_code: string;
}

/** `WordPackageSuggestQueryVo` of `taobao.universalbp.wordpackage.suggestkrlist`. */
export interface TaobaoUniversalbpWordpackageSuggestkrlistWordPackageSuggestQueryVoInput {
  /** 宝贝id */
  material_id?: Int64Input;
  /** 类型,overall:综合推荐,trendtheme:趋势词包,automatch:流量智选,extend:流量扩展,highquality:优质卖点词包推荐(用于卖点词包报告),new_default:新建流程默认推荐词包; */
  type?: string;
  /** 计划id */
  campaign_id?: Int64Input;
  /** 单元id */
  adgroup_id?: Int64Input;
}

/** `TopResult` of `taobao.universalbp.wordpackage.suggestkrlist`. */
export interface TaobaoUniversalbpWordpackageSuggestkrlistTopResult {
  /** 请求系统信息 */
  info?: TaobaoUniversalbpWordpackageSuggestkrlistTopInfo;
  /** 结果集 */
  suggest_word_package_v_o_top_bulk_data?: TaobaoUniversalbpWordpackageSuggestkrlistTopBulkData;
}

/** `TopInfo` of `taobao.universalbp.wordpackage.suggestkrlist`. */
export interface TaobaoUniversalbpWordpackageSuggestkrlistTopInfo {
  /** 是否成功 */
  ok?: boolean;
  /** 错误信息 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
}

/** `TopBulkData` of `taobao.universalbp.wordpackage.suggestkrlist`. */
export interface TaobaoUniversalbpWordpackageSuggestkrlistTopBulkData {
  /** 批量结果集 */
  suggest_word_package_v_o_list?: TaobaoUniversalbpWordpackageSuggestkrlistSuggestWordPackageVo[];
  /** 数量 */
  count?: Int64;
}

/** `SuggestWordPackageVo` of `taobao.universalbp.wordpackage.suggestkrlist`. */
export interface TaobaoUniversalbpWordpackageSuggestkrlistSuggestWordPackageVo {
  /** 词包id */
  word_package_id?: Int64;
  /** 词包类型,0:流量智选,20:卖点词包 */
  word_package_type?: Int64;
  /** 词包名称 */
  word_package_name?: string;
  /** 建议出价 */
  bid_price?: string;
  /** 预估展现 */
  impression?: string;
  /** 流量放大系数 */
  multi_factor?: string;
  /** 主题词 */
  theme_word_list?: string[];
  /** 关键词举例 */
  simple_word_list?: string[];
  /** 相关性,1:差,2:中,3:好 */
  relevance_type?: Int64;
}

const REQUEST_SCHEMA = {
  top_service_context: {
    biz_code: 'String',
  },
  word_package_suggest_query_v_o: {
    material_id: 'Number',
    type: 'String',
    campaign_id: 'Number',
    adgroup_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    info: {
      ok: 'Boolean',
      message: 'String',
      error_code: 'String',
    },
    suggest_word_package_v_o_top_bulk_data: {
      suggest_word_package_v_o_list: [
        {
          word_package_id: 'Number',
          word_package_type: 'Number',
          word_package_name: 'String',
          bid_price: 'String',
          impression: 'String',
          multi_factor: 'String',
          theme_word_list: ['String'],
          simple_word_list: ['String'],
          relevance_type: 'Number',
        },
      ],
      count: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.universalbp.wordpackage.suggestkrlist`: method, response root, request and response schemas. */
export const taobaoUniversalbpWordpackageSuggestkrlistOperation = {
  method: 'taobao.universalbp.wordpackage.suggestkrlist',
  responseRoot: 'universalbp_wordpackage_suggestkrlist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 关键词包建议 — calls TOP method `taobao.universalbp.wordpackage.suggestkrlist`.
 *
 * 入参推广信息，出参建议的全部关键词包
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUniversalbpWordpackageSuggestkrlist(
  client: TopClient,
  request: TaobaoUniversalbpWordpackageSuggestkrlistRequest,
  options?: CallOptions,
): Promise<TaobaoUniversalbpWordpackageSuggestkrlistResponse> {
  return client.call<TaobaoUniversalbpWordpackageSuggestkrlistResponse>(
    {
      method: 'taobao.universalbp.wordpackage.suggestkrlist',
      responseRoot: 'universalbp_wordpackage_suggestkrlist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
