// Generated from specs/wdk/alibaba.hm.marketing.buygift.item.remove.async.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.hm.marketing.buygift.item.remove.async` (批量删除买赠商品). */
export interface AlibabaHmMarketingBuygiftItemRemoveAsyncRequest {
  /**
   * sku信息
   *
   * Max list size: 20
   */
  param0: AlibabaHmMarketingBuygiftItemRemoveAsyncItemBuyGiftSkuInput[];
  /** 系统自动生成 */
  param1?: AlibabaHmMarketingBuygiftItemRemoveAsyncCommonActivityParamInput;
  /** alibaba.wdk.marketing.version.generate接口生成 */
  version: Int64Input;
}

/** Response of `alibaba.hm.marketing.buygift.item.remove.async`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHmMarketingBuygiftItemRemoveAsyncResponse {
  /** 结果信息 */
  result?: AlibabaHmMarketingBuygiftItemRemoveAsyncMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemBuyGiftSku` of `alibaba.hm.marketing.buygift.item.remove.async`. */
export interface AlibabaHmMarketingBuygiftItemRemoveAsyncItemBuyGiftSkuInput {
  /** 商品的skuCode */
  sku_code: string;
}

/** `CommonActivityParam` of `alibaba.hm.marketing.buygift.item.remove.async`. */
export interface AlibabaHmMarketingBuygiftItemRemoveAsyncCommonActivityParamInput {
  /** 外部活动编码 */
  out_act_id?: string;
  /** 活动Id */
  activity_id: Int64Input;
}

/** `MarketResult` of `alibaba.hm.marketing.buygift.item.remove.async`. */
export interface AlibabaHmMarketingBuygiftItemRemoveAsyncMarketResult {
  /** 处理结果 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
  /** 结果数据 */
  datas?: AlibabaHmMarketingBuygiftItemRemoveAsyncItemBuyGiftSku[];
  /** success */
  success?: boolean;
}

/** `ItemBuyGiftSku` of `alibaba.hm.marketing.buygift.item.remove.async`. */
export interface AlibabaHmMarketingBuygiftItemRemoveAsyncItemBuyGiftSku {
  /** sku编码 */
  sku_code?: string;
}

const REQUEST_SCHEMA = {
  param0: [
    {
      sku_code: 'String',
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
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.hm.marketing.buygift.item.remove.async`: method, response root, request and response schemas. */
export const alibabaHmMarketingBuygiftItemRemoveAsyncOperation = {
  method: 'alibaba.hm.marketing.buygift.item.remove.async',
  responseRoot: 'alibaba_hm_marketing_buygift_item_remove_async_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量删除买赠商品 — calls TOP method `alibaba.hm.marketing.buygift.item.remove.async`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHmMarketingBuygiftItemRemoveAsync(
  client: TopClient,
  request: AlibabaHmMarketingBuygiftItemRemoveAsyncRequest,
  options?: CallOptions,
): Promise<AlibabaHmMarketingBuygiftItemRemoveAsyncResponse> {
  return client.call<AlibabaHmMarketingBuygiftItemRemoveAsyncResponse>(
    {
      method: 'alibaba.hm.marketing.buygift.item.remove.async',
      responseRoot: 'alibaba_hm_marketing_buygift_item_remove_async_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
