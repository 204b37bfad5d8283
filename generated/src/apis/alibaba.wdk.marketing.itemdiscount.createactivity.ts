// Generated from specs/wdk/alibaba.wdk.marketing.itemdiscount.createactivity.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.itemdiscount.createactivity` (创建商品特价活动). */
export interface AlibabaWdkMarketingItemdiscountCreateactivityRequest {
  /** 创建活动请求入参 */
  param: AlibabaWdkMarketingItemdiscountCreateactivityItemDiscountActivityRequestInput;
}

/** Response of `alibaba.wdk.marketing.itemdiscount.createactivity`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingItemdiscountCreateactivityResponse {
  /** 创建活动返回结果 */
  result?: AlibabaWdkMarketingItemdiscountCreateactivityMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemDiscountActivityRequest` of `alibaba.wdk.marketing.itemdiscount.createactivity`. */
export interface AlibabaWdkMarketingItemdiscountCreateactivityItemDiscountActivityRequestInput {
  /** 活动开始时间,时间戳 */
  start_time: Int64Input;
  /** 优惠适用场景[APP|POS|POS+APP分别对应的值为1|2|1,2] */
  terminals: string[];
  /** 商品特价优惠方式[itemDecreaseMoney:商品特价减钱;itemFixPrice:商品特价一口价;itemDiscount:商品特价打折] */
  discount_type: string;
  /** 活动详情描述,不超过30个英文字符 */
  description: string;
  /** 商家活动id */
  out_act_id?: string;
  /** 参加活动的渠道店ids */
  shop_ids: string[];
  /** 活动结束时间,时间戳 */
  end_time: Int64Input;
  /** 活动名称,不超过10个英文字符 */
  activity_name: string;
  /** 会员维度活动参与人群限制[-1:不限制;1:会员专享;2:非会员专享] */
  member_limit?: Int64Input;
  /** 商家人群编码 */
  merchant_crowd_code?: string;
  /** 淘鲜达人群编码 */
  txd_crowd_code?: string;
  /** 渠道编码 */
  activity_channel?: string;
  /** 周期优惠信息 */
  period_config?: AlibabaWdkMarketingItemdiscountCreateactivityPeriodConfigInput;
  /** 活动优先级，值越大表示优先级越高，必须大于0 */
  priority_value?: Int64Input;
  /** 是否参加后单压前单，默认不参加 */
  cover_before?: boolean;
  /** 是否自定义渠道同步 */
  by_channel?: boolean;
  /** 自定义同步的渠道配置 */
  channel_config_list?: AlibabaWdkMarketingItemdiscountCreateactivityChannelConfigInput[];
}

/** `PeriodConfig` of `alibaba.wdk.marketing.itemdiscount.createactivity`. */
export interface AlibabaWdkMarketingItemdiscountCreateactivityPeriodConfigInput {
  /** 每天的那些时间段生效 */
  every_day_periods?: string[];
  /** 一周的哪几天生效 */
  weekdays?: string[];
}

/** `ChannelConfig` of `alibaba.wdk.marketing.itemdiscount.createactivity`. */
export interface AlibabaWdkMarketingItemdiscountCreateactivityChannelConfigInput {
  /** 淘鲜达:"31",饿了么:"3",京东到家:"26",美团外卖:"2" */
  channel?: string;
}

/** `MarketResult` of `alibaba.wdk.marketing.itemdiscount.createactivity`. */
export interface AlibabaWdkMarketingItemdiscountCreateactivityMarketResult {
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
    start_time: 'Number',
    terminals: ['String'],
    discount_type: 'String',
    description: 'String',
    out_act_id: 'String',
    shop_ids: ['String'],
    end_time: 'Number',
    activity_name: 'String',
    member_limit: 'Number',
    merchant_crowd_code: 'String',
    txd_crowd_code: 'String',
    activity_channel: 'String',
    period_config: {
      every_day_periods: ['String'],
      weekdays: ['String'],
    },
    priority_value: 'Number',
    cover_before: 'Boolean',
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

/** Static description of `alibaba.wdk.marketing.itemdiscount.createactivity`: method, response root, request and response schemas. */
export const alibabaWdkMarketingItemdiscountCreateactivityOperation = {
  method: 'alibaba.wdk.marketing.itemdiscount.createactivity',
  responseRoot: 'alibaba_wdk_marketing_itemdiscount_createactivity_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建商品特价活动 — calls TOP method `alibaba.wdk.marketing.itemdiscount.createactivity`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingItemdiscountCreateactivity(
  client: TopClient,
  request: AlibabaWdkMarketingItemdiscountCreateactivityRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingItemdiscountCreateactivityResponse> {
  return client.call<AlibabaWdkMarketingItemdiscountCreateactivityResponse>(
    {
      method: 'alibaba.wdk.marketing.itemdiscount.createactivity',
      responseRoot: 'alibaba_wdk_marketing_itemdiscount_createactivity_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
