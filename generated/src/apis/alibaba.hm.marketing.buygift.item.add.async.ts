// Generated from specs/wdk/alibaba.hm.marketing.buygift.item.add.async.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.hm.marketing.buygift.item.add.async` (批量发布买赠商品). */
export interface AlibabaHmMarketingBuygiftItemAddAsyncRequest {
  /**
   * sku信息
   *
   * Max list size: 20
   */
  param0: AlibabaHmMarketingBuygiftItemAddAsyncItemBuyGiftSkuInput[];
  /** 系统自动生成 */
  param1?: AlibabaHmMarketingBuygiftItemAddAsyncCommonActivityParamInput;
  /** alibaba.wdk.marketing.version.generate接口生成 */
  version: Int64Input;
}

/** Response of `alibaba.hm.marketing.buygift.item.add.async`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHmMarketingBuygiftItemAddAsyncResponse {
  /** 结果信息 */
  result?: AlibabaHmMarketingBuygiftItemAddAsyncMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemBuyGiftSku` of `alibaba.hm.marketing.buygift.item.add.async`. */
export interface AlibabaHmMarketingBuygiftItemAddAsyncItemBuyGiftSkuInput {
  /** 限购信息 */
  limit_info?: AlibabaHmMarketingBuygiftItemAddAsyncLimitInfoInput;
  /** 商品的skuCode */
  sku_code: string;
  /** 买赠门槛数量 */
  buy_num: Int64Input;
  /** 赠品的skuCode */
  gift_sku_code: string;
}

/** `LimitInfo` of `alibaba.hm.marketing.buygift.item.add.async`. */
export interface AlibabaHmMarketingBuygiftItemAddAsyncLimitInfoInput {
  /** 用户总限购 */
  user_limit_cnt?: Int64Input;
  /** 用户每日限购 */
  user_daily_limit_cnt?: Int64Input;
  /** 每日总限购 */
  daily_limit_cnt?: Int64Input;
  /** 总限购 */
  total_limit_cnt?: Int64Input;
}

/** `CommonActivityParam` of `alibaba.hm.marketing.buygift.item.add.async`. */
export interface AlibabaHmMarketingBuygiftItemAddAsyncCommonActivityParamInput {
  /** 外部活动编码 */
  out_act_id?: string;
  /** 活动Id */
  activity_id: Int64Input;
}

/** `MarketResult` of `alibaba.hm.marketing.buygift.item.add.async`. */
export interface AlibabaHmMarketingBuygiftItemAddAsyncMarketResult {
  /** 处理结果 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
  /** 结果数据 */
  datas?: AlibabaHmMarketingBuygiftItemAddAsyncItemBuyGiftSku[];
  /** success */
  success?: boolean;
}

/** `ItemBuyGiftSku` of `alibaba.hm.marketing.buygift.item.add.async`. */
export interface AlibabaHmMarketingBuygiftItemAddAsyncItemBuyGiftSku {
  /** sku编码 */
  sku_code?: string;
  /** 赠品sku */
  gift_sku_code?: string;
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
      buy_num: 'Number',
      gift_sku_code: 'String',
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
        gift_sku_code: 'String',
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.hm.marketing.buygift.item.add.async`: method, response root, request and response schemas. */
export const alibabaHmMarketingBuygiftItemAddAsyncOperation = {
  method: 'alibaba.hm.marketing.buygift.item.add.async',
  responseRoot: 'alibaba_hm_marketing_buygift_item_add_async_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量发布买赠商品 — calls TOP method `alibaba.hm.marketing.buygift.item.add.async`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHmMarketingBuygiftItemAddAsync(
  client: TopClient,
  request: AlibabaHmMarketingBuygiftItemAddAsyncRequest,
  options?: CallOptions,
): Promise<AlibabaHmMarketingBuygiftItemAddAsyncResponse> {
  return client.call<AlibabaHmMarketingBuygiftItemAddAsyncResponse>(
    {
      method: 'alibaba.hm.marketing.buygift.item.add.async',
      responseRoot: 'alibaba_hm_marketing_buygift_item_add_async_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
