// Generated from specs/feedflow/taobao.feedflow.item.adgroup.creative.add.bind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.feedflow.item.adgroup.creative.add.bind` (信息流新增并且绑定创意). */
export interface TaobaoFeedflowItemAdgroupCreativeAddBindRequest {
  /**
   * 新增绑定的创意，一次最多2个
   *
   * Max list size: 2
   */
  creative_bind_list: TaobaoFeedflowItemAdgroupCreativeAddBindCreativeBindDtoInput[];
  /** 单元id */
  adgroup_id: Int64Input;
}

/** Response of `taobao.feedflow.item.adgroup.creative.add.bind`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFeedflowItemAdgroupCreativeAddBindResponse {
  /** 返回结果对象 */
  result?: TaobaoFeedflowItemAdgroupCreativeAddBindResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CreativeBindDto` of `taobao.feedflow.item.adgroup.creative.add.bind`. */
export interface TaobaoFeedflowItemAdgroupCreativeAddBindCreativeBindDtoInput {
  /** 创意图片地址 */
  img_url: string;
  /** 创意名称，同时会展现给客户 */
  creative_name: string;
}

/** `ResultDto` of `taobao.feedflow.item.adgroup.creative.add.bind`. */
export interface TaobaoFeedflowItemAdgroupCreativeAddBindResultDto {
  /** 消息 */
  message?: string;
  /** 调用是否成功,true-成功，false-失败 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  creative_bind_list: [
    {
      img_url: 'String',
      creative_name: 'String',
    },
  ],
  adgroup_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.feedflow.item.adgroup.creative.add.bind`: method, response root, request and response schemas. */
export const taobaoFeedflowItemAdgroupCreativeAddBindOperation = {
  method: 'taobao.feedflow.item.adgroup.creative.add.bind',
  responseRoot: 'feedflow_item_adgroup_creative_add_bind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 信息流新增并且绑定创意 — calls TOP method `taobao.feedflow.item.adgroup.creative.add.bind`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFeedflowItemAdgroupCreativeAddBind(
  client: TopClient,
  request: TaobaoFeedflowItemAdgroupCreativeAddBindRequest,
  options?: CallOptions,
): Promise<TaobaoFeedflowItemAdgroupCreativeAddBindResponse> {
  return client.call<TaobaoFeedflowItemAdgroupCreativeAddBindResponse>(
    {
      method: 'taobao.feedflow.item.adgroup.creative.add.bind',
      responseRoot: 'feedflow_item_adgroup_creative_add_bind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
