// Generated from specs/feedflow/taobao.feedflow.item.creative.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.feedflow.item.creative.delete` (信息流删除创意). */
export interface TaobaoFeedflowItemCreativeDeleteRequest {
  /**
   * 创意id列表
   *
   * Max list size: 20
   */
  creative_id_list: string[];
}

/** Response of `taobao.feedflow.item.creative.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFeedflowItemCreativeDeleteResponse {
  /** 返回结果对下 */
  result?: TaobaoFeedflowItemCreativeDeleteResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `taobao.feedflow.item.creative.delete`. */
export interface TaobaoFeedflowItemCreativeDeleteResultDto {
  /** 消息 */
  message?: string;
  /** 调用是否成功,true-成功，false-失败 */
  success?: boolean;
  /** 错误信息 */
  error_list?: TaobaoFeedflowItemCreativeDeleteErrorInfoDto[];
}

/** `ErrorInfoDto` of `taobao.feedflow.item.creative.delete`. */
export interface TaobaoFeedflowItemCreativeDeleteErrorInfoDto {
  /** 失败原因 */
  reason?: string;
  /** 该原因失败对象列表 */
  error_object_list?: TaobaoFeedflowItemCreativeDeleteErrorObjectDto[];
}

/** `ErrorObjectDto` of `taobao.feedflow.item.creative.delete`. */
export interface TaobaoFeedflowItemCreativeDeleteErrorObjectDto {
  /** 创意id */
  creative_id?: Int64;
}

const REQUEST_SCHEMA = {
  creative_id_list: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    success: 'Boolean',
    error_list: [
      {
        reason: 'String',
        error_object_list: [
          {
            creative_id: 'Number',
          },
        ],
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.feedflow.item.creative.delete`: method, response root, request and response schemas. */
export const taobaoFeedflowItemCreativeDeleteOperation = {
  method: 'taobao.feedflow.item.creative.delete',
  responseRoot: 'feedflow_item_creative_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 信息流删除创意 — calls TOP method `taobao.feedflow.item.creative.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFeedflowItemCreativeDelete(
  client: TopClient,
  request: TaobaoFeedflowItemCreativeDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoFeedflowItemCreativeDeleteResponse> {
  return client.call<TaobaoFeedflowItemCreativeDeleteResponse>(
    {
      method: 'taobao.feedflow.item.creative.delete',
      responseRoot: 'feedflow_item_creative_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
