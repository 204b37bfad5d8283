// Generated from specs/wdk/alibaba.hm.marketing.discount.item.add.async.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.hm.marketing.discount.item.add.async` (特价批量新增商品). */
export interface AlibabaHmMarketingDiscountItemAddAsyncRequest {
  /**
   * sku信息
   *
   * Max list size: 20
   */
  param0: AlibabaHmMarketingDiscountItemAddAsyncItemDiscountSkuInput[];
  /** 系统自动生成 */
  param1?: AlibabaHmMarketingDiscountItemAddAsyncCommonActivityParamInput;
  /** alibaba.wdk.marketing.version.generate接口生成 */
  version: Int64Input;
}

/** Response of `alibaba.hm.marketing.discount.item.add.async`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHmMarketingDiscountItemAddAsyncResponse {
  /** 结果信息 */
  result?: AlibabaHmMarketingDiscountItemAddAsyncMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemDiscountSku` of `alibaba.hm.marketing.discount.item.add.async`. */
export interface AlibabaHmMarketingDiscountItemAddAsyncItemDiscountSkuInput {
  /** 限购信息 */
  limit_info?: AlibabaHmMarketingDiscountItemAddAsyncLimitInfoInput;
  /** 商品的skuCode */
  sku_code: string;
  /** <优惠明细,分为单位>优惠类型为[减价],则代表直降金额[如700,表示商品直降7元];优惠券类型为[一口价],则代表一口价[如700,表示商品一口价为7元];优惠券类型为[打折],则代表折扣[如700,表示打7折] */
  value: Int64Input;
  /** 门槛数量，金额值单位为分 */
  condition_num?: Int64Input;
  /** 门槛类型，2：累计消费金额，3：累计购买次数 */
  condition_type?: Int64Input;
}

/** `LimitInfo` of `alibaba.hm.marketing.discount.item.add.async`. */
export interface AlibabaHmMarketingDiscountItemAddAsyncLimitInfoInput {
  /** 用户总限购 */
  user_limit_cnt?: Int64Input;
  /** 用户每日限购 */
  user_daily_limit_cnt?: Int64Input;
  /** 每日总限购 */
  daily_limit_cnt?: Int64Input;
  /** 总限购 */
  total_limit_cnt?: Int64Input;
}

/** `CommonActivityParam` of `alibaba.hm.marketing.discount.item.add.async`. */
export interface AlibabaHmMarketingDiscountItemAddAsyncCommonActivityParamInput {
  /** 外部活动编码 */
  out_act_id?: string;
  /** 活动Id */
  activity_id: Int64Input;
}

/** `MarketResult` of `alibaba.hm.marketing.discount.item.add.async`. */
export interface AlibabaHmMarketingDiscountItemAddAsyncMarketResult {
  /** 处理结果 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
  /** 结果数据 */
  datas?: AlibabaHmMarketingDiscountItemAddAsyncItemDiscountSku[];
  /** success */
  success?: boolean;
}

/** `ItemDiscountSku` of `alibaba.hm.marketing.discount.item.add.async`. */
export interface AlibabaHmMarketingDiscountItemAddAsyncItemDiscountSku {
  /** sku编码 */
  sku_code?: string;
  /** <优惠明细,分为单位>优惠类型为[减价],则代表直降金额[如700,表示商品直降7元];优惠券类型为[一口价],则代表一口价[如700,表示商品一口价为7元];优惠券类型为[打折],则代表折扣[如700,表示打7折] */
  value?: Int64;
}

const REQUEST_SCHEMA = {
  param0: [
    {
      limit_info: {
        user_limit_cnt: 'Number',
        user_daily_limit_cnt: 'Number',
        daily_limit_cnt: 'Number',
        total_limit_cnt: 'Number',
      },
      sku_code: 'String',
      value: 'Number',
      condition_num: 'Number',
      condition_type: 'Number',
    },
  ],
  param1: {
    out_act_id: 'String',
    activity_id: 'Number',
  },
  version: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    error_code: 'String',
    datas: [
      {
        sku_code: 'String',
        value: 'Number',
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.hm.marketing.discount.item.add.async`: method, response root, request and response schemas. */
export const alibabaHmMarketingDiscountItemAddAsyncOperation = {
  method: 'alibaba.hm.marketing.discount.item.add.async',
  responseRoot: 'alibaba_hm_marketing_discount_item_add_async_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 特价批量新增商品 — calls TOP method `alibaba.hm.marketing.discount.item.add.async`.
 *
 * 新分组模型下新增商品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHmMarketingDiscountItemAddAsync(
  client: TopClient,
  request: AlibabaHmMarketingDiscountItemAddAsyncRequest,
  options?: CallOptions,
): Promise<AlibabaHmMarketingDiscountItemAddAsyncResponse> {
  return client.call<AlibabaHmMarketingDiscountItemAddAsyncResponse>(
    {
      method: 'alibaba.hm.marketing.discount.item.add.async',
      responseRoot: 'alibaba_hm_marketing_discount_item_add_async_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
