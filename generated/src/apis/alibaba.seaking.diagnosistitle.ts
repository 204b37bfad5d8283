// Generated from specs/seaking/alibaba.seaking.diagnosistitle.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.seaking.diagnosistitle` (标题诊断). */
export interface AlibabaSeakingDiagnosistitleRequest {
  /** 类目id,没有的时候传-1 */
  category_id: Int64Input;
  /** 扩展信息 */
  extra?: AlibabaSeakingDiagnosistitleExtraInput;
  /** erp用户id */
  identifier: string;
  /** 调用来源(erp名称) */
  identifier_type: string;
  /** 语种 */
  language: string;
  /** 商品所在平台（ae/icbu） */
  platform: string;
  /** 标题 */
  title: string;
}

/** Response of `alibaba.seaking.diagnosistitle`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSeakingDiagnosistitleResponse {
  /** 全大写的单词 */
  all_uppercase_words?: string[];
  /** 是否包含类目主词 */
  contain_core_classes?: boolean;
  /** 违禁词 */
  disable_word_list?: string[];
  /** 重复的词 */
  duplicate_word_list?: string[];
  /** 语言质量分(0-5) */
  language_quality_score?: string;
  /** 首字母未大写单词 */
  no_first_uppercase_word_list?: string[];
  /** 标题是否超过长度限制 */
  over_length_limit?: boolean;
  /** 总分(0-100) */
  total_score?: Int64;
  /** 拼写错误的单词 */
  spell_error_word_list?: string[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Extra` of `alibaba.seaking.diagnosistitle`. */
export interface AlibabaSeakingDiagnosistitleExtraInput {
  /** 商品所在平台 */
  platform?: string;
  /** 商品id */
  product_id?: string;
  /** 店铺id */
  sub_identifier?: string;
  /** 店铺所在平台 */
  sub_identify_type?: string;
}

const REQUEST_SCHEMA = {
  category_id: 'Number',
  extra: {
    platform: 'String',
    product_id: 'String',
    sub_identifier: 'String',
    sub_identify_type: 'String',
  },
  identifier: 'String',
  identifier_type: 'String',
  language: 'String',
  platform: 'String',
  title: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  all_uppercase_words: ['String'],
  contain_core_classes: 'Boolean',
  disable_word_list: ['String'],
  duplicate_word_list: ['String'],
  language_quality_score: 'String',
  no_first_uppercase_word_list: ['String'],
  over_length_limit: 'Boolean',
  total_score: 'Number',
  spell_error_word_list: ['String'],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.seaking.diagnosistitle`: method, response root, request and response schemas. */
export const alibabaSeakingDiagnosistitleOperation = {
  method: 'alibaba.seaking.diagnosistitle',
  responseRoot: 'alibaba_seaking_diagnosistitle_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 标题诊断 — calls TOP method `alibaba.seaking.diagnosistitle`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSeakingDiagnosistitle(
  client: TopClient,
  request: AlibabaSeakingDiagnosistitleRequest,
  options?: CallOptions,
): Promise<AlibabaSeakingDiagnosistitleResponse> {
  return client.call<AlibabaSeakingDiagnosistitleResponse>(
    {
      method: 'alibaba.seaking.diagnosistitle',
      responseRoot: 'alibaba_seaking_diagnosistitle_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
