// Generated from specs/xiamicontent/xiami.content.company.info.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `xiami.content.company.info.get` (获取厂牌信息). */
export interface XiamiContentCompanyInfoGetRequest {
  /** 厂牌id */
  company_ids?: Int64Input;
}

/** Response of `xiami.content.company.info.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface XiamiContentCompanyInfoGetResponse {
  /** 结果 */
  result_code?: XiamiContentCompanyInfoGetResultCode;
  /** 厂牌信息 */
  company_list?: XiamiContentCompanyInfoGetCompanyDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultCode` of `xiami.content.company.info.get`. */
export interface XiamiContentCompanyInfoGetResultCode {
  /** result msg */
  msg?: string;
  /** result code */
  code?: Int64;
}

/** `CompanyDto` of `xiami.content.company.info.get`. */
export interface XiamiContentCompanyInfoGetCompanyDto {
  /** 厂牌id */
  company_id?: Int64;
  /** 厂牌名称 */
  company_name?: string;
}

const REQUEST_SCHEMA = {
  company_ids: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: {
    msg: 'String',
    code: 'Number',
  },
  company_list: [
    {
      company_id: 'Number',
      company_name: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `xiami.content.company.info.get`: method, response root, request and response schemas. */
export const xiamiContentCompanyInfoGetOperation = {
  method: 'xiami.content.company.info.get',
  responseRoot: 'xiami_content_company_info_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取厂牌信息 — calls TOP method `xiami.content.company.info.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function xiamiContentCompanyInfoGet(
  client: TopClient,
  request: XiamiContentCompanyInfoGetRequest = {},
  options?: CallOptions,
): Promise<XiamiContentCompanyInfoGetResponse> {
  return client.call<XiamiContentCompanyInfoGetResponse>(
    {
      method: 'xiami.content.company.info.get',
      responseRoot: 'xiami_content_company_info_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
