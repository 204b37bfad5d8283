// Generated from specs/scbp/alibaba.scbp.ad.keyword.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.keyword.add` (外贸直通车加词). */
export interface AlibabaScbpAdKeywordAddRequest {
  /** 加入的词 */
  ad_keyword: string;
  /** 词的出价 */
  price_str: string;
  /** 分组名 */
  tag_name?: string;
}

/** Response of `alibaba.scbp.ad.keyword.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdKeywordAddResponse {
  /** 请求加入的词 */
  keyword?: string;
  /** 该词是否加入成功 */
  is_added?: boolean;
  /** 加词失败的原因 */
  invalid_type?: string;
  /** 系统中存在归一化重复的词 */
  repeat_keyword?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ad_keyword: 'String',
  price_str: 'String',
  tag_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  keyword: 'String',
  is_added: 'Boolean',
  invalid_type: 'String',
  repeat_keyword: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.keyword.add`: method, response root, request and response schemas. */
export const alibabaScbpAdKeywordAddOperation = {
  method: 'alibaba.scbp.ad.keyword.add',
  responseRoot: 'alibaba_scbp_ad_keyword_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 外贸直通车加词 — calls TOP method `alibaba.scbp.ad.keyword.add`.
 *
 * 外贸直通车加词服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdKeywordAdd(
  client: TopClient,
  request: AlibabaScbpAdKeywordAddRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdKeywordAddResponse> {
  return client.call<AlibabaScbpAdKeywordAddResponse>(
    {
      method: 'alibaba.scbp.ad.keyword.add',
      responseRoot: 'alibaba_scbp_ad_keyword_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
