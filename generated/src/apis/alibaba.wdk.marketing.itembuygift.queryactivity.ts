// Generated from specs/wdk/alibaba.wdk.marketing.itembuygift.queryactivity.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.itembuygift.queryactivity` (查询买赠活动). */
export interface AlibabaWdkMarketingItembuygiftQueryactivityRequest {
  /** 查询入参 */
  param: AlibabaWdkMarketingItembuygiftQueryactivityCommonActivityParamInput;
}

/** Response of `alibaba.wdk.marketing.itembuygift.queryactivity`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingItembuygiftQueryactivityResponse {
  /** 查询返回结果 */
  result?: AlibabaWdkMarketingItembuygiftQueryactivityMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CommonActivityParam` of `alibaba.wdk.marketing.itembuygift.queryactivity`. */
export interface AlibabaWdkMarketingItembuygiftQueryactivityCommonActivityParamInput {
  /** 五道口活动id */
  activity_id: Int64Input;
  /** 商家活动id */
  out_act_id?: string;
}

/** `MarketResult` of `alibaba.wdk.marketing.itembuygift.queryactivity`. */
export interface AlibabaWdkMarketingItembuygiftQueryactivityMarketResult {
  /** 错误信息 */
  message?: string;
  /** 错误码 */
  error_code?: string;
  /** 查询返回的活动信息 */
  data?: AlibabaWdkMarketingItembuygiftQueryactivityItemBuyGiftActivity;
  /** 查询活动是否成功 */
  success?: boolean;
}

/** `ItemBuyGiftActivity` of `alibaba.wdk.marketing.itembuygift.queryactivity`. */
export interface AlibabaWdkMarketingItembuygiftQueryactivityItemBuyGiftActivity {
  /** 五道口活动id */
  activity_id?: Int64;
  /** 商家活动id */
  out_act_id?: string;
  /** 买赠活动详情描述,不超过30个英文字符 */
  description?: string;
  /** 买赠活动名称，不超过10个英文字符 */
  activity_name?: string;
  /** 结束时间，时间戳 */
  end_time?: Int64;
  /** 开始时间，时间戳 */
  start_time?: Int64;
  /** 参加活动的渠道店ids */
  shop_ids?: string;
  /** 优惠适用场景:APP|POS|POS+APP 分别对应的值为1|2|1,2 */
  terminals?: Int64[];
  /** 会员维度活动参与人群限制：-1:不限制 1:会员专享 2:非会员专享 */
  member_limit?: Int64;
  /** 商家人群编码 */
  merchant_crowd_code?: string;
  /** 淘鲜达人群编码 */
  txd_crowd_code?: string;
}

const REQUEST_SCHEMA = {
  param: {
    activity_id: 'Number',
    out_act_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    error_code: 'String',
    data: {
      activity_id: 'Number',
      out_act_id: 'String',
      description: 'String',
      activity_name: 'String',
      end_time: 'Number',
      start_time: 'Number',
      shop_ids: 'String',
      terminals: ['Number'],
      member_limit: 'Number',
      merchant_crowd_code: 'String',
      txd_crowd_code: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.marketing.itembuygift.queryactivity`: method, response root, request and response schemas. */
export const alibabaWdkMarketingItembuygiftQueryactivityOperation = {
  method: 'alibaba.wdk.marketing.itembuygift.queryactivity',
  responseRoot: 'alibaba_wdk_marketing_itembuygift_queryactivity_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询买赠活动 — calls TOP method `alibaba.wdk.marketing.itembuygift.queryactivity`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingItembuygiftQueryactivity(
  client: TopClient,
  request: AlibabaWdkMarketingItembuygiftQueryactivityRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingItembuygiftQueryactivityResponse> {
  return client.call<AlibabaWdkMarketingItembuygiftQueryactivityResponse>(
    {
      method: 'alibaba.wdk.marketing.itembuygift.queryactivity',
      responseRoot: 'alibaba_wdk_marketing_itembuygift_queryactivity_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
