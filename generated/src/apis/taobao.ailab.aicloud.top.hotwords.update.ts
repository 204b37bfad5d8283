// Generated from specs/alilabs/taobao.ailab.aicloud.top.hotwords.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.hotwords.update` (更新热词). */
export interface TaobaoAilabAicloudTopHotwordsUpdateRequest {
  /** schemaKey */
  schema?: string;
  /** 三方用户id */
  user_id?: string;
  /** 业务类型 */
  biz_class?: string;
  /** 操作类型 */
  op_type?: string;
  /** 热词内容 */
  content?: TaobaoAilabAicloudTopHotwordsUpdateHotWordsContentInput;
}

/** Response of `taobao.ailab.aicloud.top.hotwords.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopHotwordsUpdateResponse {
  /** baseresult */
  baseresult?: TaobaoAilabAicloudTopHotwordsUpdateBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HotWordsContent` of `taobao.ailab.aicloud.top.hotwords.update`. */
export interface TaobaoAilabAicloudTopHotwordsUpdateHotWordsContentInput {
  /** 热词列表 */
  words?: string[];
}

/** `BaseResult` of `taobao.ailab.aicloud.top.hotwords.update`. */
export interface TaobaoAilabAicloudTopHotwordsUpdateBaseResult {
  /** ret_msg */
  ret_msg?: string;
  /** ret_code */
  ret_code?: Int64;
}

const REQUEST_SCHEMA = {
  schema: 'String',
  user_id: 'String',
  biz_class: 'String',
  op_type: 'String',
  content: {
    words: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  baseresult: {
    ret_msg: 'String',
    ret_code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.hotwords.update`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopHotwordsUpdateOperation = {
  method: 'taobao.ailab.aicloud.top.hotwords.update',
  responseRoot: 'ailab_aicloud_top_hotwords_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新热词 — calls TOP method `taobao.ailab.aicloud.top.hotwords.update`.
 *
 * 更新ASR热词
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopHotwordsUpdate(
  client: TopClient,
  request: TaobaoAilabAicloudTopHotwordsUpdateRequest = {},
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopHotwordsUpdateResponse> {
  return client.call<TaobaoAilabAicloudTopHotwordsUpdateResponse>(
    {
      method: 'taobao.ailab.aicloud.top.hotwords.update',
      responseRoot: 'ailab_aicloud_top_hotwords_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
