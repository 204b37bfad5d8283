// Generated from specs/wdk/alibaba.wdk.marketing.itemdiscount.queryitems.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.itemdiscount.queryitems` (查询特价商品). */
export interface AlibabaWdkMarketingItemdiscountQueryitemsRequest {
  /** 查询入参 */
  param: AlibabaWdkMarketingItemdiscountQueryitemsActivitySkuQueryInput;
}

/** Response of `alibaba.wdk.marketing.itemdiscount.queryitems`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingItemdiscountQueryitemsResponse {
  /** 查询返回结果 */
  result?: AlibabaWdkMarketingItemdiscountQueryitemsMarketPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ActivitySkuQuery` of `alibaba.wdk.marketing.itemdiscount.queryitems`. */
export interface AlibabaWdkMarketingItemdiscountQueryitemsActivitySkuQueryInput {
  /** 五道口活动id */
  activity_id: Int64Input;
  /** 分页参数 */
  page: AlibabaWdkMarketingItemdiscountQueryitemsBasePageQueryInput;
  /** 商家活动id */
  out_act_id?: string;
  /** 需要查询的商品skuCodes */
  sku_codes?: string[];
  /** 是否自定义渠道同步 */
  by_channel?: boolean;
  /** 自定义同步的渠道配置 */
  channel_config_list?: AlibabaWdkMarketingItemdiscountQueryitemsChannelConfigInput[];
}

/** `BasePageQuery` of `alibaba.wdk.marketing.itemdiscount.queryitems`. */
export interface AlibabaWdkMarketingItemdiscountQueryitemsBasePageQueryInput {
  /** 页面大小 */
  page_size: Int64Input;
  /** 当前分页，从1开始 */
  current: Int64Input;
}

/** `ChannelConfig` of `alibaba.wdk.marketing.itemdiscount.queryitems`. */
export interface AlibabaWdkMarketingItemdiscountQueryitemsChannelConfigInput {
  /** 淘鲜达:"31",饿了么:"3",京东到家:"26",美团外卖:"2" */
  channel?: string;
}

/** `MarketPageResult` of `alibaba.wdk.marketing.itemdiscount.queryitems`. */
export interface AlibabaWdkMarketingItemdiscountQueryitemsMarketPageResult {
  /** 错误信息 */
  message?: string;
  /** 参加当前活动的商品总数 */
  total?: Int64;
  /** 页面大小 */
  page_size?: Int64;
  /** 错误码 */
  error_code?: string;
  /** 参加活动的特价商品详情列表 */
  sku_list?: AlibabaWdkMarketingItemdiscountQueryitemsItemDiscountSku[];
  /** 当前分页 */
  current?: Int64;
  /** 总页数 */
  total_page?: Int64;
  /** 查询特价商品是否成功 */
  success?: boolean;
}

/** `ItemDiscountSku` of `alibaba.wdk.marketing.itemdiscount.queryitems`. */
export interface AlibabaWdkMarketingItemdiscountQueryitemsItemDiscountSku {
  /** 通用限购信息，-1为不限制，默认为不限制 */
  limit_info?: AlibabaWdkMarketingItemdiscountQueryitemsLimitInfo;
  /** 淘宝item和shop的对应关系， k-itemId, v-shopId */
  item_shop_relation?: string;
  /** <优惠明细,分为单位>优惠类型为[减价],则代表直降金额[如700,表示商品直降7元];优惠券类型为[一口价],则代表一口价[如700,表示商品一口价为7元];优惠券类型为[打折],则代表折扣[如700,表示打7折] */
  value?: Int64;
  /** 商品名称 */
  sku_name?: string;
  /** 商品的skuCode */
  sku_code?: string;
  /** 积分值 */
  condition_num?: Int64;
  /** 积分类型 */
  condition_type?: Int64;
}

/** `LimitInfo` of `alibaba.wdk.marketing.itemdiscount.queryitems`. */
export interface AlibabaWdkMarketingItemdiscountQueryitemsLimitInfo {
  /** 活动期间总限购 */
  total_limit_cnt?: Int64;
  /** 每人活动期间总限购 */
  user_limit_cnt?: Int64;
  /** 每人每日限购 */
  user_daily_limit_cnt?: Int64;
  /** 活动每日总限购 */
  daily_limit_cnt?: Int64;
  /** 活动每日总限购【小数位】 */
  daily_limit_cnt_double?: string;
  /** 每人每日限购【小数位】 */
  user_daily_limit_cnt_double?: string;
  /** 每人活动期间总限购【小数位】 */
  user_limit_cnt_double?: string;
  /** 活动期间总限购【小数位】 */
  total_limit_cnt_double?: string;
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
    by_channel: 'Boolean',
    channel_config_list: [
      {
        channel: 'String',
      },
    ],
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
          daily_limit_cnt: 'Number',
          daily_limit_cnt_double: 'String',
          user_daily_limit_cnt_double: 'String',
          user_limit_cnt_double: 'String',
          total_limit_cnt_double: 'String',
        },
        item_shop_relation: 'String',
        value: 'Number',
        sku_name: 'String',
        sku_code: 'String',
        condition_num: 'Number',
        condition_type: 'Number',
      },
    ],
    current: 'Number',
    total_page: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.marketing.itemdiscount.queryitems`: method, response root, request and response schemas. */
export const alibabaWdkMarketingItemdiscountQueryitemsOperation = {
  method: 'alibaba.wdk.marketing.itemdiscount.queryitems',
  responseRoot: 'alibaba_wdk_marketing_itemdiscount_queryitems_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询特价商品 — calls TOP method `alibaba.wdk.marketing.itemdiscount.queryitems`.
 *
 * 查询参加特价活动的商品优惠详情
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingItemdiscountQueryitems(
  client: TopClient,
  request: AlibabaWdkMarketingItemdiscountQueryitemsRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingItemdiscountQueryitemsResponse> {
  return client.call<AlibabaWdkMarketingItemdiscountQueryitemsResponse>(
    {
      method: 'alibaba.wdk.marketing.itemdiscount.queryitems',
      responseRoot: 'alibaba_wdk_marketing_itemdiscount_queryitems_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
