// Generated from specs/wdk/alibaba.wdk.marketing.itempool.queryactivity.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.itempool.queryactivity` (查找商品池活动). */
export interface AlibabaWdkMarketingItempoolQueryactivityRequest {
  /** 查询商品池活动入参 */
  param0: AlibabaWdkMarketingItempoolQueryactivityCommonActivityParamInput;
}

/** Response of `alibaba.wdk.marketing.itempool.queryactivity`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingItempoolQueryactivityResponse {
  /** 查询返回结果 */
  result?: AlibabaWdkMarketingItempoolQueryactivityMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CommonActivityParam` of `alibaba.wdk.marketing.itempool.queryactivity`. */
export interface AlibabaWdkMarketingItempoolQueryactivityCommonActivityParamInput {
  /** 五道口活动id */
  activity_id: Int64Input;
  /** 商家活动id */
  out_act_id?: string;
  /** 是否自定义渠道同步 */
  by_channel?: boolean;
  /** 自定义同步渠道配置 */
  channel_config_list?: AlibabaWdkMarketingItempoolQueryactivityChannelConfigInput[];
}

/** `ChannelConfig` of `alibaba.wdk.marketing.itempool.queryactivity`. */
export interface AlibabaWdkMarketingItempoolQueryactivityChannelConfigInput {
  /** 淘鲜达:"31",饿了么:"3",京东到家:"26",美团外卖:"2" */
  channel?: string;
}

/** `MarketResult` of `alibaba.wdk.marketing.itempool.queryactivity`. */
export interface AlibabaWdkMarketingItempoolQueryactivityMarketResult {
  /** 错误码 */
  error_code?: string;
  /** 返回的商品池活动信息 */
  data?: AlibabaWdkMarketingItempoolQueryactivityItemPoolActivity;
  /** 查询商品是否成功 */
  success?: boolean;
  /** 错误信息 */
  message?: string;
}

/** `ItemPoolActivity` of `alibaba.wdk.marketing.itempool.queryactivity`. */
export interface AlibabaWdkMarketingItempoolQueryactivityItemPoolActivity {
  /** 通用限购信息，-1为不限制，默认为不限制 */
  limit_info?: AlibabaWdkMarketingItempoolQueryactivityLimitInfo;
  /** 商品池活动的梯度列表 */
  rule_stairs?: AlibabaWdkMarketingItempoolQueryactivityRulestairs[];
  /** 商家活动id */
  out_act_id?: string;
  /** 报名活动Id */
  activity_id?: Int64;
  /** 活动名称 */
  activity_name?: string;
  /** 活动描述 */
  description?: string;
  /** startTime */
  start_time?: Int64;
  /** endTime */
  end_time?: Int64;
  /** 优惠适用场景:APP|POS|POS+APP 分别对应的值为1|2|1,2 */
  terminals?: Int64[];
  /** 会员维度活动参与人群限制：-1:不限制 1:会员专享 2:非会员专享 */
  member_limit?: Int64;
  /** shopIds */
  shop_ids?: string[];
  /** merchantCrowdCode */
  merchant_crowd_code?: string;
  /** txdCrowdCode */
  txd_crowd_code?: string;
}

/** `LimitInfo` of `alibaba.wdk.marketing.itempool.queryactivity`. */
export interface AlibabaWdkMarketingItempoolQueryactivityLimitInfo {
  /** 每人活动期间总限购 */
  user_limit_cnt?: Int64;
  /** 每人每日限购 */
  user_daily_limit_cnt?: Int64;
  /** 活动每日总限购 */
  daily_limit_cnt?: Int64;
}

/** `Rulestairs` of `alibaba.wdk.marketing.itempool.queryactivity`. */
export interface AlibabaWdkMarketingItempoolQueryactivityRulestairs {
  /** 活动是否上不封顶[只有满元活动可以使用上不封顶，且使用此功能时，只能有一个梯度]。如果活动设置为满10元减1元，传true代表满10元减1元，满20减2元，以此类推；传false代表满10元减1元，满20也减1元，以此类推 */
  enable_multiple?: boolean;
  /** 是否使用满元条件，不能与满件、N件Y折同时使用。此选项为true时，countAt和countBegin必须为false */
  amount_at?: boolean;
  /** 满多少元[单位为分，传入700，代表满7元]，amountAt为true时，必须设置 */
  amount?: Int64;
  /** 是否使用满件条件，不能与满元、N件Y折同时使用。此选项为true时，countBegin和amountAt必须为false */
  count_at?: boolean;
  /** 是否使用N件Y折，不能与满元、满件同时使用。此选项为true时，countAt和amountAt必须为false */
  count_begin?: boolean;
  /** 满多少件或者第多少件开始参与活动[传入4，代表满4件打折或者第4件打折]。该值与countBegin和countAt相关，如果countBegin为true，则为N件Y折活动，如果countAt为true，则为满件活动 */
  count?: Int64;
  /** 减多少元[单位为分，传入700，代表减7元]，decrease为true时，必须设置 */
  decrease_money?: Int64;
  /** 是否使用减钱功能，不能与打折功能同时使用，此选项为true时，discount必须为false */
  decrease?: boolean;
  /** 是否使用打折功能，不能与减钱功能同时使用，此选项为true时，decrease必须为false */
  discount?: boolean;
  /** 打几折[单位为分，传入900，代表打9折]，discount为true时，必须设置 */
  discount_rate?: Int64;
  /** 是否为换购阶梯 */
  is_exchange?: boolean;
  /** 如果为换购活动，则代表此阶梯可换购的商品数量 */
  can_extra_item_num?: Int64;
  /** 一口价价格[单位为分] */
  fix_price_amount?: Int64;
  /** 一口价 */
  fix_price?: boolean;
}

const REQUEST_SCHEMA = {
  param0: {
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
    error_code: 'String',
    data: {
      limit_info: {
        user_limit_cnt: 'Number',
        user_daily_limit_cnt: 'Number',
        daily_limit_cnt: 'Number',
      },
      rule_stairs: [
        {
          enable_multiple: 'Boolean',
          amount_at: 'Boolean',
          amount: 'Number',
          count_at: 'Boolean',
          count_begin: 'Boolean',
          count: 'Number',
          decrease_money: 'Number',
          decrease: 'Boolean',
          discount: 'Boolean',
          discount_rate: 'Number',
          is_exchange: 'Boolean',
          can_extra_item_num: 'Number',
          fix_price_amount: 'Number',
          fix_price: 'Boolean',
        },
      ],
      out_act_id: 'String',
      activity_id: 'Number',
      activity_name: 'String',
      description: 'String',
      start_time: 'Number',
      end_time: 'Number',
      terminals: ['Number'],
      member_limit: 'Number',
      shop_ids: ['String'],
      merchant_crowd_code: 'String',
      txd_crowd_code: 'String',
    },
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.marketing.itempool.queryactivity`: method, response root, request and response schemas. */
export const alibabaWdkMarketingItempoolQueryactivityOperation = {
  method: 'alibaba.wdk.marketing.itempool.queryactivity',
  responseRoot: 'alibaba_wdk_marketing_itempool_queryactivity_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查找商品池活动 — calls TOP method `alibaba.wdk.marketing.itempool.queryactivity`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingItempoolQueryactivity(
  client: TopClient,
  request: AlibabaWdkMarketingItempoolQueryactivityRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingItempoolQueryactivityResponse> {
  return client.call<AlibabaWdkMarketingItempoolQueryactivityResponse>(
    {
      method: 'alibaba.wdk.marketing.itempool.queryactivity',
      responseRoot: 'alibaba_wdk_marketing_itempool_queryactivity_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
