// Generated from specs/seaking/alibaba.seaking.imagetranslate.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.seaking.imagetranslate.submit` (提交图片翻译任务). */
export interface AlibabaSeakingImagetranslateSubmitRequest {
  /** token来源站点 */
  token_from: string;
  /**
   * 子任务列表
   *
   * Max list size: 100
   */
  image_translate_detail_list: AlibabaSeakingImagetranslateSubmitImageTranslateDetailDtoInput[];
  /** 用户token */
  token: string;
}

/** Response of `alibaba.seaking.imagetranslate.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSeakingImagetranslateSubmitResponse {
  /** 任务id */
  task_id?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ImageTranslateDetailDto` of `alibaba.seaking.imagetranslate.submit`. */
export interface AlibabaSeakingImagetranslateSubmitImageTranslateDetailDtoInput {
  /** 目标语种 */
  target_lang?: string;
  /** 源语种 */
  source_lang?: string;
  /** 图片url */
  image_url?: string;
  /** 商品id */
  product_id?: Int64Input;
  /** 商品所在平台（ae/lazada)） */
  platform?: string;
  /** 子任务编号，从1开始，必须连续 */
  idx: Int64Input;
}

const REQUEST_SCHEMA = {
  token_from: 'String',
  image_translate_detail_list: [
    {
      target_lang: 'String',
      source_lang: 'String',
      image_url: 'String',
      product_id: 'Number',
      platform: 'String',
      idx: 'Number',
    },
  ],
  token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  task_id: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.seaking.imagetranslate.submit`: method, response root, request and response schemas. */
export const alibabaSeakingImagetranslateSubmitOperation = {
  method: 'alibaba.seaking.imagetranslate.submit',
  responseRoot: 'alibaba_seaking_imagetranslate_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 提交图片翻译任务 — calls TOP method `alibaba.seaking.imagetranslate.submit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSeakingImagetranslateSubmit(
  client: TopClient,
  request: AlibabaSeakingImagetranslateSubmitRequest,
  options?: CallOptions,
): Promise<AlibabaSeakingImagetranslateSubmitResponse> {
  return client.call<AlibabaSeakingImagetranslateSubmitResponse>(
    {
      method: 'alibaba.seaking.imagetranslate.submit',
      responseRoot: 'alibaba_seaking_imagetranslate_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
