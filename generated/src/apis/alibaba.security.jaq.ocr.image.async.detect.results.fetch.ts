// Generated from specs/security/alibaba.security.jaq.ocr.image.async.detect.results.fetch.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.ocr.image.async.detect.results.fetch` (聚安全获取异步图文识别结果接口). */
export interface AlibabaSecurityJaqOcrImageAsyncDetectResultsFetchRequest {
  /**
   * 值为图像检测接口异步调用时返回的图片task_id
   *
   * Max list size: 50
   */
  task_ids: string[];
}

/** Response of `alibaba.security.jaq.ocr.image.async.detect.results.fetch`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqOcrImageAsyncDetectResultsFetchResponse {
  /** 出参结构体 */
  data?: AlibabaSecurityJaqOcrImageAsyncDetectResultsFetchJaqImageDetectResultCollection;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `JaqImageDetectResultCollection` of `alibaba.security.jaq.ocr.image.async.detect.results.fetch`. */
export interface AlibabaSecurityJaqOcrImageAsyncDetectResultsFetchJaqImageDetectResultCollection {
  /** 响应消息结构体 */
  jaq_image_detect_result_list?: AlibabaSecurityJaqOcrImageAsyncDetectResultsFetchJaqImageDetectResult[];
}

/** `JaqImageDetectResult` of `alibaba.security.jaq.ocr.image.async.detect.results.fetch`. */
export interface AlibabaSecurityJaqOcrImageAsyncDetectResultsFetchJaqImageDetectResult {
  /** 图像字符识别结果结构体 */
  jaq_ocr_image_detect_result?: AlibabaSecurityJaqOcrImageAsyncDetectResultsFetchJaqOcrImageDetectResult;
  /** 异步请求任务状态；TaskProcessSuccess - 图片异步api请求task状态, 处理成功 TaskProcessing - 图片异步api请求task状态, 正在处理中 TaskInvalid - 图片异步api请求task状态, 无效task或者task不存在 TaskProcessFailed - 图片异步api请求task状态, 处理失败 */
  status?: string;
  /** taskId */
  task_id?: string;
}

/** `JaqOcrImageDetectResult` of `alibaba.security.jaq.ocr.image.async.detect.results.fetch`. */
export interface AlibabaSecurityJaqOcrImageAsyncDetectResultsFetchJaqOcrImageDetectResult {
  /** 字符串列表，内容是图像中文字的主要段落内容（按照概率输出最多5组概率最大的组合） */
  texts?: string[];
}

const REQUEST_SCHEMA = {
  task_ids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    jaq_image_detect_result_list: [
      {
        jaq_ocr_image_detect_result: {
          texts: ['String'],
        },
        status: 'String',
        task_id: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.ocr.image.async.detect.results.fetch`: method, response root, request and response schemas. */
export const alibabaSecurityJaqOcrImageAsyncDetectResultsFetchOperation = {
  method: 'alibaba.security.jaq.ocr.image.async.detect.results.fetch',
  responseRoot: 'alibaba_security_jaq_ocr_image_async_detect_results_fetch_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 聚安全获取异步图文识别结果接口 — calls TOP method `alibaba.security.jaq.ocr.image.async.detect.results.fetch`.
 *
 * 获取异步图像字符识别结果接口根据图像检测接口返回taskid来获取对应图像的检测结果
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqOcrImageAsyncDetectResultsFetch(
  client: TopClient,
  request: AlibabaSecurityJaqOcrImageAsyncDetectResultsFetchRequest,
  options?: CallOptions,
): Promise<AlibabaSecurityJaqOcrImageAsyncDetectResultsFetchResponse> {
  return client.call<AlibabaSecurityJaqOcrImageAsyncDetectResultsFetchResponse>(
    {
      method: 'alibaba.security.jaq.ocr.image.async.detect.results.fetch',
      responseRoot: 'alibaba_security_jaq_ocr_image_async_detect_results_fetch_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
