// Generated from specs/simba/taobao.universalbp.wordpackage.findlist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.universalbp.wordpackage.findlist` (词包列表查询). */
export interface TaobaoUniversalbpWordpackageFindlistRequest {
  /** topServiceContext */
  top_service_context: TaobaoUniversalbpWordpackageFindlistTopServiceContextInput;
  /** wordPackageQueryVO */
  word_package_query_v_o: TaobaoUniversalbpWordpackageFindlistWordPackageQueryVoInput;
}

/** Response of `taobao.universalbp.wordpackage.findlist`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUniversalbpWordpackageFindlistResponse {
  /** 结果体 */
  result?: TaobaoUniversalbpWordpackageFindlistTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopServiceContext` of `taobao.universalbp.wordpackage.findlist`. */
export interface TaobaoUniversalbpWordpackageFindlistTopServiceContextInput {
  /** api业务线编码 */
  biz_code: string;
}

/** `WordPackageQueryVo` of `taobao.universalbp.wordpackage.findlist`. */
export interface TaobaoUniversalbpWordpackageFindlistWordPackageQueryVoInput {
  /** 计划id集合,计划已经存在场景必填 */
  campaign_id_list?: Int64Input[];
  /** 单元id集合,单元已经存在场景必填 */
  adgroup_id_list?: Int64Input[];
}

/** `TopResult` of `taobao.universalbp.wordpackage.findlist`. */
export interface TaobaoUniversalbpWordpackageFindlistTopResult {
  /** 请求系统信息 */
  info?: TaobaoUniversalbpWordpackageFindlistTopInfo;
  /** 结果集 */
  word_package_v_o_top_bulk_data?: TaobaoUniversalbpWordpackageFindlistTopBulkData;
}

/** `TopInfo` of `taobao.universalbp.wordpackage.findlist`. */
export interface TaobaoUniversalbpWordpackageFindlistTopInfo {
  /** 是否成功 */
  ok?: boolean;
  /** 错误信息 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
}

/** `TopBulkData` of `taobao.universalbp.wordpackage.findlist`. */
export interface TaobaoUniversalbpWordpackageFindlistTopBulkData {
  /** 批量结果集 */
  word_package_v_o_list?: TaobaoUniversalbpWordpackageFindlistWordPackageVo[];
  /** 数量 */
  count?: Int64;
}

/** `WordPackageVo` of `taobao.universalbp.wordpackage.findlist`. */
export interface TaobaoUniversalbpWordpackageFindlistWordPackageVo {
  /** 计划id,计划已经存在场景必填,eg:添加主体、编辑计划状态等场景 */
  campaign_id?: Int64;
  /** 单元id */
  adgroup_id?: Int64;
  /** 词包id */
  word_package_id?: Int64;
  /** 词包名称 */
  word_package_name?: string;
  /** 词包类型,0:流量智选,1:好词优选,19:捡漏,20:卖点词包,21:类目优选 */
  word_package_type?: Int64;
  /** 词包状态,1:在线,0:下线 */
  status?: Int64;
  /** 词包基础出价 */
  bid_price?: string;
  /** 词包策略信息 */
  strategy_list?: TaobaoUniversalbpWordpackageFindlistWordPackageStrategyVo[];
}

/** `WordPackageStrategyVo` of `taobao.universalbp.wordpackage.findlist`. */
export interface TaobaoUniversalbpWordpackageFindlistWordPackageStrategyVo {
  /** 词包策略,0:流量智选,1:好词优选,2:捡漏,2:卖点词包,3:类目优选 */
  strategy_id?: Int64;
  /** 词包策略名称 */
  strategy_name?: string;
  /** 词包类型,0:流量智选,1:好词优选,19:捡漏,20:卖点词包,21:类目优选 */
  word_package_type?: Int64;
  /** 关键词基础出价 */
  bid_price?: string;
  /** 策略状态,1:在线,0:下线 */
  online_status?: Int64;
  /** 单元id */
  adgroup_id?: Int64;
  /** 计划id,计划已经存在场景必填,eg:添加主体、编辑计划状态等场景 */
  campaign_id?: Int64;
}

const REQUEST_SCHEMA = {
  top_service_context: {
    biz_code: 'String',
  },
  word_package_query_v_o: {
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
    word_package_v_o_top_bulk_data: {
      word_package_v_o_list: [
        {
          campaign_id: 'Number',
          adgroup_id: 'Number',
          word_package_id: 'Number',
          word_package_name: 'String',
          word_package_type: 'Number',
          status: 'Number',
          bid_price: 'String',
          strategy_list: [
            {
              strategy_id: 'Number',
              strategy_name: 'String',
              word_package_type: 'Number',
              bid_price: 'String',
              online_status: 'Number',
              adgroup_id: 'Number',
              campaign_id: 'Number',
            },
          ],
        },
      ],
      count: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.universalbp.wordpackage.findlist`: method, response root, request and response schemas. */
export const taobaoUniversalbpWordpackageFindlistOperation = {
  method: 'taobao.universalbp.wordpackage.findlist',
  responseRoot: 'universalbp_wordpackage_findlist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 词包列表查询 — calls TOP method `taobao.universalbp.wordpackage.findlist`.
 *
 * 根据计划+单元id，查绑定的词包列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUniversalbpWordpackageFindlist(
  client: TopClient,
  request: TaobaoUniversalbpWordpackageFindlistRequest,
  options?: CallOptions,
): Promise<TaobaoUniversalbpWordpackageFindlistResponse> {
  return client.call<TaobaoUniversalbpWordpackageFindlistResponse>(
    {
      method: 'taobao.universalbp.wordpackage.findlist',
      responseRoot: 'universalbp_wordpackage_findlist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
