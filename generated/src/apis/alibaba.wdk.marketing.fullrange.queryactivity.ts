// Generated from specs/wdk/alibaba.wdk.marketing.fullrange.queryactivity.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.fullrange.queryactivity` (全场活动查询活动). */
export interface AlibabaWdkMarketingFullrangeQueryactivityRequest {
  /** 查询活动入参 */
  param0: AlibabaWdkMarketingFullrangeQueryactivityCommonActivityParamInput;
}

/** Response of `alibaba.wdk.marketing.fullrange.queryactivity`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingFullrangeQueryactivityResponse {
  /** 查询返回结果 */
  result?: AlibabaWdkMarketingFullrangeQueryactivityMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CommonActivityParam` of `alibaba.wdk.marketing.fullrange.queryactivity`. */
export interface AlibabaWdkMarketingFullrangeQueryactivityCommonActivityParamInput {
  /** 五道口活动id */
  activity_id: Int64Input;
  /** 商家活动id */
  out_act_id?: string;
}

/** `MarketResult` of `alibaba.wdk.marketing.fullrange.queryactivity`. */
export interface AlibabaWdkMarketingFullrangeQueryactivityMarketResult {
  /** 错误码 */
  error_code?: string;
  /** 返回活动信息 */
  data?: AlibabaWdkMarketingFullrangeQueryactivityItemPoolActivity;
  /** 查询商品是否成功 */
  success?: boolean;
  /** 错误信息 */
  message?: string;
}

/** `ItemPoolActivity` of `alibaba.wdk.marketing.fullrange.queryactivity`. */
export interface AlibabaWdkMarketingFullrangeQueryactivityItemPoolActivity {
  /** 通用限购信息，-1为不限制，默认为不限制 */
  limit_info?: AlibabaWdkMarketingFullrangeQueryactivityLimitInfo;
  /** 活动的梯度列表 */
  rule_stairs?: AlibabaWdkMarketingFullrangeQueryactivityRulestairs[];
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

/** `LimitInfo` of `alibaba.wdk.marketing.fullrange.queryactivity`. */
export interface AlibabaWdkMarketingFullrangeQueryactivityLimitInfo {
  /** 每人活动期间总限购 */
  user_limit_cnt?: Int64;
  /** 每人每日限购 */
  user_daily_limit_cnt?: Int64;
  /** 活动每日总限购 */
  daily_limit_cnt?: Int64;
}

/** `Rulestairs` of `alibaba.wdk.marketing.fullrange.queryactivity`. */
export interface AlibabaWdkMarketingFullrangeQueryactivityRulestairs {
  /** 是否使用满元条件，不能与满件、N件Y折同时使用。此选项为true时，countAt和countBegin必须为false */
  amount_at?: boolean;
  /** 满多少元[单位为分，传入700，代表满7元]，amountAt为true时，必须设置 */
  amount?: Int64;
  /** 如果为换购活动，则代表此阶梯可换购的商品数量 */
  can_extra_item_num?: Int64;
}

const REQUEST_SCHEMA = {
  param0: {
    activity_id: 'Number',
    out_act_id: 'String',
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
          amount_at: 'Boolean',
          amount: 'Number',
          can_extra_item_num: 'Number',
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

/** Static description of `alibaba.wdk.marketing.fullrange.queryactivity`: method, response root, request and response schemas. */
export const alibabaWdkMarketingFullrangeQueryactivityOperation = {
  method: 'alibaba.wdk.marketing.fullrange.queryactivity',
  responseRoot: 'alibaba_wdk_marketing_fullrange_queryactivity_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 全场活动查询活动 — calls TOP method `alibaba.wdk.marketing.fullrange.queryactivity`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingFullrangeQueryactivity(
  client: TopClient,
  request: AlibabaWdkMarketingFullrangeQueryactivityRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingFullrangeQueryactivityResponse> {
  return client.call<AlibabaWdkMarketingFullrangeQueryactivityResponse>(
    {
      method: 'alibaba.wdk.marketing.fullrange.queryactivity',
      responseRoot: 'alibaba_wdk_marketing_fullrange_queryactivity_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
