// Generated from specs/feedflow/taobao.feedflow.item.adgroup.adzone.page.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.feedflow.item.adgroup.adzone.page` (信息流单元下查看绑定资源位). */
export interface TaobaoFeedflowItemAdgroupAdzonePageRequest {
  /** 查询条件 */
  adzone_bind_query: TaobaoFeedflowItemAdgroupAdzonePageAdzoneBindQueryDtoInput;
}

/** Response of `taobao.feedflow.item.adgroup.adzone.page`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFeedflowItemAdgroupAdzonePageResponse {
  /** 返回结果对象 */
  result?: TaobaoFeedflowItemAdgroupAdzonePageResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AdzoneBindQueryDto` of `taobao.feedflow.item.adgroup.adzone.page`. */
export interface TaobaoFeedflowItemAdgroupAdzonePageAdzoneBindQueryDtoInput {
  /** 广告位id列表 */
  adzone_id_list?: Int64Input[];
  /** 单元id */
  adgroup_id?: Int64Input;
  /** 分页条件 */
  page_size?: Int64Input;
  /** 分页条件 */
  offset?: Int64Input;
  /** 广告位名称 */
  adzone_name?: string;
  /** 计划id */
  campaign_id?: Int64Input;
}

/** `ResultDto` of `taobao.feedflow.item.adgroup.adzone.page`. */
export interface TaobaoFeedflowItemAdgroupAdzonePageResultDto {
  /** 返回消息 */
  message?: string;
  /** 广告位列表 */
  adzone_bind_list?: TaobaoFeedflowItemAdgroupAdzonePageAdzoneBindDto[];
  /** 广告位总数 */
  total_count?: Int64;
  /** 调用是否成功,true-成功，false-失败 */
  success?: boolean;
}

/** `AdzoneBindDto` of `taobao.feedflow.item.adgroup.adzone.page`. */
export interface TaobaoFeedflowItemAdgroupAdzonePageAdzoneBindDto {
  /** 广告位id */
  adzone_id?: Int64;
  /** 广告位名称 */
  adzone_name?: string;
  /** 溢价比例 */
  discount?: Int64;
}

const REQUEST_SCHEMA = {
  adzone_bind_query: {
    adzone_id_list: ['Number'],
    adgroup_id: 'Number',
    page_size: 'Number',
    offset: 'Number',
    adzone_name: 'String',
    campaign_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    adzone_bind_list: [
      {
        adzone_id: 'Number',
        adzone_name: 'String',
        discount: 'Number',
      },
    ],
    total_count: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.feedflow.item.adgroup.adzone.page`: method, response root, request and response schemas. */
export const taobaoFeedflowItemAdgroupAdzonePageOperation = {
  method: 'taobao.feedflow.item.adgroup.adzone.page',
  responseRoot: 'feedflow_item_adgroup_adzone_page_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 信息流单元下查看绑定资源位 — calls TOP method `taobao.feedflow.item.adgroup.adzone.page`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFeedflowItemAdgroupAdzonePage(
  client: TopClient,
  request: TaobaoFeedflowItemAdgroupAdzonePageRequest,
  options?: CallOptions,
): Promise<TaobaoFeedflowItemAdgroupAdzonePageResponse> {
  return client.call<TaobaoFeedflowItemAdgroupAdzonePageResponse>(
    {
      method: 'taobao.feedflow.item.adgroup.adzone.page',
      responseRoot: 'feedflow_item_adgroup_adzone_page_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
