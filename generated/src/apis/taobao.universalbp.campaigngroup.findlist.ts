// Generated from specs/simba/taobao.universalbp.campaigngroup.findlist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.universalbp.campaigngroup.findlist` (查询计划组列表). */
export interface TaobaoUniversalbpCampaigngroupFindlistRequest {
  /** topServiceContext */
  top_service_context: TaobaoUniversalbpCampaigngroupFindlistTopServiceContextInput;
  /** campaignGroupQueryVO */
  campaign_group_query_v_o: TaobaoUniversalbpCampaigngroupFindlistCampaignGroupQueryVoInput;
}

/** Response of `taobao.universalbp.campaigngroup.findlist`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUniversalbpCampaigngroupFindlistResponse {
  /** 结果体 */
  result?: TaobaoUniversalbpCampaigngroupFindlistTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopServiceContext` of `taobao.universalbp.campaigngroup.findlist`. */
export interface TaobaoUniversalbpCampaigngroupFindlistTopServiceContextInput {
  /** api业务线编码 */
  biz_code: string;
}

/** `CampaignGroupQueryVo` of `taobao.universalbp.campaigngroup.findlist`. */
export interface TaobaoUniversalbpCampaigngroupFindlistCampaignGroupQueryVoInput {
  /** 业务身份,枚举信息同'account.get.can.use.bizcode'服务返回结果 */
  biz_code: string;
  /** 计划组名称 */
  campaign_group_name?: string;
}

/** `TopResult` of `taobao.universalbp.campaigngroup.findlist`. */
export interface TaobaoUniversalbpCampaigngroupFindlistTopResult {
  /** 请求系统信息 */
  info?: TaobaoUniversalbpCampaigngroupFindlistTopInfo;
  /** 结果集 */
  campaign_group_v_o_top_bulk_data?: TaobaoUniversalbpCampaigngroupFindlistTopBulkData;
}

/** `TopInfo` of `taobao.universalbp.campaigngroup.findlist`. */
export interface TaobaoUniversalbpCampaigngroupFindlistTopInfo {
  /** 是否成功 */
  ok?: boolean;
  /** 错误信息 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
}

/** `TopBulkData` of `taobao.universalbp.campaigngroup.findlist`. */
export interface TaobaoUniversalbpCampaigngroupFindlistTopBulkData {
  /** 批量结果集 */
  campaign_group_v_o_list?: TaobaoUniversalbpCampaigngroupFindlistCampaignGroupVo[];
  /** 数量 */
  count?: Int64;
}

/** `CampaignGroupVo` of `taobao.universalbp.campaigngroup.findlist`. */
export interface TaobaoUniversalbpCampaigngroupFindlistCampaignGroupVo {
  /** 业务身份,枚举信息同'account.get.can.use.bizcode'服务返回结果 */
  biz_code?: string;
  /** 计划组id */
  campaign_group_id?: Int64;
  /** 计划组名称 */
  campaign_group_name?: string;
}

const REQUEST_SCHEMA = {
  top_service_context: {
    biz_code: 'String',
  },
  campaign_group_query_v_o: {
    biz_code: 'String',
    campaign_group_name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    info: {
      ok: 'Boolean',
      message: 'String',
      error_code: 'String',
    },
    campaign_group_v_o_top_bulk_data: {
      campaign_group_v_o_list: [
        {
          biz_code: 'String',
          campaign_group_id: 'Number',
          campaign_group_name: 'String',
        },
      ],
      count: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.universalbp.campaigngroup.findlist`: method, response root, request and response schemas. */
export const taobaoUniversalbpCampaigngroupFindlistOperation = {
  method: 'taobao.universalbp.campaigngroup.findlist',
  responseRoot: 'universalbp_campaigngroup_findlist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询计划组列表 — calls TOP method `taobao.universalbp.campaigngroup.findlist`.
 *
 * 查询某个场景内的计划组列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUniversalbpCampaigngroupFindlist(
  client: TopClient,
  request: TaobaoUniversalbpCampaigngroupFindlistRequest,
  options?: CallOptions,
): Promise<TaobaoUniversalbpCampaigngroupFindlistResponse> {
  return client.call<TaobaoUniversalbpCampaigngroupFindlistResponse>(
    {
      method: 'taobao.universalbp.campaigngroup.findlist',
      responseRoot: 'universalbp_campaigngroup_findlist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
