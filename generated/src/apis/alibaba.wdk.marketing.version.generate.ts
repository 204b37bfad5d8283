// Generated from specs/wdk/alibaba.wdk.marketing.version.generate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.version.generate` (生成发布使用的版本号). */
export interface AlibabaWdkMarketingVersionGenerateRequest {
  /** 档期版本号参数信息 */
  param?: AlibabaWdkMarketingVersionGenerateSeasonVersionParamInput;
}

/** Response of `alibaba.wdk.marketing.version.generate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingVersionGenerateResponse {
  /** result */
  result?: AlibabaWdkMarketingVersionGenerateMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SeasonVersionParam` of `alibaba.wdk.marketing.version.generate`. */
export interface AlibabaWdkMarketingVersionGenerateSeasonVersionParamInput {
  /** 商家档期号 */
  out_season_id?: string;
  /** 参与换挡的门店列表 */
  shop_ids?: string[];
}

/** `MarketResult` of `alibaba.wdk.marketing.version.generate`. */
export interface AlibabaWdkMarketingVersionGenerateMarketResult {
  /** message */
  message?: string;
  /** data */
  data?: Int64;
  /** errorCode */
  result_code?: string;
  /** success */
  is_success?: boolean;
}

const REQUEST_SCHEMA = {
  param: {
    out_season_id: 'String',
    shop_ids: ['String'],
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

/** Static description of `alibaba.wdk.marketing.version.generate`: method, response root, request and response schemas. */
export const alibabaWdkMarketingVersionGenerateOperation = {
  method: 'alibaba.wdk.marketing.version.generate',
  responseRoot: 'alibaba_wdk_marketing_version_generate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 生成发布使用的版本号 — calls TOP method `alibaba.wdk.marketing.version.generate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingVersionGenerate(
  client: TopClient,
  request: AlibabaWdkMarketingVersionGenerateRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkMarketingVersionGenerateResponse> {
  return client.call<AlibabaWdkMarketingVersionGenerateResponse>(
    {
      method: 'alibaba.wdk.marketing.version.generate',
      responseRoot: 'alibaba_wdk_marketing_version_generate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
