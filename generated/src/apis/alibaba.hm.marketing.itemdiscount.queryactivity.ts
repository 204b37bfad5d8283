// Generated from specs/wdk/alibaba.hm.marketing.itemdiscount.queryactivity.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.hm.marketing.itemdiscount.queryactivity` (查找特价活动). */
export interface AlibabaHmMarketingItemdiscountQueryactivityRequest {
  /** 商品对象 */
  param0: AlibabaHmMarketingItemdiscountQueryactivityCommonActivityParamInput;
}

/** Response of `alibaba.hm.marketing.itemdiscount.queryactivity`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHmMarketingItemdiscountQueryactivityResponse {
  /** 查询特价活动返回结果 */
  result?: AlibabaHmMarketingItemdiscountQueryactivityMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CommonActivityParam` of `alibaba.hm.marketing.itemdiscount.queryactivity`. */
export interface AlibabaHmMarketingItemdiscountQueryactivityCommonActivityParamInput {
  /** 五道口活动id */
  activity_id: Int64Input;
  /** 商家活动id */
  out_act_id?: string;
  /** 是否自定义渠道同步 */
  by_channel?: boolean;
  /** 自定义同步的渠道配置 */
  channel_config_list?: AlibabaHmMarketingItemdiscountQueryactivityChannelConfigInput[];
}

/** `ChannelConfig` of `alibaba.hm.marketing.itemdiscount.queryactivity`. */
export interface AlibabaHmMarketingItemdiscountQueryactivityChannelConfigInput {
  /** 淘鲜达:"31",饿了么:"3",京东到家:"26",美团外卖:"2" */
  channel?: string;
}

/** `MarketResult` of `alibaba.hm.marketing.itemdiscount.queryactivity`. */
export interface AlibabaHmMarketingItemdiscountQueryactivityMarketResult {
  /** 错误信息 */
  message?: string;
  /** 错误码 */
  error_code?: string;
  /** 特价活动信息 */
  data?: AlibabaHmMarketingItemdiscountQueryactivityItemDiscountActivity;
  /** 是否参加后单压前单，默认不参加 */
  success?: boolean;
}

/** `ItemDiscountActivity` of `alibaba.hm.marketing.itemdiscount.queryactivity`. */
export interface AlibabaHmMarketingItemdiscountQueryactivityItemDiscountActivity {
  /** 商品特价优惠方式[itemDecreaseMoney:商品特价减钱;itemFixPrice:商品特价一口价;itemDiscount:商品特价打折] */
  discount_type?: string;
  /** 活动名称,不超过10个英文字符 */
  activity_name?: string;
  /** 活动结束时间,时间戳 */
  end_time?: Int64;
  /** 参加活动的渠道店ids */
  shop_ids?: string[];
  /** 商家活动id */
  out_act_id?: string;
  /** 活动详情描述,不超过30个英文字符 */
  description?: string;
  /** 优惠适用场景[APP|POS|POS+APP分别对应的值为1|2|1,2] */
  terminals?: Int64[];
  /** 活动开始时间,时间戳 */
  start_time?: Int64;
  /** 五道口活动id */
  activity_id?: Int64;
  /** 会员维度活动参与人群限制[-1:不限制;1:会员专享;2:非会员专享] */
  member_limit?: Int64;
  /** 商家人群编码 */
  merchant_crowd_code?: string;
  /** 淘鲜达人群编码 */
  txd_crowd_code?: string;
  /** 渠道key */
  activity_channel?: string;
  /** 周期优惠信息 */
  period_config?: AlibabaHmMarketingItemdiscountQueryactivityPeriodConfig;
  /** 活动优先级，值越大表示优先级越高，必须大于0 */
  priority_value?: Int64;
  /** coverBefore */
  cover_before?: boolean;
}

/** `PeriodConfig` of `alibaba.hm.marketing.itemdiscount.queryactivity`. */
export interface AlibabaHmMarketingItemdiscountQueryactivityPeriodConfig {
  /** 每天的那些时间段生效 */
  every_day_periods?: string[];
  /** 一周的哪几天生效 */
  weekdays?: Int64[];
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
    message: 'String',
    error_code: 'String',
    data: {
      discount_type: 'String',
      activity_name: 'String',
      end_time: 'Number',
      shop_ids: ['String'],
      out_act_id: 'String',
      description: 'String',
      terminals: ['Number'],
      start_time: 'Number',
      activity_id: 'Number',
      member_limit: 'Number',
      merchant_crowd_code: 'String',
      txd_crowd_code: 'String',
      activity_channel: 'String',
      period_config: {
        every_day_periods: ['String'],
        weekdays: ['Number'],
      },
      priority_value: 'Number',
      cover_before: 'Boolean',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.hm.marketing.itemdiscount.queryactivity`: method, response root, request and response schemas. */
export const alibabaHmMarketingItemdiscountQueryactivityOperation = {
  method: 'alibaba.hm.marketing.itemdiscount.queryactivity',
  responseRoot: 'alibaba_hm_marketing_itemdiscount_queryactivity_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查找特价活动 — calls TOP method `alibaba.hm.marketing.itemdiscount.queryactivity`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHmMarketingItemdiscountQueryactivity(
  client: TopClient,
  request: AlibabaHmMarketingItemdiscountQueryactivityRequest,
  options?: CallOptions,
): Promise<AlibabaHmMarketingItemdiscountQueryactivityResponse> {
  return client.call<AlibabaHmMarketingItemdiscountQueryactivityResponse>(
    {
      method: 'alibaba.hm.marketing.itemdiscount.queryactivity',
      responseRoot: 'alibaba_hm_marketing_itemdiscount_queryactivity_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
