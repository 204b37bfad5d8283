// Generated from specs/wdk/alibaba.hm.marketing.itembuygift.queryitems.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.hm.marketing.itembuygift.queryitems` (查询买赠活动下的商品). */
export interface AlibabaHmMarketingItembuygiftQueryitemsRequest {
  /** 查询入参 */
  param: AlibabaHmMarketingItembuygiftQueryitemsActivitySkuQueryInput;
}

/** Response of `alibaba.hm.marketing.itembuygift.queryitems`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHmMarketingItembuygiftQueryitemsResponse {
  /** 查询返回结果 */
  result?: AlibabaHmMarketingItembuygiftQueryitemsMarketPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ActivitySkuQuery` of `alibaba.hm.marketing.itembuygift.queryitems`. */
export interface AlibabaHmMarketingItembuygiftQueryitemsActivitySkuQueryInput {
  /** 五道口活动id */
  activity_id: Int64Input;
  /** 分页信息 */
  page: AlibabaHmMarketingItembuygiftQueryitemsBasePageQueryInput;
  /** 商家活动id */
  out_act_id?: string;
  /** 需要查询的商品skuCodes */
  sku_codes?: string[];
}

/** `BasePageQuery` of `alibaba.hm.marketing.itembuygift.queryitems`. */
export interface AlibabaHmMarketingItembuygiftQueryitemsBasePageQueryInput {
  /** 分页大小 */
  page_size: Int64Input;
  /** 当前分页，从1开始 */
  current: Int64Input;
}

/** `MarketPageResult` of `alibaba.hm.marketing.itembuygift.queryitems`. */
export interface AlibabaHmMarketingItembuygiftQueryitemsMarketPageResult {
  /** 错误信息 */
  message?: string;
  /** 参加当前活动的商品总数 */
  total?: Int64;
  /** 页面大小 */
  page_size?: Int64;
  /** 错误码 */
  error_code?: string;
  /** 参加活动的买赠商品详情列表 */
  sku_list?: AlibabaHmMarketingItembuygiftQueryitemsData[];
  /** 当前分页 */
  current?: Int64;
  /** 总页数 */
  total_page?: Int64;
  /** 调用api是否成功 */
  success?: boolean;
}

/** `Data` of `alibaba.hm.marketing.itembuygift.queryitems`. */
export interface AlibabaHmMarketingItembuygiftQueryitemsData {
  /** 通用限购信息，-1为不限制，默认为不限制 */
  limit_info?: AlibabaHmMarketingItembuygiftQueryitemsLimitInfo;
  /** 赠品的名称 */
  gift_sku_name?: string;
  /** 赠品的skuCode，如果和主商品的skuCode相同，则为买A赠A；如果不同，则为买A赠B */
  gift_sku_code?: string;
  /** 买N赠1的N */
  buy_num?: Int64;
  /** 淘宝item和shop的对应关系， k-itemId, v-shopId */
  item_shop_relation?: string;
  /** 主商品名称 */
  sku_name?: string;
  /** 主商品的skuCode */
  sku_code?: string;
}

/** `LimitInfo` of `alibaba.hm.marketing.itembuygift.queryitems`. */
export interface AlibabaHmMarketingItembuygiftQueryitemsLimitInfo {
  /** 活动期间总限购 */
  total_limit_cnt?: Int64;
  /** 每人活动期间总限购 */
  user_limit_cnt?: Int64;
  /** 每人每日限购 */
  user_daily_limit_cnt?: Int64;
}

const REQUEST_SCHEMA = {
  param: {
    activity_id: 'Number',
    page: {
      page_size: 'Number',
      current: 'Number',
    },
    out_act_id: 'String',
    sku_codes: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    total: 'Number',
    page_size: 'Number',
    error_code: 'String',
    sku_list: [
      {
        limit_info: {
          total_limit_cnt: 'Number',
          user_limit_cnt: 'Number',
          user_daily_limit_cnt: 'Number',
        },
        gift_sku_name: 'String',
        gift_sku_code: 'String',
        buy_num: 'Number',
        item_shop_relation: 'String',
        sku_name: 'String',
        sku_code: 'String',
      },
    ],
    current: 'Number',
    total_page: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.hm.marketing.itembuygift.queryitems`: method, response root, request and response schemas. */
export const alibabaHmMarketingItembuygiftQueryitemsOperation = {
  method: 'alibaba.hm.marketing.itembuygift.queryitems',
  responseRoot: 'alibaba_hm_marketing_itembuygift_queryitems_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询买赠活动下的商品 — calls TOP method `alibaba.hm.marketing.itembuygift.queryitems`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHmMarketingItembuygiftQueryitems(
  client: TopClient,
  request: AlibabaHmMarketingItembuygiftQueryitemsRequest,
  options?: CallOptions,
): Promise<AlibabaHmMarketingItembuygiftQueryitemsResponse> {
  return client.call<AlibabaHmMarketingItembuygiftQueryitemsResponse>(
    {
      method: 'alibaba.hm.marketing.itembuygift.queryitems',
      responseRoot: 'alibaba_hm_marketing_itembuygift_queryitems_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
