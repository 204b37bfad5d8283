// Generated from specs/iot/taobao.ailab.aicloud.top.like.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.like.delete` (取消收藏). */
export interface TaobaoAilabAicloudTopLikeDeleteRequest {
  /** 扩展信息，用于存放APP类型等 */
  ext?: string;
  /** 用户设备唯一识别码，长度限制32以内，建议使用系统接口获取deviceid,然后做一定的混淆处理来作为此输入参数 */
  utd_id?: string;
  /** 用户ID，此处传入第三方账户体系的用户id */
  user_id: string;
  /** 账户体系隔离 */
  schema: string;
  /** 收藏类型，目前支持四种：story,children_song,music,program，分别表示故事、儿童、音乐和节目 */
  type: string;
  /** 来源 */
  source: string;
  /** 资源的记录ID */
  item_id: string;
}

/** Response of `taobao.ailab.aicloud.top.like.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopLikeDeleteResponse {
  /** 错误信息 */
  msg_info?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** 具体结果值 */
  model?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ext: 'String',
  utd_id: 'String',
  user_id: 'String',
  schema: 'String',
  type: 'String',
  source: 'String',
  item_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  msg_info: 'String',
  is_success: 'Boolean',
  model: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.like.delete`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopLikeDeleteOperation = {
  method: 'taobao.ailab.aicloud.top.like.delete',
  responseRoot: 'ailab_aicloud_top_like_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取消收藏 — calls TOP method `taobao.ailab.aicloud.top.like.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopLikeDelete(
  client: TopClient,
  request: TaobaoAilabAicloudTopLikeDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopLikeDeleteResponse> {
  return client.call<TaobaoAilabAicloudTopLikeDeleteResponse>(
    {
      method: 'taobao.ailab.aicloud.top.like.delete',
      responseRoot: 'ailab_aicloud_top_like_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
