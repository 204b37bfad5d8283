// Generated from specs/alihealthmdeer/alibaba.alihealth.mdeer.science.synarticle.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.mdeer.science.synarticle` (医知鹿文章同步【保存/更新】). */
export interface AlibabaAlihealthMdeerScienceSynarticleRequest {
  /** 同步文章对象 */
  syn_article_info?: AlibabaAlihealthMdeerScienceSynarticleSynArticleInfoInput;
}

/** Response of `alibaba.alihealth.mdeer.science.synarticle`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthMdeerScienceSynarticleResponse {
  /** 返回信息 */
  msg_info?: string;
  /** 信息code */
  msg_code?: string;
  /** 返回值 */
  model?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SynArticleInfo` of `alibaba.alihealth.mdeer.science.synarticle`. */
export interface AlibabaAlihealthMdeerScienceSynarticleSynArticleInfoInput {
  /** 作者电话 */
  phone_number?: string;
  /** 作者简介 */
  author_introduction?: string;
  /** 作者科室 */
  author_department?: string;
  /** 作者级别 */
  author_level?: string;
  /** 医院级别 */
  hospital_level?: string;
  /** 医院名称 */
  hospital_name: string;
  /** 作者头图 */
  portrait_url?: string;
  /** 文章作者名称 */
  author_name: string;
  /** 文章正文 */
  content: string;
  /** 原文链接 */
  original_article_url?: string;
  /** 文章头图 */
  title_image?: string;
  /** 文章摘要 */
  article_abstract?: string;
  /** 文章标题 */
  title: string;
  /** 文章ID */
  article_id: Int64Input;
}

const REQUEST_SCHEMA = {
  syn_article_info: {
    phone_number: 'String',
    author_introduction: 'String',
    author_department: 'String',
    author_level: 'String',
    hospital_level: 'String',
    hospital_name: 'String',
    portrait_url: 'String',
    author_name: 'String',
    content: 'String',
    original_article_url: 'String',
    title_image: 'String',
    article_abstract: 'String',
    title: 'String',
    article_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  msg_info: 'String',
  msg_code: 'String',
  model: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.mdeer.science.synarticle`: method, response root, request and response schemas. */
export const alibabaAlihealthMdeerScienceSynarticleOperation = {
  method: 'alibaba.alihealth.mdeer.science.synarticle',
  responseRoot: 'alibaba_alihealth_mdeer_science_synarticle_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 医知鹿文章同步【保存/更新】 — calls TOP method `alibaba.alihealth.mdeer.science.synarticle`.
 *
 * 文章同步【保存/更新】
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthMdeerScienceSynarticle(
  client: TopClient,
  request: AlibabaAlihealthMdeerScienceSynarticleRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthMdeerScienceSynarticleResponse> {
  return client.call<AlibabaAlihealthMdeerScienceSynarticleResponse>(
    {
      method: 'alibaba.alihealth.mdeer.science.synarticle',
      responseRoot: 'alibaba_alihealth_mdeer_science_synarticle_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
