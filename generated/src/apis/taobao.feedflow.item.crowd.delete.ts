// Generated from specs/feedflow/taobao.feedflow.item.crowd.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.feedflow.item.crowd.delete` (删除单品人群). */
export interface TaobaoFeedflowItemCrowdDeleteRequest {
  /**
   * 人群结构
   *
   * Max list size: 20
   */
  crowds: TaobaoFeedflowItemCrowdDeleteCrowdDtoInput[];
  /** 单元id */
  adgroup_id: Int64Input;
}

/** Response of `taobao.feedflow.item.crowd.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFeedflowItemCrowdDeleteResponse {
  /** 返回结果对象 */
  result?: TaobaoFeedflowItemCrowdDeleteResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CrowdDto` of `taobao.feedflow.item.crowd.delete`. */
export interface TaobaoFeedflowItemCrowdDeleteCrowdDtoInput {
  /** 人群id */
  crowd_id: Int64Input;
}

/** `ResultDto` of `taobao.feedflow.item.crowd.delete`. */
export interface TaobaoFeedflowItemCrowdDeleteResultDto {
  /** message */
  message?: string;
  /** 调用是否成功,true-成功，false-失败 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  crowds: [
    {
      crowd_id: 'Number',
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

/** Static description of `taobao.feedflow.item.crowd.delete`: method, response root, request and response schemas. */
export const taobaoFeedflowItemCrowdDeleteOperation = {
  method: 'taobao.feedflow.item.crowd.delete',
  responseRoot: 'feedflow_item_crowd_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除单品人群 — calls TOP method `taobao.feedflow.item.crowd.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFeedflowItemCrowdDelete(
  client: TopClient,
  request: TaobaoFeedflowItemCrowdDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoFeedflowItemCrowdDeleteResponse> {
  return client.call<TaobaoFeedflowItemCrowdDeleteResponse>(
    {
      method: 'taobao.feedflow.item.crowd.delete',
      responseRoot: 'feedflow_item_crowd_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
