// Generated from specs/wdk/alibaba.wdk.marketing.version.commit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.version.commit` (提交版本号). */
export interface AlibabaWdkMarketingVersionCommitRequest {
  /** 版本号提交参数 */
  param: AlibabaWdkMarketingVersionCommitSeasonVersionCommitParamInput;
}

/** Response of `alibaba.wdk.marketing.version.commit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingVersionCommitResponse {
  /** result */
  result?: AlibabaWdkMarketingVersionCommitMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SeasonVersionCommitParam` of `alibaba.wdk.marketing.version.commit`. */
export interface AlibabaWdkMarketingVersionCommitSeasonVersionCommitParamInput {
  /** generate的版本号 */
  season_version: Int64Input;
}

/** `MarketResult` of `alibaba.wdk.marketing.version.commit`. */
export interface AlibabaWdkMarketingVersionCommitMarketResult {
  /** 错误描述 */
  message?: string;
  /** 档期版本号 */
  data?: Int64;
  /** 错误编码 */
  result_code?: string;
  /** 是否成功 */
  is_success?: boolean;
}

const REQUEST_SCHEMA = {
  param: {
    season_version: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    data: 'Number',
    result_code: 'String',
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.marketing.version.commit`: method, response root, request and response schemas. */
export const alibabaWdkMarketingVersionCommitOperation = {
  method: 'alibaba.wdk.marketing.version.commit',
  responseRoot: 'alibaba_wdk_marketing_version_commit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 提交版本号 — calls TOP method `alibaba.wdk.marketing.version.commit`.
 *
 * 提交版本号，标识结束此版本操作
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingVersionCommit(
  client: TopClient,
  request: AlibabaWdkMarketingVersionCommitRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingVersionCommitResponse> {
  return client.call<AlibabaWdkMarketingVersionCommitResponse>(
    {
      method: 'alibaba.wdk.marketing.version.commit',
      responseRoot: 'alibaba_wdk_marketing_version_commit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
