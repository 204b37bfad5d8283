// Generated from specs/wdk/alibaba.wdk.marketing.itempool.activity.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.itempool.activity.create` (创建活动新接口). */
export interface AlibabaWdkMarketingItempoolActivityCreateRequest {
  /** 创建活动请求入参 */
  param: AlibabaWdkMarketingItempoolActivityCreateItemPoolActivityInput;
}

/** Response of `alibaba.wdk.marketing.itempool.activity.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingItempoolActivityCreateResponse {
  /** message */
  message?: string;
  /** errorCode */
  fail_code?: string;
  /** data */
  data?: Int64;
  /** success */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemPoolActivity` of `alibaba.wdk.marketing.itempool.activity.create`. */
export interface AlibabaWdkMarketingItempoolActivityCreateItemPoolActivityInput {
  /** 通用限购信息，-1为不限制，默认为不限制 */
  limit_info?: AlibabaWdkMarketingItempoolActivityCreateLimitInfoInput;
  /** 商品池活动的梯度列表 */
  rule_stairs: AlibabaWdkMarketingItempoolActivityCreateOpenPromotionRuleStairInput[];
  /** 活动优惠规则 */
  activity_rule?: AlibabaWdkMarketingItempoolActivityCreateActivityRuleInput;
  /** 逻辑分组规则 */
  logic_group_rules?: AlibabaWdkMarketingItempoolActivityCreateOpenLogicGroupRuleInput[];
  /** 参加活动的渠道店ids */
  shop_ids: string[];
  /** 活动结束时间 */
  end_time: Int64Input;
  /** 活动开始时间 */
  start_time: Int64Input;
  /** 活动描述 */
  description: string;
  /** 活动标题 */
  activity_name: string;
  /** 商家人群编码 */
  merchant_crowd_code?: string;
  /** 淘鲜达人群编码 */
  txd_crowd_code?: string;
  /** 会员维度活动参与人群限制：-1:不限制 1:会员专享 2:非会员专享 */
  member_limit?: Int64Input;
  /** 优惠适用场景[APP|POS|POS+APP分别对应的值为1|2|1,2] */
  terminals: string[];
  /** 商家活动id */
  out_act_id?: string;
  /** 周期优惠信息 */
  period_config?: AlibabaWdkMarketingItempoolActivityCreatePeriodConfigInput;
  /** 是否是组合优惠 */
  is_comb?: boolean;
  /** 活动优先级，值越大表示优先级越高，必须大于0 */
  priority_value?: Int64Input;
  /** 商品池是否排除特价 */
  exclude_single?: boolean;
  /** 是否是类目优惠 */
  is_category?: boolean;
  /** 是否自定义渠道同步 */
  by_channel?: boolean;
  /** 自定义同步渠道配置 */
  channel_config_list?: AlibabaWdkMarketingItempoolActivityCreateChannelConfigInput[];
}

/** `LimitInfo` of `alibaba.wdk.marketing.itempool.activity.create`. */
export interface AlibabaWdkMarketingItempoolActivityCreateLimitInfoInput {
  /** 每人每日限购 */
  user_daily_limit_cnt?: Int64Input;
  /** 每人活动期间总限购 */
  user_limit_cnt?: Int64Input;
  /** 活动期间总限购 */
  total_limit_cnt?: Int64Input;
  /** 活动每日总限购 */
  daily_limit_cnt?: Int64Input;
}

/** `OpenPromotionRuleStair` of `alibaba.wdk.marketing.itempool.activity.create`. */
export interface AlibabaWdkMarketingItempoolActivityCreateOpenPromotionRuleStairInput {
  /** 指定件数优惠规则 */
  cap_count_discount_rule?: AlibabaWdkMarketingItempoolActivityCreateCapCountDiscountRuleInput;
  /** 阶梯整体优惠规则 */
  cover_all_discount_rule?: AlibabaWdkMarketingItempoolActivityCreateCoverAllDiscountRuleInput;
  /** 第N件优惠规则 */
  count_at_discount_rule?: AlibabaWdkMarketingItempoolActivityCreateCountAtDiscountRuleInput;
  /** 分组表达式【暂时不使用】 */
  login_group_express?: string;
  /** 是否满元 */
  is_amount?: boolean;
  /** 是否满件 */
  is_count?: boolean;
  /** 阶梯序号，代表商家的阶梯ID，同时代表阶梯优先级的顺序 */
  number: Int64Input;
  /** 满x元【单位为分】 */
  amount?: Int64Input;
  /** 满x件 */
  count?: Int64Input;
  /** 是否叠加逻辑分组的条件 */
  is_overlay_logic_group_condition?: boolean;
  /** 单独定价优惠规则 */
  separate_pricing_discount_rule?: AlibabaWdkMarketingItempoolActivityCreateSeparatePricingDiscountRuleInput;
}

/** `CapCountDiscountRule` of `alibaba.wdk.marketing.itempool.activity.create`. */
export interface AlibabaWdkMarketingItempoolActivityCreateCapCountDiscountRuleInput {
  /** 指定件数每件一口价【分】 */
  cap_count_each_fix_price?: Int64Input;
  /** 指定件数整体打几折【600=6折】 */
  cap_count_discount_rate?: Int64Input;
  /** 指定件数整体减钱【分】 */
  cap_count_decrease_money?: Int64Input;
  /** 指定件数整体一口价【分】 */
  cap_count_fix_price?: Int64Input;
  /** 是否指定件数整体一口价 */
  is_cap_count_fix_price?: boolean;
  /** 是否指定件数整体减钱 */
  is_cap_count_decrease_money?: boolean;
  /** 是否指定件数整体打折 */
  is_cap_count_discount_rate?: boolean;
  /** 是否指定件数每件一口价 */
  is_cap_count_each_fix_price?: boolean;
}

/** `CoverAllDiscountRule` of `alibaba.wdk.marketing.itempool.activity.create`. */
export interface AlibabaWdkMarketingItempoolActivityCreateCoverAllDiscountRuleInput {
  /** 每件商品一口价【分】 */
  each_fix_price?: Int64Input;
  /** 整体打折【600=6折】 */
  cover_all_discount_rate?: Int64Input;
  /** 整体减钱【分】 */
  cover_all_decrease_money?: Int64Input;
  /** 整体一口价【分】 */
  cover_all_fix_price?: Int64Input;
  /** 是否整体一口价 */
  is_cover_all_fix_price?: boolean;
  /** 是否整体减钱 */
  is_cover_all_decrease_money?: boolean;
  /** 是否整体打折 */
  is_cover_all_discount_rate?: boolean;
  /** 是否每件一口价 */
  is_each_fix_price?: boolean;
}

/** `CountAtDiscountRule` of `alibaba.wdk.marketing.itempool.activity.create`. */
export interface AlibabaWdkMarketingItempoolActivityCreateCountAtDiscountRuleInput {
  /** 第N件折扣率【600=6折】 */
  count_at_discount_rate?: Int64Input;
  /** 第N件减钱【分】 */
  count_at_decrease_money?: Int64Input;
  /** 第N件一口价【分】 */
  count_at_fix_price?: Int64Input;
  /** 是否第N建一口价 */
  is_count_at_fix_price?: boolean;
  /** 是否第N件减钱 */
  is_count_at_decrease_money?: boolean;
  /** 是否第N件打折 */
  is_count_at_discount_rate?: boolean;
}

/** `SeparatePricingDiscountRule` of `alibaba.wdk.marketing.itempool.activity.create`. */
export interface AlibabaWdkMarketingItempoolActivityCreateSeparatePricingDiscountRuleInput {
  /** 是否为打折类型 */
  is_discount_rate?: boolean;
  /** 是否为减钱类型 */
  is_decrease?: boolean;
  /** 是否为一口价类型 */
  is_fix_price?: boolean;
}

/** `ActivityRule` of `alibaba.wdk.marketing.itempool.activity.create`. */
export interface AlibabaWdkMarketingItempoolActivityCreateActivityRuleInput {
  /** 封顶金额 */
  ceiling_amount?: Int64Input;
  /** 多阶梯是否可叠加 */
  is_multi_mix?: boolean;
  /** 单商品是否累计 */
  item_overlay?: boolean;
  /** 是否单商品计数【NY使用】【废弃】 */
  is_alone?: boolean;
  /** 是否上不封顶 */
  enable_multiple?: boolean;
  /** 是否叠加计算逻辑分组与阶梯满元【件】条件 */
  is_check_all_cond?: boolean;
  /** 1-可贬值，0-不可贬值 */
  discount_fee_mode?: Int64Input;
}

/** `OpenLogicGroupRule` of `alibaba.wdk.marketing.itempool.activity.create`. */
export interface AlibabaWdkMarketingItempoolActivityCreateOpenLogicGroupRuleInput {
  /** 整体优惠 */
  cover_all_discount_rule?: AlibabaWdkMarketingItempoolActivityCreateCoverAllDiscountRuleInput;
  /** 是否为优惠作用分组 */
  is_effective_group?: boolean;
  /** 逻辑分组上满N元条件，当阶梯的is_amount=true时生效，逻辑分组条件的优先级大于阶梯条件的优先级 */
  amount?: Int64Input;
  /** 逻辑分组上满N件条件，当阶梯的is_count=true时生效，逻辑分组条件的优先级大于阶梯条件的优先级 */
  count?: Int64Input;
  /** 换购N件 */
  can_extra_item_num?: Int64Input;
  /** 1-普通分组，2-换购分组，3-买赠分组 */
  logic_group_type?: Int64Input;
  /** 商家逻辑分组Id（单个活动不能重复） */
  number?: Int64Input;
  /** 换购分组排序，用于在app上展示的顺序 */
  exchange_group_order?: Int64Input;
  /** 换购分组名称 */
  exchange_group_name?: string;
  /** 分摊比例 */
  ratio?: Int64Input;
}

/** `PeriodConfig` of `alibaba.wdk.marketing.itempool.activity.create`. */
export interface AlibabaWdkMarketingItempoolActivityCreatePeriodConfigInput {
  /** 每天的什么时间阶段搞活动,精确到秒单位 例如:03:00:00_05:00:00 */
  every_day_periods?: string[];
  /** 星期几搞活动 [1:Mon;2:Tues;3:Wed;4:Thur;5:Fri;6:Sat;7:Sun] */
  weekdays?: string[];
}

/** `ChannelConfig` of `alibaba.wdk.marketing.itempool.activity.create`. */
export interface AlibabaWdkMarketingItempoolActivityCreateChannelConfigInput {
  /** 淘鲜达:"31",饿了么:"3",京东到家:"26",美团外卖:"2" */
  channel?: string;
}

const REQUEST_SCHEMA = {
  param: {
    limit_info: {
      user_daily_limit_cnt: 'Number',
      user_limit_cnt: 'Number',
      total_limit_cnt: 'Number',
      daily_limit_cnt: 'Number',
    },
    rule_stairs: [
      {
        cap_count_discount_rule: {
          cap_count_each_fix_price: 'Number',
          cap_count_discount_rate: 'Number',
          cap_count_decrease_money: 'Number',
          cap_count_fix_price: 'Number',
          is_cap_count_fix_price: 'Boolean',
          is_cap_count_decrease_money: 'Boolean',
          is_cap_count_discount_rate: 'Boolean',
          is_cap_count_each_fix_price: 'Boolean',
        },
        cover_all_discount_rule: {
          each_fix_price: 'Number',
          cover_all_discount_rate: 'Number',
          cover_all_decrease_money: 'Number',
          cover_all_fix_price: 'Number',
          is_cover_all_fix_price: 'Boolean',
          is_cover_all_decrease_money: 'Boolean',
          is_cover_all_discount_rate: 'Boolean',
          is_each_fix_price: 'Boolean',
        },
        count_at_discount_rule: {
          count_at_discount_rate: 'Number',
          count_at_decrease_money: 'Number',
          count_at_fix_price: 'Number',
          is_count_at_fix_price: 'Boolean',
          is_count_at_decrease_money: 'Boolean',
          is_count_at_discount_rate: 'Boolean',
        },
        login_group_express: 'String',
        is_amount: 'Boolean',
        is_count: 'Boolean',
        number: 'Number',
        amount: 'Number',
        count: 'Number',
        is_overlay_logic_group_condition: 'Boolean',
        separate_pricing_discount_rule: {
          is_discount_rate: 'Boolean',
          is_decrease: 'Boolean',
          is_fix_price: 'Boolean',
        },
      },
    ],
    activity_rule: {
      ceiling_amount: 'Number',
      is_multi_mix: 'Boolean',
      item_overlay: 'Boolean',
      is_alone: 'Boolean',
      enable_multiple: 'Boolean',
      is_check_all_cond: 'Boolean',
      discount_fee_mode: 'Number',
    },
    logic_group_rules: [
      {
        cover_all_discount_rule: {
          each_fix_price: 'Number',
          cover_all_discount_rate: 'Number',
          cover_all_decrease_money: 'Number',
          cover_all_fix_price: 'Number',
          is_cover_all_fix_price: 'Boolean',
          is_cover_all_decrease_money: 'Boolean',
          is_cover_all_discount_rate: 'Boolean',
          is_each_fix_price: 'Boolean',
        },
        is_effective_group: 'Boolean',
        amount: 'Number',
        count: 'Number',
        can_extra_item_num: 'Number',
        logic_group_type: 'Number',
        number: 'Number',
        exchange_group_order: 'Number',
        exchange_group_name: 'String',
        ratio: 'Number',
      },
    ],
    shop_ids: ['String'],
    end_time: 'Number',
    start_time: 'Number',
    description: 'String',
    activity_name: 'String',
    merchant_crowd_code: 'String',
    txd_crowd_code: 'String',
    member_limit: 'Number',
    terminals: ['String'],
    out_act_id: 'String',
    period_config: {
      every_day_periods: ['String'],
      weekdays: ['String'],
    },
    is_comb: 'Boolean',
    priority_value: 'Number',
    exclude_single: 'Boolean',
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
  message: 'String',
  fail_code: 'String',
  data: 'Number',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.marketing.itempool.activity.create`: method, response root, request and response schemas. */
export const alibabaWdkMarketingItempoolActivityCreateOperation = {
  method: 'alibaba.wdk.marketing.itempool.activity.create',
  responseRoot: 'alibaba_wdk_marketing_itempool_activity_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建活动新接口 — calls TOP method `alibaba.wdk.marketing.itempool.activity.create`.
 *
 * 创建活动新接口，支持新工具玩法
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingItempoolActivityCreate(
  client: TopClient,
  request: AlibabaWdkMarketingItempoolActivityCreateRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingItempoolActivityCreateResponse> {
  return client.call<AlibabaWdkMarketingItempoolActivityCreateResponse>(
    {
      method: 'alibaba.wdk.marketing.itempool.activity.create',
      responseRoot: 'alibaba_wdk_marketing_itempool_activity_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
