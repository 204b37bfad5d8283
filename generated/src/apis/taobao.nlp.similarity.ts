// Generated from specs/nlp/taobao.nlp.similarity.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.nlp.similarity` (文本语言相似度). */
export interface TaobaoNlpSimilarityRequest {
  /** 多文本内容 */
  texts: TaobaoNlpSimilarityTextsInput;
}

/** Response of `taobao.nlp.similarity`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoNlpSimilarityResponse {
  /** 返回结果 */
  simresult?: TaobaoNlpSimilaritySimResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Texts` of `taobao.nlp.similarity`. */
export interface TaobaoNlpSimilarityTextsInput {
  /** 业务处理ID */
  id: string;
  /** 文本相似度匹配文本 */
  content_src: string;
  /** 文本相似度匹配文本内容模板 */
  content_dst: string;
  /** 文本相似度匹配类型：1为余弦距离，2为编辑距离，3为simHash距离 */
  type: Int64Input;
}

/** `SimResult` of `taobao.nlp.similarity`. */
export interface TaobaoNlpSimilaritySimResult {
  /** 返回文本处理内容 */
  top_result?: string;
  /** 返回结果为true则运行成功，为false则运行失败 */
  top_status?: boolean;
}

const REQUEST_SCHEMA = {
  texts: {
    id: 'String',
    content_src: 'String',
    content_dst: 'String',
    type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  simresult: {
    top_result: 'String',
    top_status: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.nlp.similarity`: method, response root, request and response schemas. */
export const taobaoNlpSimilarityOperation = {
  method: 'taobao.nlp.similarity',
  responseRoot: 'nlp_similarity_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 文本语言相似度 — calls TOP method `taobao.nlp.similarity`.
 *
 * 文本语言相似度计算，提供余弦距离、编辑距离和simHash三种相似度计算。返回文本相似度区间为0-1之间，0为完全不相似，1为完全相似。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoNlpSimilarity(
  client: TopClient,
  request: TaobaoNlpSimilarityRequest,
  options?: CallOptions,
): Promise<TaobaoNlpSimilarityResponse> {
  return client.call<TaobaoNlpSimilarityResponse>(
    {
      method: 'taobao.nlp.similarity',
      responseRoot: 'nlp_similarity_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
