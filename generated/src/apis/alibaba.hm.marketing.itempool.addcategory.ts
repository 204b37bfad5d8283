// Generated from specs/wdk/alibaba.hm.marketing.itempool.addcategory.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.hm.marketing.itempool.addcategory` (增加商品池里面的类目). */
export interface AlibabaHmMarketingItempoolAddcategoryRequest {
  /** 类目对象 */
  item_pool_activity_category?: AlibabaHmMarketingItempoolAddcategoryItemPoolActivityCategoryInput;
  /** 活动对象 */
  common_activity_param?: AlibabaHmMarketingItempoolAddcategoryCommonActivityParamInput;
}

/** Response of `alibaba.hm.marketing.itempool.addcategory`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHmMarketingItempoolAddcategoryResponse {
  /** 商品报名活动的返回结果 */
  result?: AlibabaHmMarketingItempoolAddcategoryMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemPoolActivityCategory` of `alibaba.hm.marketing.itempool.addcategory`. */
export interface AlibabaHmMarketingItempoolAddcategoryItemPoolActivityCategoryInput {
  /** 分组id */
  logic_group_number?: Int64Input;
  /** 类目分组 */
  category_id: string;
}

/** `CommonActivityParam` of `alibaba.hm.marketing.itempool.addcategory`. */
export interface AlibabaHmMarketingItempoolAddcategoryCommonActivityParamInput {
  /** 五道口活动id */
  activity_id: Int64Input;
  /** 商家活动id */
  out_act_id?: string;
}

/** `MarketResult` of `alibaba.hm.marketing.itempool.addcategory`. */
export interface AlibabaHmMarketingItempoolAddcategoryMarketResult {
  /** 错误信息 */
  message?: string;
  /** 报名活动成功的商品详情 */
  data?: string;
  /** 错误码 */
  error_code?: string;
  /** 是否报名成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  item_pool_activity_category: {
    logic_group_number: 'Number',
    category_id: 'String',
  },
  common_activity_param: {
    activity_id: 'Number',
    out_act_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    data: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.hm.marketing.itempool.addcategory`: method, response root, request and response schemas. */
export const alibabaHmMarketingItempoolAddcategoryOperation = {
  method: 'alibaba.hm.marketing.itempool.addcategory',
  responseRoot: 'alibaba_hm_marketing_itempool_addcategory_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 增加商品池里面的类目 — calls TOP method `alibaba.hm.marketing.itempool.addcategory`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHmMarketingItempoolAddcategory(
  client: TopClient,
  request: AlibabaHmMarketingItempoolAddcategoryRequest = {},
  options?: CallOptions,
): Promise<AlibabaHmMarketingItempoolAddcategoryResponse> {
  return client.call<AlibabaHmMarketingItempoolAddcategoryResponse>(
    {
      method: 'alibaba.hm.marketing.itempool.addcategory',
      responseRoot: 'alibaba_hm_marketing_itempool_addcategory_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
