// Generated from specs/scbp/alibaba.scbp.target.ad.plan.crowd.id.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.target.ad.plan.crowd.id.get` (定向推广-人群标签ID获取(店铺老客、优选人群)). */
export interface AlibabaScbpTargetAdPlanCrowdIdGetRequest {}

/** Response of `alibaba.scbp.target.ad.plan.crowd.id.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpTargetAdPlanCrowdIdGetResponse {
  /** 结果list */
  result_list?: AlibabaScbpTargetAdPlanCrowdIdGetCrowdView[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CrowdView` of `alibaba.scbp.target.ad.plan.crowd.id.get`. */
export interface AlibabaScbpTargetAdPlanCrowdIdGetCrowdView {
  /** 人群list */
  crowd_list?: AlibabaScbpTargetAdPlanCrowdIdGetCrowdInfo[];
  /** 人群类型(店铺老客、优选人群) */
  crowd_type?: string;
}

/** `CrowdInfo` of `alibaba.scbp.target.ad.plan.crowd.id.get`. */
export interface AlibabaScbpTargetAdPlanCrowdIdGetCrowdInfo {
  /** 人群中文名称 */
  crowd_name?: string;
  /** 人群id */
  crowd_id?: string;
  /** 人群预估数量 */
  estimate_count_list?: Int64[];
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_list: [
    {
      crowd_list: [
        {
          crowd_name: 'String',
          crowd_id: 'String',
          estimate_count_list: ['Number'],
        },
      ],
      crowd_type: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.target.ad.plan.crowd.id.get`: method, response root, request and response schemas. */
export const alibabaScbpTargetAdPlanCrowdIdGetOperation = {
  method: 'alibaba.scbp.target.ad.plan.crowd.id.get',
  responseRoot: 'alibaba_scbp_target_ad_plan_crowd_id_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 定向推广-人群标签ID获取(店铺老客、优选人群) — calls TOP method `alibaba.scbp.target.ad.plan.crowd.id.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpTargetAdPlanCrowdIdGet(
  client: TopClient,
  request: AlibabaScbpTargetAdPlanCrowdIdGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaScbpTargetAdPlanCrowdIdGetResponse> {
  return client.call<AlibabaScbpTargetAdPlanCrowdIdGetResponse>(
    {
      method: 'alibaba.scbp.target.ad.plan.crowd.id.get',
      responseRoot: 'alibaba_scbp_target_ad_plan_crowd_id_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
