// Generated from specs/seaking/alibaba.seaking.titlerewrite.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.seaking.titlerewrite.submit` (提交标题改写任务). */
export interface AlibabaSeakingTitlerewriteSubmitRequest {
  /**
   * 任务详情列表
   *
   * Max list size: 1000
   */
  title_rewrite_detail_list: AlibabaSeakingTitlerewriteSubmitTitleRewriteDetailDtoInput[];
  /** token来源站点 */
  token_from: string;
  /** 用户token */
  token: string;
}

/** Response of `alibaba.seaking.titlerewrite.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSeakingTitlerewriteSubmitResponse {
  /** 任务id */
  task_id?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TitleRewriteDetailDto` of `alibaba.seaking.titlerewrite.submit`. */
export interface AlibabaSeakingTitlerewriteSubmitTitleRewriteDetailDtoInput {
  /** 目标语种 */
  target_lang?: string;
  /** 源语种 */
  source_lang?: string;
  /** 类目名称 */
  category_name?: string;
  /** 类目id */
  category_id?: Int64Input;
  /** 商品标题 */
  title: string;
  /** 商品id */
  product_id?: Int64Input;
  /** 商品所在平台（ae/lazada） */
  platform?: string;
  /** 子任务编号，从1开始，必须连续 */
  idx: Int64Input;
  /** 商品图片 */
  image_url?: string;
}

const REQUEST_SCHEMA = {
  title_rewrite_detail_list: [
    {
      target_lang: 'String',
      source_lang: 'String',
      category_name: 'String',
      category_id: 'Number',
      title: 'String',
      product_id: 'Number',
      platform: 'String',
      idx: 'Number',
      image_url: 'String',
    },
  ],
  token_from: 'String',
  token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  task_id: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.seaking.titlerewrite.submit`: method, response root, request and response schemas. */
export const alibabaSeakingTitlerewriteSubmitOperation = {
  method: 'alibaba.seaking.titlerewrite.submit',
  responseRoot: 'alibaba_seaking_titlerewrite_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 提交标题改写任务 — calls TOP method `alibaba.seaking.titlerewrite.submit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSeakingTitlerewriteSubmit(
  client: TopClient,
  request: AlibabaSeakingTitlerewriteSubmitRequest,
  options?: CallOptions,
): Promise<AlibabaSeakingTitlerewriteSubmitResponse> {
  return client.call<AlibabaSeakingTitlerewriteSubmitResponse>(
    {
      method: 'alibaba.seaking.titlerewrite.submit',
      responseRoot: 'alibaba_seaking_titlerewrite_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
