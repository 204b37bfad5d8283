// Generated from specs/wdk/alibaba.hm.marketing.itemdiscount.additem.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.hm.marketing.itemdiscount.additem` (报名特价商品). */
export interface AlibabaHmMarketingItemdiscountAdditemRequest {
  /** 商品对象 */
  param0: AlibabaHmMarketingItemdiscountAdditemItemDiscountSkuInput;
  /** 活动基本信息 */
  param1: AlibabaHmMarketingItemdiscountAdditemCommonActivityParamInput;
}

/** Response of `alibaba.hm.marketing.itemdiscount.additem`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHmMarketingItemdiscountAdditemResponse {
  /** 商品报名活动的返回结果 */
  result?: AlibabaHmMarketingItemdiscountAdditemMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemDiscountSku` of `alibaba.hm.marketing.itemdiscount.additem`. */
export interface AlibabaHmMarketingItemdiscountAdditemItemDiscountSkuInput {
  /** 通用限购信息，-1为不限制，默认为不限制 */
  limit_info?: AlibabaHmMarketingItemdiscountAdditemLimitInfoInput;
  /** <优惠明细,分为单位>优惠类型为[减价],则代表直降金额[如700,表示商品直降7元];优惠券类型为[一口价],则代表一口价[如700,表示商品一口价为7元];优惠券类型为[打折],则代表折扣[如700,表示打7折] */
  value: Int64Input;
  /** 商品名称 */
  sku_name?: string;
  /** 商品的skuCode */
  sku_code: string;
  /** 门槛数量，金额值单位为分 */
  condition_num?: Int64Input;
  /** 门槛类型，2：累计消费金额，3：累计购买次数 */
  condition_type?: Int64Input;
}

/** `LimitInfo` of `alibaba.hm.marketing.itemdiscount.additem`. */
export interface AlibabaHmMarketingItemdiscountAdditemLimitInfoInput {
  /** 活动每日总限购 */
  daily_limit_cnt?: Int64Input;
  /** 每人每日限购 */
  user_daily_limit_cnt?: Int64Input;
  /** 每人活动期间总限购 */
  user_limit_cnt?: Int64Input;
  /** 活动期间总限购 */
  total_limit_cnt?: Int64Input;
  /** 活动每日总限购（非标小数） */
  daily_limit_cnt_double?: string;
  /** 每人每日限购（非标小数） */
  user_daily_limit_cnt_double?: string;
  /** 每人活动期间总限购（非标小数） */
  user_limit_cnt_double?: string;
  /** 活动期间总限购（非标小数） */
  total_limit_cnt_double?: string;
}

/** `CommonActivityParam` of `alibaba.hm.marketing.itemdiscount.additem`. */
export interface AlibabaHmMarketingItemdiscountAdditemCommonActivityParamInput {
  /** 五道口活动id */
  activity_id: Int64Input;
  /** 商家活动id */
  out_act_id?: string;
  /** 是否自定义渠道同步 */
  by_channel?: boolean;
  /** 自定义同步的渠道配置 */
  channel_config_list?: AlibabaHmMarketingItemdiscountAdditemChannelConfigInput[];
}

/** `ChannelConfig` of `alibaba.hm.marketing.itemdiscount.additem`. */
export interface AlibabaHmMarketingItemdiscountAdditemChannelConfigInput {
  /** 淘鲜达:"31",饿了么:"3",京东到家:"26",美团外卖:"2" */
  channel?: string;
}

/** `MarketResult` of `alibaba.hm.marketing.itemdiscount.additem`. */
export interface AlibabaHmMarketingItemdiscountAdditemMarketResult {
  /** 错误信息 */
  message?: string;
  /** 错误码 */
  error_code?: string;
  /** 报名活动成功的商品详情 */
  data?: AlibabaHmMarketingItemdiscountAdditemItemDiscountSku;
  /** 是否报名成功 */
  success?: boolean;
}

/** `ItemDiscountSku` of `alibaba.hm.marketing.itemdiscount.additem`. */
export interface AlibabaHmMarketingItemdiscountAdditemItemDiscountSku {
  /** <优惠明细,分为单位>优惠类型为[减价],则代表直降金额[如700,表示商品直降7元];优惠券类型为[一口价],则代表一口价[如700,表示商品一口价为7元];优惠券类型为[打折],则代表折扣[如700,表示打7折] */
  value?: Int64;
  /** 商品名称 */
  sku_name?: string;
  /** 商品的skuCode */
  sku_code?: string;
  /** 淘宝item和shop的对应关系， k-itemId, v-shopId */
  item_shop_relation?: string;
  /** 通用限购信息，-1为不限制，默认为不限制 */
  limit_info?: AlibabaHmMarketingItemdiscountAdditemLimitInfo;
}

/** `LimitInfo` of `alibaba.hm.marketing.itemdiscount.additem`. */
export interface AlibabaHmMarketingItemdiscountAdditemLimitInfo {
  /** 活动期间总限购 */
  total_limit_cnt?: Int64;
  /** 每人活动期间总限购 */
  user_limit_cnt?: Int64;
  /** 每人每日限购 */
  user_daily_limit_cnt?: Int64;
  /** 活动每日总限购 */
  daily_limit_cnt?: Int64;
  /** 活动期间总限购（非标小数） */
  total_limit_cnt_double?: string;
  /** 每人活动期间总限购（非标小数） */
  user_limit_cnt_double?: string;
  /** 每人每日限购（非标小数） */
  user_daily_limit_cnt_double?: string;
  /** 活动每日总限购（非标小数） */
  daily_limit_cnt_double?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    limit_info: {
      daily_limit_cnt: 'Number',
      user_daily_limit_cnt: 'Number',
      user_limit_cnt: 'Number',
      total_limit_cnt: 'Number',
      daily_limit_cnt_double: 'String',
      user_daily_limit_cnt_double: 'String',
      user_limit_cnt_double: 'String',
      total_limit_cnt_double: 'String',
    },
    value: 'Number',
    sku_name: 'String',
    sku_code: 'String',
    condition_num: 'Number',
    condition_type: 'Number',
  },
  param1: {
    activity_id: 'Number',
    out_act_id: 'String',
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
    error_code: 'String',
    data: {
      value: 'Number',
      sku_name: 'String',
      sku_code: 'String',
      item_shop_relation: 'String',
      limit_info: {
        total_limit_cnt: 'Number',
        user_limit_cnt: 'Number',
        user_daily_limit_cnt: 'Number',
        daily_limit_cnt: 'Number',
        total_limit_cnt_double: 'String',
        user_limit_cnt_double: 'String',
        user_daily_limit_cnt_double: 'String',
        daily_limit_cnt_double: 'String',
      },
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.hm.marketing.itemdiscount.additem`: method, response root, request and response schemas. */
export const alibabaHmMarketingItemdiscountAdditemOperation = {
  method: 'alibaba.hm.marketing.itemdiscount.additem',
  responseRoot: 'alibaba_hm_marketing_itemdiscount_additem_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 报名特价商品 — calls TOP method `alibaba.hm.marketing.itemdiscount.additem`.
 *
 * 在商品特价活动中报名特价商品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHmMarketingItemdiscountAdditem(
  client: TopClient,
  request: AlibabaHmMarketingItemdiscountAdditemRequest,
  options?: CallOptions,
): Promise<AlibabaHmMarketingItemdiscountAdditemResponse> {
  return client.call<AlibabaHmMarketingItemdiscountAdditemResponse>(
    {
      method: 'alibaba.hm.marketing.itemdiscount.additem',
      responseRoot: 'alibaba_hm_marketing_itemdiscount_additem_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
