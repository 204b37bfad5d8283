// Generated from specs/scbp/alibaba.scbp.target.ad.plan.product.list.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.target.ad.plan.product.list.get` (定向推广-获取推广计划产品列表). */
export interface AlibabaScbpTargetAdPlanProductListGetRequest {
  /** TopP4pQuickProductQuery */
  top_p4p_quick_product_query: AlibabaScbpTargetAdPlanProductListGetTopP4pQuickProductQueryInput;
}

/** Response of `alibaba.scbp.target.ad.plan.product.list.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpTargetAdPlanProductListGetResponse {
  /** TopP4pQuickCampaignProductView */
  product_list?: AlibabaScbpTargetAdPlanProductListGetTopP4pQuickCampaignProductView[];
  /** 总页数 */
  total_page?: Int64;
  /** 总个数 */
  total_num?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopP4pQuickProductQuery` of `alibaba.scbp.target.ad.plan.product.list.get`. */
export interface AlibabaScbpTargetAdPlanProductListGetTopP4pQuickProductQueryInput {
  /** 定向推广计划id */
  campaign_id: Int64Input;
  /** 第几页 */
  to_page: Int64Input;
  /** 每页返回多少行 */
  per_page_size: Int64Input;
}

/** `TopP4pQuickCampaignProductView` of `alibaba.scbp.target.ad.plan.product.list.get`. */
export interface AlibabaScbpTargetAdPlanProductListGetTopP4pQuickCampaignProductView {
  /** 商品最近7天效果数据 */
  effect7d?: AlibabaScbpTargetAdPlanProductListGetEffect7d;
  /** 商品名 */
  product_name?: string;
  /** 商品ID */
  product_id?: Int64;
  /** 产品状态（0暂停，1推广中，-2商品下架） */
  display_status?: Int64;
}

/** `Effect7d` of `alibaba.scbp.target.ad.plan.product.list.get`. */
export interface AlibabaScbpTargetAdPlanProductListGetEffect7d {
  /** 点击率 */
  ctr?: string;
  /** 平均点击花费 */
  cpc?: string;
  /** 消耗金额，单位元 */
  cost?: string;
  /** 点击量 */
  click?: string;
  /** 曝光量 */
  impr?: string;
}

const REQUEST_SCHEMA = {
  top_p4p_quick_product_query: {
    campaign_id: 'Number',
    to_page: 'Number',
    per_page_size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  product_list: [
    {
      effect7d: {
        ctr: 'String',
        cpc: 'String',
        cost: 'String',
        click: 'String',
        impr: 'String',
      },
      product_name: 'String',
      product_id: 'Number',
      display_status: 'Number',
    },
  ],
  total_page: 'Number',
  total_num: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.target.ad.plan.product.list.get`: method, response root, request and response schemas. */
export const alibabaScbpTargetAdPlanProductListGetOperation = {
  method: 'alibaba.scbp.target.ad.plan.product.list.get',
  responseRoot: 'alibaba_scbp_target_ad_plan_product_list_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 定向推广-获取推广计划产品列表 — calls TOP method `alibaba.scbp.target.ad.plan.product.list.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpTargetAdPlanProductListGet(
  client: TopClient,
  request: AlibabaScbpTargetAdPlanProductListGetRequest,
  options?: CallOptions,
): Promise<AlibabaScbpTargetAdPlanProductListGetResponse> {
  return client.call<AlibabaScbpTargetAdPlanProductListGetResponse>(
    {
      method: 'alibaba.scbp.target.ad.plan.product.list.get',
      responseRoot: 'alibaba_scbp_target_ad_plan_product_list_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
