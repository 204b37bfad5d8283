// Generated from specs/scbp/alibaba.scbp.target.ad.plan.update.products.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.target.ad.plan.update.products` (定向推广 按照id操作推广计划的产品，包括新增，删除和更新). */
export interface AlibabaScbpTargetAdPlanUpdateProductsRequest {
  /** 系统生成 */
  param_top_p4p_modify_quick_campaign_product_d_t_o: AlibabaScbpTargetAdPlanUpdateProductsTopP4pModifyQuickCampaignProductDtoInput;
}

/** Response of `alibaba.scbp.target.ad.plan.update.products`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpTargetAdPlanUpdateProductsResponse {
  /** 操作成功的商品ID列表 */
  product_id_list?: Int64[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopP4pModifyQuickCampaignProductDto` of `alibaba.scbp.target.ad.plan.update.products`. */
export interface AlibabaScbpTargetAdPlanUpdateProductsTopP4pModifyQuickCampaignProductDtoInput {
  /** 操作类型，0=商品暂停，1=商品开启，2=新增商品，3=删除商品 */
  action: Int64Input;
  /** 计划ID */
  campaign_id: Int64Input;
  /** 商品ID */
  product_id_list: Int64Input[];
}

const REQUEST_SCHEMA = {
  param_top_p4p_modify_quick_campaign_product_d_t_o: {
    action: 'Number',
    campaign_id: 'Number',
    product_id_list: ['Number'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  product_id_list: ['Number'],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.target.ad.plan.update.products`: method, response root, request and response schemas. */
export const alibabaScbpTargetAdPlanUpdateProductsOperation = {
  method: 'alibaba.scbp.target.ad.plan.update.products',
  responseRoot: 'alibaba_scbp_target_ad_plan_update_products_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 定向推广 按照id操作推广计划的产品，包括新增，删除和更新 — calls TOP method `alibaba.scbp.target.ad.plan.update.products`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpTargetAdPlanUpdateProducts(
  client: TopClient,
  request: AlibabaScbpTargetAdPlanUpdateProductsRequest,
  options?: CallOptions,
): Promise<AlibabaScbpTargetAdPlanUpdateProductsResponse> {
  return client.call<AlibabaScbpTargetAdPlanUpdateProductsResponse>(
    {
      method: 'alibaba.scbp.target.ad.plan.update.products',
      responseRoot: 'alibaba_scbp_target_ad_plan_update_products_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
