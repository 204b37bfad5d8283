// Generated from specs/feedflow/taobao.feedflow.item.target.validlist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.feedflow.item.target.validlist` (获取有权限的定向列表). */
export interface TaobaoFeedflowItemTargetValidlistRequest {
  /** 计划id */
  campaign_id: Int64Input;
}

/** Response of `taobao.feedflow.item.target.validlist`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFeedflowItemTargetValidlistResponse {
  /** 返回结果对象 */
  result?: TaobaoFeedflowItemTargetValidlistResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `taobao.feedflow.item.target.validlist`. */
export interface TaobaoFeedflowItemTargetValidlistResultDto {
  /** 成功 */
  message?: string;
  /** 定向结构 */
  targets?: TaobaoFeedflowItemTargetValidlistTargetDto[];
  /** 调用是否成功,true-成功，false-失败 */
  success?: boolean;
}

/** `TargetDto` of `taobao.feedflow.item.target.validlist`. */
export interface TaobaoFeedflowItemTargetValidlistTargetDto {
  /** 定向id */
  target_id?: Int64;
  /** 定向名称 */
  target_name?: string;
  /** 定向描述 */
  target_desc?: string;
  /** 定向类型 */
  target_type?: string;
}

const REQUEST_SCHEMA = {
  campaign_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    targets: [
      {
        target_id: 'Number',
        target_name: 'String',
        target_desc: 'String',
        target_type: 'String',
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.feedflow.item.target.validlist`: method, response root, request and response schemas. */
export const taobaoFeedflowItemTargetValidlistOperation = {
  method: 'taobao.feedflow.item.target.validlist',
  responseRoot: 'feedflow_item_target_validlist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取有权限的定向列表 — calls TOP method `taobao.feedflow.item.target.validlist`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFeedflowItemTargetValidlist(
  client: TopClient,
  request: TaobaoFeedflowItemTargetValidlistRequest,
  options?: CallOptions,
): Promise<TaobaoFeedflowItemTargetValidlistResponse> {
  return client.call<TaobaoFeedflowItemTargetValidlistResponse>(
    {
      method: 'taobao.feedflow.item.target.validlist',
      responseRoot: 'feedflow_item_target_validlist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
