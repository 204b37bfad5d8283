// Generated from specs/alilabs/taobao.ailab.aicloud.top.hotwords.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.hotwords.get` (获取热词). */
export interface TaobaoAilabAicloudTopHotwordsGetRequest {
  /** schemeKey */
  schema: string;
  /** 三方用户id */
  user_id: string;
  /** 业务类型 */
  biz_class: string;
}

/** Response of `taobao.ailab.aicloud.top.hotwords.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopHotwordsGetResponse {
  /** baseresult */
  baseresult?: TaobaoAilabAicloudTopHotwordsGetBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResult` of `taobao.ailab.aicloud.top.hotwords.get`. */
export interface TaobaoAilabAicloudTopHotwordsGetBaseResult {
  /** ret_value */
  ret_value?: TaobaoAilabAicloudTopHotwordsGetHotWordsContent;
  /** ret_msg */
  ret_msg?: string;
  /** ret_code */
  ret_code?: Int64;
}

/** `HotWordsContent` of `taobao.ailab.aicloud.top.hotwords.get`. */
export interface TaobaoAilabAicloudTopHotwordsGetHotWordsContent {
  /** 热词列表 */
  words?: string[];
}

const REQUEST_SCHEMA = {
  schema: 'String',
  user_id: 'String',
  biz_class: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  baseresult: {
    ret_value: {
      words: ['String'],
    },
    ret_msg: 'String',
    ret_code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.hotwords.get`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopHotwordsGetOperation = {
  method: 'taobao.ailab.aicloud.top.hotwords.get',
  responseRoot: 'ailab_aicloud_top_hotwords_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取热词 — calls TOP method `taobao.ailab.aicloud.top.hotwords.get`.
 *
 * 获取ASR热词
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopHotwordsGet(
  client: TopClient,
  request: TaobaoAilabAicloudTopHotwordsGetRequest,
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopHotwordsGetResponse> {
  return client.call<TaobaoAilabAicloudTopHotwordsGetResponse>(
    {
      method: 'taobao.ailab.aicloud.top.hotwords.get',
      responseRoot: 'ailab_aicloud_top_hotwords_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
