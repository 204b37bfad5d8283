// Generated from specs/wdk/alibaba.retail.marketing.itempool.activity.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.retail.marketing.itempool.activity.query` (查询商品池活动【同城零售】). */
export interface AlibabaRetailMarketingItempoolActivityQueryRequest {
  /** 请求体 */
  param0: AlibabaRetailMarketingItempoolActivityQueryItemPoolActivityQueryRequestInput;
}

/** Response of `alibaba.retail.marketing.itempool.activity.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaRetailMarketingItempoolActivityQueryResponse {
  /** 响应体 */
  data?: AlibabaRetailMarketingItempoolActivityQueryItemPoolPromotionActivityDTO;
  /** 成功标识 */
  succeed?: boolean;
  /** 错误信息 */
  err_message?: string;
  /** 错误码 */
  err_number?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemPoolActivityQueryRequest` of `alibaba.retail.marketing.itempool.activity.query`. */
export interface AlibabaRetailMarketingItempoolActivityQueryItemPoolActivityQueryRequestInput {
  /** 活动ID */
  act_id?: Int64Input;
  /** 外部活动id */
  out_act_id?: string;
}

/** `ItemPoolPromotionActivityDTO` of `alibaba.retail.marketing.itempool.activity.query`. */
export interface AlibabaRetailMarketingItempoolActivityQueryItemPoolPromotionActivityDTO {
  /** 商品池活动类型 AMOUNT_DECREASE("amount_decrease", "满元减"), AMOUNT_DISCOUNT("amount_discount", "满元折"), COUNT_DECREASE("count_decrease", "满件减"), COUNT_DISCOUNT("count_discount", "满件折"), COUNT_N_FIXED_PRICE("count_n_fixed_price", "满N件第N件一口价"), COUNT_N_DISCOUNT("count_n_discount", "满N件第N件Y折"), AMOUNT_EXCHANGE("amount_exchange", "满元换购"), COUNT_EXCHANGE("count_exchange", "满件换购"), COUNT_ALL_FIXED_PRICE("count_all_fixed_price", "X元Y件"), */
  item_pool_discount_type?: string;
  /** 外部订单号 */
  out_act_id?: string;
  /** 营销活动ID */
  act_id?: Int64;
  /** 活动名称 */
  activity_name?: string;
  /** 活动描述 */
  description?: string;
  /** 活动开始时间 */
  start_time?: Int64;
  /** 活动结束时间 */
  end_time?: Int64;
  /** 活动周几生效 */
  weekdays?: string[];
  /** 活动每天生效时间段 */
  every_day_periods?: string[];
  /** 优惠适用场景:1:APP 2:POS */
  terminals?: string[];
  /** 操作人ID */
  creator_id?: string;
  /** 操作人姓名 */
  creator_name?: string;
  /** 门店列表 */
  store_ids?: string[];
  /** 外部门店列表 */
  outer_store_ids?: string[];
  /** 人群编码,saas平台人群编码:NEW_USER: 新用户, OLD_USER：老用户，LIGHT_NEW_USER：闪购新客 */
  member_crowd_codes?: string[];
  /** 限购信息 */
  limit?: AlibabaRetailMarketingItempoolActivityQueryLimitDTO;
  /** 逻辑分组 */
  logic_groups?: AlibabaRetailMarketingItempoolActivityQueryLogicGroupDTO[];
  /** 阶梯分组 */
  stair_groups?: AlibabaRetailMarketingItempoolActivityQueryStairGroupDTO[];
  /** 是否上不封顶 */
  enable_multiple?: boolean;
}

/** `LimitDTO` of `alibaba.retail.marketing.itempool.activity.query`. */
export interface AlibabaRetailMarketingItempoolActivityQueryLimitDTO {
  /** 活动总限购 */
  total_limit_cnt?: Int64;
  /** 每日总限购 */
  daily_total_limit_cnt?: Int64;
  /** 用户总限购 */
  user_total_limit_cnt?: Int64;
  /** 用户每日限购 */
  user_daily_limit_cnt?: Int64;
  /** 每单限购 */
  order_limit_cnt?: Int64;
}

/** `LogicGroupDTO` of `alibaba.retail.marketing.itempool.activity.query`. */
export interface AlibabaRetailMarketingItempoolActivityQueryLogicGroupDTO {
  /** 分组序号 */
  number?: Int64;
  /** 分组类型 1: 普通分组 2: 换购分组 3: 买赠分组 */
  type?: Int64;
  /** 分组名称 */
  name?: string;
  /** 是否生效分组 */
  effective_group?: boolean;
  /** 优惠门槛 */
  condition?: AlibabaRetailMarketingItempoolActivityQueryConditionDTO;
  /** 优惠效果 */
  action?: AlibabaRetailMarketingItempoolActivityQueryActionDTO;
  /** 换购标识 */
  exchange?: boolean;
  /** 换购规则 */
  exchange_rule?: AlibabaRetailMarketingItempoolActivityQueryExchangeRuleDTO;
}

/** `ConditionDTO` of `alibaba.retail.marketing.itempool.activity.query`. */
export interface AlibabaRetailMarketingItempoolActivityQueryConditionDTO {
  /** 是否满元门槛 */
  amount_at?: boolean;
  /** 满元门槛值 -- 单位分 */
  amount?: Int64;
  /** 是否满件门槛 */
  count_at?: boolean;
  /** 件数 */
  count?: Int64;
}

/** `ActionDTO` of `alibaba.retail.marketing.itempool.activity.query`. */
export interface AlibabaRetailMarketingItempoolActivityQueryActionDTO {
  /** 是否减钱 */
  decrease?: boolean;
  /** 满减金额，单位分 */
  decrease_money?: Int64;
  /** 是否打折 */
  discount?: boolean;
  /** 折扣率 */
  discount_rate?: Int64;
  /** 是否一口价 */
  fix_price?: boolean;
  /** 一口价金额，单位分 */
  fix_price_money?: Int64;
  /** 一口价类型 0: 普通一口价 1: 每件或者第n件一口价 2: 整体一口价 */
  fix_price_type?: Int64;
}

/** `ExchangeRuleDTO` of `alibaba.retail.marketing.itempool.activity.query`. */
export interface AlibabaRetailMarketingItempoolActivityQueryExchangeRuleDTO {
  /** 每组最大购买数量, 单次下单可换购的不同sku商品数 */
  max_buy_num?: Int64;
  /** 换购分组顺序 */
  order_num?: Int64;
}

/** `StairGroupDTO` of `alibaba.retail.marketing.itempool.activity.query`. */
export interface AlibabaRetailMarketingItempoolActivityQueryStairGroupDTO {
  /** 分组序号 */
  number?: Int64;
  /** 优惠门槛 */
  condition?: AlibabaRetailMarketingItempoolActivityQueryStairConditionDTO;
  /** 优惠效果 */
  action?: AlibabaRetailMarketingItempoolActivityQueryActionDTO;
  /** 逻辑分组1的number为1，逻辑分组2的number为2，示例值[1&2]：代表同时满足逻辑分组1和逻辑分组2时才可享受优惠 */
  condition_express?: string;
  /** 逻辑分组1的number为1，逻辑分组2的number为2，示例值[1|2]：代表逻辑分组1或者逻辑分组2可以享受优惠 */
  action_express?: string;
}

/** `StairConditionDTO` of `alibaba.retail.marketing.itempool.activity.query`. */
export interface AlibabaRetailMarketingItempoolActivityQueryStairConditionDTO {
  /** 是否满元门槛 */
  amount_at?: boolean;
  /** 满元门槛值 -- 单位分 */
  amount?: Int64;
  /** 是否满件门槛 */
  count_at?: boolean;
  /** 件数 */
  count?: Int64;
  /** 是否指定件数 */
  count_begin?: boolean;
  /** 是否第几件 */
  appoint?: boolean;
}

const REQUEST_SCHEMA = {
  param0: {
    act_id: 'Number',
    out_act_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    item_pool_discount_type: 'String',
    out_act_id: 'String',
    act_id: 'Number',
    activity_name: 'String',
    description: 'String',
    start_time: 'Number',
    end_time: 'Number',
    weekdays: ['String'],
    every_day_periods: ['String'],
    terminals: ['String'],
    creator_id: 'String',
    creator_name: 'String',
    store_ids: ['String'],
    outer_store_ids: ['String'],
    member_crowd_codes: ['String'],
    limit: {
      total_limit_cnt: 'Number',
      daily_total_limit_cnt: 'Number',
      user_total_limit_cnt: 'Number',
      user_daily_limit_cnt: 'Number',
      order_limit_cnt: 'Number',
    },
    logic_groups: [
      {
        number: 'Number',
        type: 'Number',
        name: 'String',
        effective_group: 'Boolean',
        condition: {
          amount_at: 'Boolean',
          amount: 'Number',
          count_at: 'Boolean',
          count: 'Number',
        },
        action: {
          decrease: 'Boolean',
          decrease_money: 'Number',
          discount: 'Boolean',
          discount_rate: 'Number',
          fix_price: 'Boolean',
          fix_price_money: 'Number',
          fix_price_type: 'Number',
        },
        exchange: 'Boolean',
        exchange_rule: {
          max_buy_num: 'Number',
          order_num: 'Number',
        },
      },
    ],
    stair_groups: [
      {
        number: 'Number',
        condition: {
          amount_at: 'Boolean',
          amount: 'Number',
          count_at: 'Boolean',
          count: 'Number',
          count_begin: 'Boolean',
          appoint: 'Boolean',
        },
        action: {
          decrease: 'Boolean',
          decrease_money: 'Number',
          discount: 'Boolean',
          discount_rate: 'Number',
          fix_price: 'Boolean',
          fix_price_money: 'Number',
          fix_price_type: 'Number',
        },
        condition_express: 'String',
        action_express: 'String',
      },
    ],
    enable_multiple: 'Boolean',
  },
  succeed: 'Boolean',
  err_message: 'String',
  err_number: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.retail.marketing.itempool.activity.query`: method, response root, request and response schemas. */
export const alibabaRetailMarketingItempoolActivityQueryOperation = {
  method: 'alibaba.retail.marketing.itempool.activity.query',
  responseRoot: 'alibaba_retail_marketing_itempool_activity_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询商品池活动【同城零售】 — calls TOP method `alibaba.retail.marketing.itempool.activity.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaRetailMarketingItempoolActivityQuery(
  client: TopClient,
  request: AlibabaRetailMarketingItempoolActivityQueryRequest,
  options?: CallOptions,
): Promise<AlibabaRetailMarketingItempoolActivityQueryResponse> {
  return client.call<AlibabaRetailMarketingItempoolActivityQueryResponse>(
    {
      method: 'alibaba.retail.marketing.itempool.activity.query',
      responseRoot: 'alibaba_retail_marketing_itempool_activity_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
