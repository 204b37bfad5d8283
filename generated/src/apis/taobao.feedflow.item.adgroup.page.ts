// Generated from specs/feedflow/taobao.feedflow.item.adgroup.page.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.feedflow.item.adgroup.page` (查询单元列表). */
export interface TaobaoFeedflowItemAdgroupPageRequest {
  /** 系统自动生成 */
  adgroup_query?: TaobaoFeedflowItemAdgroupPageAdgroupQueryDtoInput;
}

/** Response of `taobao.feedflow.item.adgroup.page`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFeedflowItemAdgroupPageResponse {
  /** 返回数据 */
  result?: TaobaoFeedflowItemAdgroupPageResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AdgroupQueryDto` of `taobao.feedflow.item.adgroup.page`. */
export interface TaobaoFeedflowItemAdgroupPageAdgroupQueryDtoInput {
  /** 单元id列表 */
  adgroup_id_list?: Int64Input[];
  /** 计划id列表 */
  campaign_id_list?: Int64Input[];
  /** 分页起始位置 */
  offset?: Int64Input;
  /** 每页大小 */
  page_size?: Int64Input;
  /** PAUSE("投放暂停"),START("投放开始"),ERMINATE("投放停止") */
  status_list?: string[];
  /** 单元名称 */
  adgroup_name?: string;
}

/** `ResultDto` of `taobao.feedflow.item.adgroup.page`. */
export interface TaobaoFeedflowItemAdgroupPageResultDto {
  /** 错误信息 */
  message?: string;
  /** 返回数据结果 */
  results?: TaobaoFeedflowItemAdgroupPageAdgroupDTo[];
  /** 结果 */
  success?: boolean;
  /** 条数 */
  total_count?: Int64;
}

/** `AdgroupDTo` of `taobao.feedflow.item.adgroup.page`. */
export interface TaobaoFeedflowItemAdgroupPageAdgroupDTo {
  /** 单元id */
  adgroup_id?: Int64;
  /** 单元名称 */
  adgroup_name?: string;
  /** 计划ID */
  campaign_id?: Int64;
  /** 智能出价信息 */
  intelligent_bid?: TaobaoFeedflowItemAdgroupPageIntelligentBidDto;
  /** 商品id */
  item_id?: Int64;
  /** 状态 */
  status?: string;
}

/** `IntelligentBidDto` of `taobao.feedflow.item.adgroup.page`. */
export interface TaobaoFeedflowItemAdgroupPageIntelligentBidDto {
  /** 是否打开 */
  open?: boolean;
  /** 溢价 */
  scope_percent?: Int64;
  /** 策略 */
  strategy?: Int64;
}

const REQUEST_SCHEMA = {
  adgroup_query: {
    adgroup_id_list: ['Number'],
    campaign_id_list: ['Number'],
    offset: 'Number',
    page_size: 'Number',
    status_list: ['String'],
    adgroup_name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    results: [
      {
        adgroup_id: 'Number',
        adgroup_name: 'String',
        campaign_id: 'Number',
        intelligent_bid: {
          open: 'Boolean',
          scope_percent: 'Number',
          strategy: 'Number',
        },
        item_id: 'Number',
        status: 'String',
      },
    ],
    success: 'Boolean',
    total_count: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.feedflow.item.adgroup.page`: method, response root, request and response schemas. */
export const taobaoFeedflowItemAdgroupPageOperation = {
  method: 'taobao.feedflow.item.adgroup.page',
  responseRoot: 'feedflow_item_adgroup_page_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询单元列表 — calls TOP method `taobao.feedflow.item.adgroup.page`.
 *
 * 通过计划id查询单元信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFeedflowItemAdgroupPage(
  client: TopClient,
  request: TaobaoFeedflowItemAdgroupPageRequest = {},
  options?: CallOptions,
): Promise<TaobaoFeedflowItemAdgroupPageResponse> {
  return client.call<TaobaoFeedflowItemAdgroupPageResponse>(
    {
      method: 'taobao.feedflow.item.adgroup.page',
      responseRoot: 'feedflow_item_adgroup_page_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
