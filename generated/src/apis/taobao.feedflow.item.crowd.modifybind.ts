// Generated from specs/feedflow/taobao.feedflow.item.crowd.modifybind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.feedflow.item.crowd.modifybind` (修改人群出价或状态). */
export interface TaobaoFeedflowItemCrowdModifybindRequest {
  /**
   * 人群信息
   *
   * Max list size: 50
   */
  crowds: TaobaoFeedflowItemCrowdModifybindCrowdDtoInput[];
  /** 单元id */
  adgroup_id: Int64Input;
}

/** Response of `taobao.feedflow.item.crowd.modifybind`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFeedflowItemCrowdModifybindResponse {
  /** 返回结果对象 */
  result?: TaobaoFeedflowItemCrowdModifybindResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CrowdDto` of `taobao.feedflow.item.crowd.modifybind`. */
export interface TaobaoFeedflowItemCrowdModifybindCrowdDtoInput {
  /** 出价，单位：分 */
  price?: Int64Input;
  /** 人群状态 */
  status?: string;
  /** 人群id */
  crowd_id: Int64Input;
}

/** `ResultDto` of `taobao.feedflow.item.crowd.modifybind`. */
export interface TaobaoFeedflowItemCrowdModifybindResultDto {
  /** message */
  message?: string;
  /** 调用是否成功,true-成功，false-失败 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  crowds: [
    {
      price: 'Number',
      status: 'String',
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

/** Static description of `taobao.feedflow.item.crowd.modifybind`: method, response root, request and response schemas. */
export const taobaoFeedflowItemCrowdModifybindOperation = {
  method: 'taobao.feedflow.item.crowd.modifybind',
  responseRoot: 'feedflow_item_crowd_modifybind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改人群出价或状态 — calls TOP method `taobao.feedflow.item.crowd.modifybind`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFeedflowItemCrowdModifybind(
  client: TopClient,
  request: TaobaoFeedflowItemCrowdModifybindRequest,
  options?: CallOptions,
): Promise<TaobaoFeedflowItemCrowdModifybindResponse> {
  return client.call<TaobaoFeedflowItemCrowdModifybindResponse>(
    {
      method: 'taobao.feedflow.item.crowd.modifybind',
      responseRoot: 'feedflow_item_crowd_modifybind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
