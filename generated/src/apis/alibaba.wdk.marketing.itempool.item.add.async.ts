// Generated from specs/wdk/alibaba.wdk.marketing.itempool.item.add.async.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.itempool.item.add.async` (商品池新增商品). */
export interface AlibabaWdkMarketingItempoolItemAddAsyncRequest {
  /**
   * 阶梯商品信息
   *
   * Max list size: 20
   */
  param0?: AlibabaWdkMarketingItempoolItemAddAsyncItemPoolSkuInput[];
  /** 系统自动生成 */
  param1?: AlibabaWdkMarketingItempoolItemAddAsyncCommonActivityParamInput;
  /** alibaba.wdk.marketing.version.generate接口生成 */
  version: Int64Input;
}

/** Response of `alibaba.wdk.marketing.itempool.item.add.async`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingItempoolItemAddAsyncResponse {
  /** 结果信息 */
  result?: AlibabaWdkMarketingItempoolItemAddAsyncMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemPoolSku` of `alibaba.wdk.marketing.itempool.item.add.async`. */
export interface AlibabaWdkMarketingItempoolItemAddAsyncItemPoolSkuInput {
  /** 一口价【分】 */
  fix_price?: Int64Input;
  /** 打折【如700,表示打7折】 */
  discount_rate?: Int64Input;
  /** 减钱【分】 */
  decrease_money?: Int64Input;
  /** 商家阶梯下分组序号 */
  logic_group_number?: Int64Input;
  /** 商品编码 */
  sku_code: string;
  /** 是否减钱 */
  is_decrease_money?: boolean;
  /** 是否打折 */
  is_discount_rate?: boolean;
  /** 是否一口价 */
  is_fix_price?: boolean;
}

/** `CommonActivityParam` of `alibaba.wdk.marketing.itempool.item.add.async`. */
export interface AlibabaWdkMarketingItempoolItemAddAsyncCommonActivityParamInput {
  /** 外部活动编码 */
  out_act_id?: string;
  /** 活动Id */
  activity_id: Int64Input;
}

/** `MarketResult` of `alibaba.wdk.marketing.itempool.item.add.async`. */
export interface AlibabaWdkMarketingItempoolItemAddAsyncMarketResult {
  /** 处理结果 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
  /** 结果数据 */
  datas?: AlibabaWdkMarketingItempoolItemAddAsyncItemPoolSku[];
  /** success */
  success?: boolean;
}

/** `ItemPoolSku` of `alibaba.wdk.marketing.itempool.item.add.async`. */
export interface AlibabaWdkMarketingItempoolItemAddAsyncItemPoolSku {
  /** sku名称 */
  sku_name?: string;
  /** sku编码 */
  sku_code?: string;
  /** 商家阶梯下分组序号 */
  logic_group_number?: Int64;
}

const REQUEST_SCHEMA = {
  param0: [
    {
      fix_price: 'Number',
      discount_rate: 'Number',
      decrease_money: 'Number',
      logic_group_number: 'Number',
      sku_code: 'String',
      is_decrease_money: 'Boolean',
      is_discount_rate: 'Boolean',
      is_fix_price: 'Boolean',
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
        sku_name: 'String',
        sku_code: 'String',
        logic_group_number: 'Number',
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.marketing.itempool.item.add.async`: method, response root, request and response schemas. */
export const alibabaWdkMarketingItempoolItemAddAsyncOperation = {
  method: 'alibaba.wdk.marketing.itempool.item.add.async',
  responseRoot: 'alibaba_wdk_marketing_itempool_item_add_async_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品池新增商品 — calls TOP method `alibaba.wdk.marketing.itempool.item.add.async`.
 *
 * 新分组模型下新增商品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingItempoolItemAddAsync(
  client: TopClient,
  request: AlibabaWdkMarketingItempoolItemAddAsyncRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingItempoolItemAddAsyncResponse> {
  return client.call<AlibabaWdkMarketingItempoolItemAddAsyncResponse>(
    {
      method: 'alibaba.wdk.marketing.itempool.item.add.async',
      responseRoot: 'alibaba_wdk_marketing_itempool_item_add_async_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
