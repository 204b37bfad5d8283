// Generated from specs/feedflow/taobao.feedflow.item.adgroup.adzone.bind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.feedflow.item.adgroup.adzone.bind` (信息流单元内绑定资源位). */
export interface TaobaoFeedflowItemAdgroupAdzoneBindRequest {
  /**
   * 新增的绑定资源位
   *
   * Max list size: 20
   */
  bind_adzone_list: TaobaoFeedflowItemAdgroupAdzoneBindAdzoneBindDtoInput[];
  /** 单元id */
  adgroup_id: Int64Input;
}

/** Response of `taobao.feedflow.item.adgroup.adzone.bind`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFeedflowItemAdgroupAdzoneBindResponse {
  /** 返回结果对象 */
  result?: TaobaoFeedflowItemAdgroupAdzoneBindResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AdzoneBindDto` of `taobao.feedflow.item.adgroup.adzone.bind`. */
export interface TaobaoFeedflowItemAdgroupAdzoneBindAdzoneBindDtoInput {
  /** 资源位id */
  adzone_id: Int64Input;
  /** 溢价比例 1-300 */
  discount: Int64Input;
}

/** `ResultDto` of `taobao.feedflow.item.adgroup.adzone.bind`. */
export interface TaobaoFeedflowItemAdgroupAdzoneBindResultDto {
  /** message */
  message?: string;
  /** 调用是否成功,true-成功，false-失败 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  bind_adzone_list: [
    {
      adzone_id: 'Number',
      discount: 'Number',
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

/** Static description of `taobao.feedflow.item.adgroup.adzone.bind`: method, response root, request and response schemas. */
export const taobaoFeedflowItemAdgroupAdzoneBindOperation = {
  method: 'taobao.feedflow.item.adgroup.adzone.bind',
  responseRoot: 'feedflow_item_adgroup_adzone_bind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 信息流单元内绑定资源位 — calls TOP method `taobao.feedflow.item.adgroup.adzone.bind`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFeedflowItemAdgroupAdzoneBind(
  client: TopClient,
  request: TaobaoFeedflowItemAdgroupAdzoneBindRequest,
  options?: CallOptions,
): Promise<TaobaoFeedflowItemAdgroupAdzoneBindResponse> {
  return client.call<TaobaoFeedflowItemAdgroupAdzoneBindResponse>(
    {
      method: 'taobao.feedflow.item.adgroup.adzone.bind',
      responseRoot: 'feedflow_item_adgroup_adzone_bind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
