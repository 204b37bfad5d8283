// Generated from specs/feedflow/taobao.feedflow.item.adzone.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.feedflow.item.adzone.list` (批量查询可用广告位列表). */
export interface TaobaoFeedflowItemAdzoneListRequest {
  /** 广告位查询条件 */
  adzone_query: TaobaoFeedflowItemAdzoneListAdzoneQueryDtoInput;
}

/** Response of `taobao.feedflow.item.adzone.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFeedflowItemAdzoneListResponse {
  /** 返回结果对象 */
  result?: TaobaoFeedflowItemAdzoneListResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AdzoneQueryDto` of `taobao.feedflow.item.adzone.list`. */
export interface TaobaoFeedflowItemAdzoneListAdzoneQueryDtoInput {
  /** 计划id */
  campaign_id: Int64Input;
  /** 广告位id列表 */
  adzone_id_list?: Int64Input[];
  /** 广告位名称 */
  adzone_name?: string;
}

/** `ResultDto` of `taobao.feedflow.item.adzone.list`. */
export interface TaobaoFeedflowItemAdzoneListResultDto {
  /** 成功 */
  message?: string;
  /** 广告位列表 */
  adzone_list?: TaobaoFeedflowItemAdzoneListAdzoneDto[];
  /** 调用是否成功,true-成功，false-失败 */
  success?: boolean;
}

/** `AdzoneDto` of `taobao.feedflow.item.adzone.list`. */
export interface TaobaoFeedflowItemAdzoneListAdzoneDto {
  /** 广告位名称 */
  adzone_name?: string;
  /** 广告位id */
  adzone_id?: Int64;
}

const REQUEST_SCHEMA = {
  adzone_query: {
    campaign_id: 'Number',
    adzone_id_list: ['Number'],
    adzone_name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    adzone_list: [
      {
        adzone_name: 'String',
        adzone_id: 'Number',
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.feedflow.item.adzone.list`: method, response root, request and response schemas. */
export const taobaoFeedflowItemAdzoneListOperation = {
  method: 'taobao.feedflow.item.adzone.list',
  responseRoot: 'feedflow_item_adzone_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量查询可用广告位列表 — calls TOP method `taobao.feedflow.item.adzone.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFeedflowItemAdzoneList(
  client: TopClient,
  request: TaobaoFeedflowItemAdzoneListRequest,
  options?: CallOptions,
): Promise<TaobaoFeedflowItemAdzoneListResponse> {
  return client.call<TaobaoFeedflowItemAdzoneListResponse>(
    {
      method: 'taobao.feedflow.item.adzone.list',
      responseRoot: 'feedflow_item_adzone_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
