// Generated from specs/wdk/alibaba.wdk.marketing.itempool.createactivity.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.itempool.createactivity` (添加商品池活动). */
export interface AlibabaWdkMarketingItempoolCreateactivityRequest {
  /** 创建活动请求入参 */
  param: AlibabaWdkMarketingItempoolCreateactivityItemPoolActivityInput;
}

/** Response of `alibaba.wdk.marketing.itempool.createactivity`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingItempoolCreateactivityResponse {
  /** 创建活动返回结果 */
  result?: AlibabaWdkMarketingItempoolCreateactivityMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemPoolActivity` of `alibaba.wdk.marketing.itempool.createactivity`. */
export interface AlibabaWdkMarketingItempoolCreateactivityItemPoolActivityInput {
  /** 通用限购信息，-1为不限制，默认为不限制 */
  limit_info?: AlibabaWdkMarketingItempoolCreateactivityLimitInfoInput;
  /** 优惠适用场景[APP|POS|POS+APP分别对应的值为1|2|1,2] */
  terminals: string[];
  /** 商家活动id */
  out_act_id?: string;
  /** 参加活动的渠道店ids */
  shop_ids: string[];
  /** 活动结束时间，时间戳 */
  end_time: Int64Input;
  /** 商品池活动的梯度列表 */
  rule_stairs: AlibabaWdkMarketingItempoolCreateactivityRulestairsInput[];
  /** 活动开始时间，时间戳 */
  start_time: Int64Input;
  /** 商品池活动详情描述,不超过30个英文字符 */
  description: string;
  /** 商品池活动名称,不超过10个英文字符 */
  activity_name: string;
  /** 会员维度活动参与人群限制：-1:不限制 1:会员专享 2:非会员专享 */
  member_limit?: Int64Input;
  /** 商家人群编码 */
  merchant_crowd_code?: string;
  /** 淘鲜达人群编码 */
  txd_crowd_code?: string;
  /** 是否是类目活动 */
  is_category?: boolean;
  /** 是否自定义渠道同步 */
  by_channel?: boolean;
  /** 自定义同步渠道配置 */
  channel_config_list?: AlibabaWdkMarketingItempoolCreateactivityChannelConfigInput[];
}

/** `LimitInfo` of `alibaba.wdk.marketing.itempool.createactivity`. */
export interface AlibabaWdkMarketingItempoolCreateactivityLimitInfoInput {
  /** 活动每日总限购 */
  daily_limit_cnt?: Int64Input;
  /** 每人每日限购 */
  user_daily_limit_cnt?: Int64Input;
  /** 每人活动期间总限购 */
  user_limit_cnt?: Int64Input;
  /** 活动期间总限购 */
  total_limit_cnt?: Int64Input;
}

/** `Rulestairs` of `alibaba.wdk.marketing.itempool.createactivity`. */
export interface AlibabaWdkMarketingItempoolCreateactivityRulestairsInput {
  /** 活动是否上不封顶 */
  enable_multiple?: boolean;
  /** 是否使用满元条件，不能与满件、N件Y折同时使用。此选项为true时，countAt和countBegin必须为false */
  amount_at?: boolean;
  /** 满多少元[单位为分，传入700，代表满7元]，amountAt为true时，必须设置 */
  amount?: Int64Input;
  /** 是否使用满件条件，不能与满元、N件Y折同时使用。此选项为true时，countBegin和amountAt必须为false */
  count_at?: boolean;
  /** 是否使用N件Y折或N件Y元，不能与满元、满件同时使用。此选项为true时，countAt和amountAt必须为false */
  count_begin?: boolean;
  /** 满多少件或者第多少件开始参与活动[传入4，代表满4件打折或者第4件打折]。该值与countBegin和countAt相关，如果countBegin为true，则为N件Y折活动，如果countAt为true，则为满件活动 */
  count?: Int64Input;
  /** 是否使用减钱功能，不能与打折功能同时使用，此选项为true时，discount必须为false */
  decrease?: boolean;
  /** 减多少元[单位为分，传入700，代表减7元]，decrease为true时，必须设置 */
  decrease_money?: Int64Input;
  /** 是否使用打折功能，不能与减钱功能同时使用，此选项为true时，decrease必须为false */
  discount?: boolean;
  /** 打几折[单位为分，传入900，代表打9折]，discount为true时，必须设置 */
  discount_rate?: Int64Input;
  /** 是否为换购活动 */
  is_exchange?: boolean;
  /** 可换购的数量 */
  can_extra_item_num?: Int64Input;
  /** 是否一口价 */
  fix_price?: boolean;
  /** 一口价[单位为分] */
  fix_price_amount?: Int64Input;
}

/** `ChannelConfig` of `alibaba.wdk.marketing.itempool.createactivity`. */
export interface AlibabaWdkMarketingItempoolCreateactivityChannelConfigInput {
  /** 淘鲜达:"31",饿了么:"3",京东到家:"26",美团外卖:"2" */
  channel?: string;
}

/** `MarketResult` of `alibaba.wdk.marketing.itempool.createactivity`. */
export interface AlibabaWdkMarketingItempoolCreateactivityMarketResult {
  /** 错误信息 */
  message?: string;
  /** 错误码 */
  error_code?: string;
  /** 创建成功时会返回五道口活动id */
  data?: Int64;
  /** 创建活动是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param: {
    limit_info: {
      daily_limit_cnt: 'Number',
      user_daily_limit_cnt: 'Number',
      user_limit_cnt: 'Number',
      total_limit_cnt: 'Number',
    },
    terminals: ['String'],
    out_act_id: 'String',
    shop_ids: ['String'],
    end_time: 'Number',
    rule_stairs: [
      {
        enable_multiple: 'Boolean',
        amount_at: 'Boolean',
        amount: 'Number',
        count_at: 'Boolean',
        count_begin: 'Boolean',
        count: 'Number',
        decrease: 'Boolean',
        decrease_money: 'Number',
        discount: 'Boolean',
        discount_rate: 'Number',
        is_exchange: 'Boolean',
        can_extra_item_num: 'Number',
        fix_price: 'Boolean',
        fix_price_amount: 'Number',
      },
    ],
    start_time: 'Number',
    description: 'String',
    activity_name: 'String',
    member_limit: 'Number',
    merchant_crowd_code: 'String',
    txd_crowd_code: 'String',
    is_category: 'Boolean',
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
    data: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.marketing.itempool.createactivity`: method, response root, request and response schemas. */
export const alibabaWdkMarketingItempoolCreateactivityOperation = {
  method: 'alibaba.wdk.marketing.itempool.createactivity',
  responseRoot: 'alibaba_wdk_marketing_itempool_createactivity_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 添加商品池活动 — calls TOP method `alibaba.wdk.marketing.itempool.createactivity`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingItempoolCreateactivity(
  client: TopClient,
  request: AlibabaWdkMarketingItempoolCreateactivityRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingItempoolCreateactivityResponse> {
  return client.call<AlibabaWdkMarketingItempoolCreateactivityResponse>(
    {
      method: 'alibaba.wdk.marketing.itempool.createactivity',
      responseRoot: 'alibaba_wdk_marketing_itempool_createactivity_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
