// Generated from specs/util/taobao.wireless.content.check.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wireless.content.check` (无线开放内容检查). */
export interface TaobaoWirelessContentCheckRequest {
  /**
   * 待检查的文本
   *
   * Max length: 10000
   */
  text: string;
}

/** Response of `taobao.wireless.content.check`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWirelessContentCheckResponse {
  /** 检查结果 */
  check_results?: TaobaoWirelessContentCheckCheckpoints[];
  /** 综合结果建议。建议用户执行的操作，取值范围： pass：文本正常； review：需要人工审核； block：文本违规，可以直接删除或者做限制处理 */
  suggestion?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Checkpoints` of `taobao.wireless.content.check`. */
export interface TaobaoWirelessContentCheckCheckpoints {
  /** 检查的场景。antispam为黄暴政 */
  scene?: string;
  /** 检查的场景标签。normal：正常文本 spam：含垃圾信息；ad：广告；politics：涉政；terrorism：暴恐；abuse：辱骂；porn：色情；flood：灌水；contraband：违禁；meaningless：无意义 */
  label?: string;
  /** 结果建议 */
  suggestion?: string;
  /** 结果准确度 */
  rate?: string;
}

const REQUEST_SCHEMA = {
  text: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  check_results: [
    {
      scene: 'String',
      label: 'String',
      suggestion: 'String',
      rate: 'String',
    },
  ],
  suggestion: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.wireless.content.check`: method, response root, request and response schemas. */
export const taobaoWirelessContentCheckOperation = {
  method: 'taobao.wireless.content.check',
  responseRoot: 'wireless_content_check_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 无线开放内容检查 — calls TOP method `taobao.wireless.content.check`.
 *
 * 无线开放内容检查，提供涉黄暴力政治文本检查。更详情介绍见 阿里云内容安全
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWirelessContentCheck(
  client: TopClient,
  request: TaobaoWirelessContentCheckRequest,
  options?: CallOptions,
): Promise<TaobaoWirelessContentCheckResponse> {
  return client.call<TaobaoWirelessContentCheckResponse>(
    {
      method: 'taobao.wireless.content.check',
      responseRoot: 'wireless_content_check_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
