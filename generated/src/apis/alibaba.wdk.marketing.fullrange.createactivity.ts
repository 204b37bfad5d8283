// Generated from specs/wdk/alibaba.wdk.marketing.fullrange.createactivity.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.fullrange.createactivity` (创建全场活动). */
export interface AlibabaWdkMarketingFullrangeCreateactivityRequest {
  /** 创建活动请求入参 */
  param: AlibabaWdkMarketingFullrangeCreateactivityFullRangeActivityInput;
}

/** Response of `alibaba.wdk.marketing.fullrange.createactivity`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingFullrangeCreateactivityResponse {
  /** 创建活动返回结果 */
  result?: AlibabaWdkMarketingFullrangeCreateactivityMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FullRangeActivity` of `alibaba.wdk.marketing.fullrange.createactivity`. */
export interface AlibabaWdkMarketingFullrangeCreateactivityFullRangeActivityInput {
  /** 通用限购信息，-1为不限制，默认为不限制 */
  limit_info?: AlibabaWdkMarketingFullrangeCreateactivityLimitInfoInput;
  /** 优惠适用场景[APP|POS|POS+APP分别对应的值为1|2|1,2] */
  terminals: string[];
  /** 商家活动id */
  out_act_id?: string;
  /** 参加活动的渠道店ids */
  shop_ids: string[];
  /** 活动结束时间，时间戳 */
  end_time: Int64Input;
  /** 活动的梯度列表 */
  rule_stairs: AlibabaWdkMarketingFullrangeCreateactivityRulestairsInput[];
  /** 活动开始时间，时间戳 */
  start_time: Int64Input;
  /** 活动详情描述,不超过30个英文字符 */
  description: string;
  /** 活动名称,不超过10个英文字符 */
  activity_name: string;
  /** 商家人群编码 */
  merchant_crowd_code?: string;
  /** 淘鲜达人群编码 */
  txd_crowd_code?: string;
}

/** `LimitInfo` of `alibaba.wdk.marketing.fullrange.createactivity`. */
export interface AlibabaWdkMarketingFullrangeCreateactivityLimitInfoInput {
  /** 活动每日总限购 */
  daily_limit_cnt?: Int64Input;
  /** 每人每日限购 */
  user_daily_limit_cnt?: Int64Input;
  /** 每人活动期间总限购 */
  user_limit_cnt?: Int64Input;
  /** 活动期间总限购 */
  total_limit_cnt?: Int64Input;
}

/** `Rulestairs` of `alibaba.wdk.marketing.fullrange.createactivity`. */
export interface AlibabaWdkMarketingFullrangeCreateactivityRulestairsInput {
  /** 是否使用满元条件，不能与满件、N件Y折同时使用。此选项为true时，countAt和countBegin必须为false */
  amount_at?: boolean;
  /** 满多少元[单位为分，传入700，代表满7元]，amountAt为true时，必须设置 */
  amount?: Int64Input;
  /** 可换购的数量 */
  can_extra_item_num?: Int64Input;
}

/** `MarketResult` of `alibaba.wdk.marketing.fullrange.createactivity`. */
export interface AlibabaWdkMarketingFullrangeCreateactivityMarketResult {
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
        amount_at: 'Boolean',
        amount: 'Number',
        can_extra_item_num: 'Number',
      },
    ],
    start_time: 'Number',
    description: 'String',
    activity_name: 'String',
    merchant_crowd_code: 'String',
    txd_crowd_code: 'String',
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

/** Static description of `alibaba.wdk.marketing.fullrange.createactivity`: method, response root, request and response schemas. */
export const alibabaWdkMarketingFullrangeCreateactivityOperation = {
  method: 'alibaba.wdk.marketing.fullrange.createactivity',
  responseRoot: 'alibaba_wdk_marketing_fullrange_createactivity_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建全场活动 — calls TOP method `alibaba.wdk.marketing.fullrange.createactivity`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingFullrangeCreateactivity(
  client: TopClient,
  request: AlibabaWdkMarketingFullrangeCreateactivityRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingFullrangeCreateactivityResponse> {
  return client.call<AlibabaWdkMarketingFullrangeCreateactivityResponse>(
    {
      method: 'alibaba.wdk.marketing.fullrange.createactivity',
      responseRoot: 'alibaba_wdk_marketing_fullrange_createactivity_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
