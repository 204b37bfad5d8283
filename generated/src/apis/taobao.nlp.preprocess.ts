// Generated from specs/nlp/taobao.nlp.preprocess.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.nlp.preprocess` (文本语言预处理). */
export interface TaobaoNlpPreprocessRequest {
  /** 文本内容 */
  text: TaobaoNlpPreprocessTextInput;
  /** 谐音字转换、形似字转换需提供关键词进行替换，关键词之间以#分隔。keyword示例：兼职#招聘#微信、天猫#日结#微信#招聘#加微 */
  keyword?: string;
  /** 1)繁简字转换：func_type=1，对应type =1 繁转简 type=2 简转繁；2)拆分字转换：func_type =2，对应type=1 文字拆分 type=2 拆分字合并；3)文字转拼音：func_type =3，对应type=1 文字转拼音 type=2 拼音+声调；4)谐音同音字替换：func_type =4，对应type=1 谐音字替换 type=2 同音字替换；5)形似字替换：func_type =5，对应type=1 形似字替换; */
  func_type: Int64Input;
}

/** Response of `taobao.nlp.preprocess`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoNlpPreprocessResponse {
  /** 返回结果 */
  processresult?: TaobaoNlpPreprocessProcessResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Text` of `taobao.nlp.preprocess`. */
export interface TaobaoNlpPreprocessTextInput {
  /** 业务处理ID */
  id: string;
  /** 文本内容 */
  content: string;
  /** 文本类型1-评论 2-订单留言 9-其他 */
  type: Int64Input;
}

/** `ProcessResult` of `taobao.nlp.preprocess`. */
export interface TaobaoNlpPreprocessProcessResult {
  /** 返回文本处理内容 */
  top_result?: string;
  /** 返回结果为true则运行成功，为false则运行失败 */
  top_status?: boolean;
}

const REQUEST_SCHEMA = {
  text: {
    id: 'String',
    content: 'String',
    type: 'Number',
  },
  keyword: 'String',
  func_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  processresult: {
    top_result: 'String',
    top_status: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.nlp.preprocess`: method, response root, request and response schemas. */
export const taobaoNlpPreprocessOperation = {
  method: 'taobao.nlp.preprocess',
  responseRoot: 'nlp_preprocess_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 文本语言预处理 — calls TOP method `taobao.nlp.preprocess`.
 *
 * 实现文本语言处理中的预处理功能，如实现文字繁简转换、文字转拼音、文字拆分、谐音同音字替换和形似字替换。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoNlpPreprocess(
  client: TopClient,
  request: TaobaoNlpPreprocessRequest,
  options?: CallOptions,
): Promise<TaobaoNlpPreprocessResponse> {
  return client.call<TaobaoNlpPreprocessResponse>(
    {
      method: 'taobao.nlp.preprocess',
      responseRoot: 'nlp_preprocess_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
