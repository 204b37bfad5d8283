// Generated from specs/simba/taobao.universalbp.campaign.findsubcampaignid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.universalbp.campaign.findsubcampaignid` (查询无界版计划对应的原场景计划id). */
export interface TaobaoUniversalbpCampaignFindsubcampaignidRequest {
  /** topServiceContext */
  top_service_context: TaobaoUniversalbpCampaignFindsubcampaignidTopServiceContextInput;
  /** long */
  tp_long: Int64Input;
}

/** Response of `taobao.universalbp.campaign.findsubcampaignid`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUniversalbpCampaignFindsubcampaignidResponse {
  /** 结果体 */
  result?: TaobaoUniversalbpCampaignFindsubcampaignidTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopServiceContext` of `taobao.universalbp.campaign.findsubcampaignid`. */
export interface TaobaoUniversalbpCampaignFindsubcampaignidTopServiceContextInput {
  /** api业务线编码 */
  biz_code: string;
}

/** `TopResult` of `taobao.universalbp.campaign.findsubcampaignid`. */
export interface TaobaoUniversalbpCampaignFindsubcampaignidTopResult {
  /** 请求系统信息 */
  info?: TaobaoUniversalbpCampaignFindsubcampaignidTopInfo;
  /** 结果集 */
  data?: Int64;
}

/** `TopInfo` of `taobao.universalbp.campaign.findsubcampaignid`. */
export interface TaobaoUniversalbpCampaignFindsubcampaignidTopInfo {
  /** 是否成功 */
  ok?: boolean;
  /** 错误信息 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  top_service_context: {
    biz_code: 'String',
  },
  tp_long: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    info: {
      ok: 'Boolean',
      message: 'String',
      error_code: 'String',
    },
    data: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.universalbp.campaign.findsubcampaignid`: method, response root, request and response schemas. */
export const taobaoUniversalbpCampaignFindsubcampaignidOperation = {
  method: 'taobao.universalbp.campaign.findsubcampaignid',
  responseRoot: 'universalbp_campaign_findsubcampaignid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询无界版计划对应的原场景计划id — calls TOP method `taobao.universalbp.campaign.findsubcampaignid`.
 *
 * 查询该场景下，无界版计划对应的原场景的计划
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUniversalbpCampaignFindsubcampaignid(
  client: TopClient,
  request: TaobaoUniversalbpCampaignFindsubcampaignidRequest,
  options?: CallOptions,
): Promise<TaobaoUniversalbpCampaignFindsubcampaignidResponse> {
  return client.call<TaobaoUniversalbpCampaignFindsubcampaignidResponse>(
    {
      method: 'taobao.universalbp.campaign.findsubcampaignid',
      responseRoot: 'universalbp_campaign_findsubcampaignid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
