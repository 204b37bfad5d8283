// Generated from specs/scbp/alibaba.scbp.target.ad.plan.country.id.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.target.ad.plan.country.id.get` (定向推广-国家标签ID获取). */
export interface AlibabaScbpTargetAdPlanCountryIdGetRequest {}

/** Response of `alibaba.scbp.target.ad.plan.country.id.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpTargetAdPlanCountryIdGetResponse {
  /** 地区列表 */
  region_list?: AlibabaScbpTargetAdPlanCountryIdGetRegionView[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RegionView` of `alibaba.scbp.target.ad.plan.country.id.get`. */
export interface AlibabaScbpTargetAdPlanCountryIdGetRegionView {
  /** 国家列表 */
  country_list?: AlibabaScbpTargetAdPlanCountryIdGetCountryView[];
  /** 地区中文名 */
  region_cn_name?: string;
}

/** `CountryView` of `alibaba.scbp.target.ad.plan.country.id.get`. */
export interface AlibabaScbpTargetAdPlanCountryIdGetCountryView {
  /** 国家中文名 */
  country_cn_name?: string;
  /** 国家ID */
  country_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  region_list: [
    {
      country_list: [
        {
          country_cn_name: 'String',
          country_id: 'String',
        },
      ],
      region_cn_name: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.target.ad.plan.country.id.get`: method, response root, request and response schemas. */
export const alibabaScbpTargetAdPlanCountryIdGetOperation = {
  method: 'alibaba.scbp.target.ad.plan.country.id.get',
  responseRoot: 'alibaba_scbp_target_ad_plan_country_id_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 定向推广-国家标签ID获取 — calls TOP method `alibaba.scbp.target.ad.plan.country.id.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpTargetAdPlanCountryIdGet(
  client: TopClient,
  request: AlibabaScbpTargetAdPlanCountryIdGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaScbpTargetAdPlanCountryIdGetResponse> {
  return client.call<AlibabaScbpTargetAdPlanCountryIdGetResponse>(
    {
      method: 'alibaba.scbp.target.ad.plan.country.id.get',
      responseRoot: 'alibaba_scbp_target_ad_plan_country_id_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
