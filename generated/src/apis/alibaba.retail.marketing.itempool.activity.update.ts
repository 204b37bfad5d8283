// Generated from specs/wdk/alibaba.retail.marketing.itempool.activity.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.retail.marketing.itempool.activity.update` (更新商品池活动【同城零售】). */
export interface AlibabaRetailMarketingItempoolActivityUpdateRequest {
  /** 更新商品池活动参数 */
  param: AlibabaRetailMarketingItempoolActivityUpdateItemPoolActivityOperateRequestInput;
}

/** Response of `alibaba.retail.marketing.itempool.activity.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaRetailMarketingItempoolActivityUpdateResponse {
  /** 操作结果 */
  result?: AlibabaRetailMarketingItempoolActivityUpdateOctopusOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemPoolActivityOperateRequest` of `alibaba.retail.marketing.itempool.activity.update`. */
export interface AlibabaRetailMarketingItempoolActivityUpdateItemPoolActivityOperateRequestInput {
  /** 周期配置 */
  periodic_config?: AlibabaRetailMarketingItempoolActivityUpdatePeriodicConfigDtoInput;
  /** 同城零售活动id */
  act_id?: Int64Input;
  /** 活动名称 */
  activity_name: string;
  /** 操作人id */
  creator_id: string;
  /** 操作人名称 */
  creator_name: string;
  /** 活动描述 */
  description: string;
  /** 阶梯分组 */
  stair_groups: AlibabaRetailMarketingItempoolActivityUpdateStairGroupDtoInput[];
  /** 支持的终端，1：APP,2:POS */
  terminals: string[];
  /** 经营店 */
  store_ids: string[];
  /** 限购 */
  limit?: AlibabaRetailMarketingItempoolActivityUpdateLimitDtoInput;
  /** 外部商家erp活动id */
  out_act_id?: string;
  /** 逻辑分组 */
  logic_groups: AlibabaRetailMarketingItempoolActivityUpdateLogicGroupDtoInput[];
  /** 活动开始时间戳 */
  start_time: Int64Input;
  /** 活动结束时间戳 */
  end_time: Int64Input;
  /** 限制人群,OLD_USER:老用户，NEW_USER:新用户，LIGHT_NEW_USER：闪购新客，MERCHANT_NEW_USER：商家新用户，MERCHANT_OLD_USER：商家老用户 */
  member_crowd_code?: string[];
  /** 是否上不封顶，为true时则stairGroup只支持单阶梯 */
  enable_multiple?: boolean;
  /** 枚举： 2 美团 3 饿了么 26 京东到家 31 翱象淘鲜达 */
  channels?: string[];
}

/** `PeriodicConfigDto` of `alibaba.retail.marketing.itempool.activity.update`. */
export interface AlibabaRetailMarketingItempoolActivityUpdatePeriodicConfigDtoInput {
  /** 每天的什么时间阶段搞活动,精确到秒单位 例如:03:00:00_05:00:00 */
  every_day_periods?: string[];
  /** 周期配置是否生效 */
  periodic?: boolean;
  /** 星期几搞活动 [1:Mon;2:Tues;3:Wed;4:Thur;5:Fri;6:Sat;7:Sun] */
  weekdays?: string[];
}

/** `StairGroupDto` of `alibaba.retail.marketing.itempool.activity.update`. */
export interface AlibabaRetailMarketingItempoolActivityUpdateStairGroupDtoInput {
  /** 分组序号 */
  number: Int64Input;
  /** 优惠门槛 */
  condition: AlibabaRetailMarketingItempoolActivityUpdateStairConditionDTOInput;
  /** 优惠效果 */
  action: AlibabaRetailMarketingItempoolActivityUpdateActionDTOInput;
}

/** `StairConditionDTO` of `alibaba.retail.marketing.itempool.activity.update`. */
export interface AlibabaRetailMarketingItempoolActivityUpdateStairConditionDTOInput {
  /** 满元金额，单位分 */
  amount?: Int64Input;
  /** 是否满件 */
  count_at?: boolean;
  /** 是否指定件数 */
  count_begin?: boolean;
  /** 是否第N件 */
  appoint?: boolean;
  /** 是否满元 */
  amount_at?: boolean;
  /** 满件门槛 */
  count?: Int64Input;
}

/** `ActionDTO` of `alibaba.retail.marketing.itempool.activity.update`. */
export interface AlibabaRetailMarketingItempoolActivityUpdateActionDTOInput {
  /** 减钱金额，单位分 */
  decrease_money?: Int64Input;
  /** 是否打折 */
  discount?: boolean;
  /** 是否一口价 */
  fix_price?: boolean;
  /** 是否减钱 */
  decrease?: boolean;
  /** 折扣，950，表示9.5折 */
  discount_rate?: Int64Input;
  /** 一口价金额，单位分 */
  fix_price_money?: Int64Input;
  /** 一口价类型，0：普通一口价，1：第N件一口价，2：整体一口价 */
  fix_price_type?: Int64Input;
}

/** `LimitDto` of `alibaba.retail.marketing.itempool.activity.update`. */
export interface AlibabaRetailMarketingItempoolActivityUpdateLimitDtoInput {
  /** 每单限购 */
  order_limit_cnt?: Int64Input;
  /** 每日总限购 */
  daily_total_limit_cnt?: Int64Input;
  /** 总限购 */
  total_limit_cnt?: Int64Input;
  /** 每人总限购 */
  user_total_limit_cnt?: Int64Input;
  /** 每人每日总限购 */
  user_daily_limit_cnt?: Int64Input;
}

/** `LogicGroupDto` of `alibaba.retail.marketing.itempool.activity.update`. */
export interface AlibabaRetailMarketingItempoolActivityUpdateLogicGroupDtoInput {
  /** 分组序号 */
  number: Int64Input;
  /** 分组名称 */
  name?: string;
  /** 分组类型，1: 普通分组， 2: 换购分组， 3: 买赠分组 */
  type: Int64Input;
  /** 换购分组标识 */
  exchange?: boolean;
  /** 换购规则 */
  exchange_rule?: AlibabaRetailMarketingItempoolActivityUpdateExchangeRuleDtoInput;
  /** 是否生效分组（多分组情况下，可能为false，例如商品池换购，普通逻辑分组为false，换购分组为true） */
  effective_group?: boolean;
}

/** `ExchangeRuleDto` of `alibaba.retail.marketing.itempool.activity.update`. */
export interface AlibabaRetailMarketingItempoolActivityUpdateExchangeRuleDtoInput {
  /** 每组最大购买数量, 单次下单可换购的不同sku商品数。换购分组该字段为必填 */
  max_buy_num?: Int64Input;
  /** 换购分组顺序 */
  order_num?: Int64Input;
}

/** `OctopusOpenResult` of `alibaba.retail.marketing.itempool.activity.update`. */
export interface AlibabaRetailMarketingItempoolActivityUpdateOctopusOpenResult {
  /** 活动id */
  data?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 错误提示 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  param: {
    periodic_config: {
      every_day_periods: ['String'],
      periodic: 'Boolean',
      weekdays: ['String'],
    },
    act_id: 'Number',
    activity_name: 'String',
    creator_id: 'String',
    creator_name: 'String',
    description: 'String',
    stair_groups: [
      {
        number: 'Number',
        condition: {
          amount: 'Number',
          count_at: 'Boolean',
          count_begin: 'Boolean',
          appoint: 'Boolean',
          amount_at: 'Boolean',
          count: 'Number',
        },
        action: {
          decrease_money: 'Number',
          discount: 'Boolean',
          fix_price: 'Boolean',
          decrease: 'Boolean',
          discount_rate: 'Number',
          fix_price_money: 'Number',
          fix_price_type: 'Number',
        },
      },
    ],
    terminals: ['String'],
    store_ids: ['String'],
    limit: {
      order_limit_cnt: 'Number',
      daily_total_limit_cnt: 'Number',
      total_limit_cnt: 'Number',
      user_total_limit_cnt: 'Number',
      user_daily_limit_cnt: 'Number',
    },
    out_act_id: 'String',
    logic_groups: [
      {
        number: 'Number',
        name: 'String',
        type: 'Number',
        exchange: 'Boolean',
        exchange_rule: {
          max_buy_num: 'Number',
          order_num: 'Number',
        },
        effective_group: 'Boolean',
      },
    ],
    start_time: 'Number',
    end_time: 'Number',
    member_crowd_code: ['String'],
    enable_multiple: 'Boolean',
    channels: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Number',
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.retail.marketing.itempool.activity.update`: method, response root, request and response schemas. */
export const alibabaRetailMarketingItempoolActivityUpdateOperation = {
  method: 'alibaba.retail.marketing.itempool.activity.update',
  responseRoot: 'alibaba_retail_marketing_itempool_activity_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新商品池活动【同城零售】 — calls TOP method `alibaba.retail.marketing.itempool.activity.update`.
 *
 * 同城零售商品池活动更新
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaRetailMarketingItempoolActivityUpdate(
  client: TopClient,
  request: AlibabaRetailMarketingItempoolActivityUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaRetailMarketingItempoolActivityUpdateResponse> {
  return client.call<AlibabaRetailMarketingItempoolActivityUpdateResponse>(
    {
      method: 'alibaba.retail.marketing.itempool.activity.update',
      responseRoot: 'alibaba_retail_marketing_itempool_activity_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
