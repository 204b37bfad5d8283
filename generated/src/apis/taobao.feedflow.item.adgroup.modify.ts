// Generated from specs/feedflow/taobao.feedflow.item.adgroup.modify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.feedflow.item.adgroup.modify` (信息流单元修改). */
export interface TaobaoFeedflowItemAdgroupModifyRequest {
  /** 单元信息 */
  adgroup: TaobaoFeedflowItemAdgroupModifyAdgroupDtoInput;
}

/** Response of `taobao.feedflow.item.adgroup.modify`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFeedflowItemAdgroupModifyResponse {
  /** 结果 */
  result?: TaobaoFeedflowItemAdgroupModifyResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AdgroupDto` of `taobao.feedflow.item.adgroup.modify`. */
export interface TaobaoFeedflowItemAdgroupModifyAdgroupDtoInput {
  /** 单元id */
  adgroup_id: Int64Input;
  /** 单元名称 */
  adgroup_name?: string;
  /** 智能出价 */
  intelligent_bid?: TaobaoFeedflowItemAdgroupModifyIntelligentBidDtoInput;
  /** 状态 */
  status?: string;
}

/** `IntelligentBidDto` of `taobao.feedflow.item.adgroup.modify`. */
export interface TaobaoFeedflowItemAdgroupModifyIntelligentBidDtoInput {
  /** 是否打开 */
  open?: boolean;
  /** 溢价范围 */
  scope_percent?: Int64Input;
  /** 人群策略 */
  strategy?: Int64Input;
}

/** `ResultDto` of `taobao.feedflow.item.adgroup.modify`. */
export interface TaobaoFeedflowItemAdgroupModifyResultDto {
  /** 信息 */
  message?: string;
  /** 单元id */
  result?: boolean;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  adgroup: {
    adgroup_id: 'Number',
    adgroup_name: 'String',
    intelligent_bid: {
      open: 'Boolean',
      scope_percent: 'Number',
      strategy: 'Number',
    },
    status: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    result: 'Boolean',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.feedflow.item.adgroup.modify`: method, response root, request and response schemas. */
export const taobaoFeedflowItemAdgroupModifyOperation = {
  method: 'taobao.feedflow.item.adgroup.modify',
  responseRoot: 'feedflow_item_adgroup_modify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 信息流单元修改 — calls TOP method `taobao.feedflow.item.adgroup.modify`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFeedflowItemAdgroupModify(
  client: TopClient,
  request: TaobaoFeedflowItemAdgroupModifyRequest,
  options?: CallOptions,
): Promise<TaobaoFeedflowItemAdgroupModifyResponse> {
  return client.call<TaobaoFeedflowItemAdgroupModifyResponse>(
    {
      method: 'taobao.feedflow.item.adgroup.modify',
      responseRoot: 'feedflow_item_adgroup_modify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
