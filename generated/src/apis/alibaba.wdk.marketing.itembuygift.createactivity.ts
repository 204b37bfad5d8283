// Generated from specs/wdk/alibaba.wdk.marketing.itembuygift.createactivity.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.itembuygift.createactivity` (创建买赠活动). */
export interface AlibabaWdkMarketingItembuygiftCreateactivityRequest {
  /** 创建活动请求入参 */
  param: AlibabaWdkMarketingItembuygiftCreateactivityItemBuyGiftActivityInput;
}

/** Response of `alibaba.wdk.marketing.itembuygift.createactivity`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingItembuygiftCreateactivityResponse {
  /** 创建活动返回结果 */
  result?: AlibabaWdkMarketingItembuygiftCreateactivityMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemBuyGiftActivity` of `alibaba.wdk.marketing.itembuygift.createactivity`. */
export interface AlibabaWdkMarketingItembuygiftCreateactivityItemBuyGiftActivityInput {
  /** 活动开始时间,时间戳 */
  start_time: Int64Input;
  /** 优惠适用场景[APP|POS|POS+APP分别对应的值为1|2|1,2] */
  terminals: string[];
  /** 买赠活动详情描述,不超过30个英文字符 */
  description: string;
  /** 商家活动id */
  out_act_id?: string;
  /** 参加活动的渠道店ids */
  shop_ids: string[];
  /** 活动结束时间,时间戳 */
  end_time: Int64Input;
  /** 买赠活动名称,不超过10个英文字符 */
  activity_name: string;
  /** 会员维度活动参与人群限制[-1:不限制;1:会员专享;2:非会员专享] */
  member_limit?: Int64Input;
  /** 商家人群编码 */
  merchant_crowd_code?: string;
  /** 淘鲜达人群编码 */
  txd_crowd_code?: string;
}

/** `MarketResult` of `alibaba.wdk.marketing.itembuygift.createactivity`. */
export interface AlibabaWdkMarketingItembuygiftCreateactivityMarketResult {
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
    description: 'String',
    out_act_id: 'String',
    shop_ids: ['String'],
    end_time: 'Number',
    activity_name: 'String',
    member_limit: 'Number',
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

/** Static description of `alibaba.wdk.marketing.itembuygift.createactivity`: method, response root, request and response schemas. */
export const alibabaWdkMarketingItembuygiftCreateactivityOperation = {
  method: 'alibaba.wdk.marketing.itembuygift.createactivity',
  responseRoot: 'alibaba_wdk_marketing_itembuygift_createactivity_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建买赠活动 — calls TOP method `alibaba.wdk.marketing.itembuygift.createactivity`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingItembuygiftCreateactivity(
  client: TopClient,
  request: AlibabaWdkMarketingItembuygiftCreateactivityRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingItembuygiftCreateactivityResponse> {
  return client.call<AlibabaWdkMarketingItembuygiftCreateactivityResponse>(
    {
      method: 'alibaba.wdk.marketing.itembuygift.createactivity',
      responseRoot: 'alibaba_wdk_marketing_itembuygift_createactivity_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
