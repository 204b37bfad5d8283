// Generated from specs/wdk/alibaba.wdk.marketing.itempool.item.remove.async.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.itempool.item.remove.async` (商品池删除商品). */
export interface AlibabaWdkMarketingItempoolItemRemoveAsyncRequest {
  /**
   * sku信息
   *
   * Max list size: 20
   */
  param0: AlibabaWdkMarketingItempoolItemRemoveAsyncItemPoolSkuInput[];
  /** 活动信息 */
  param1: AlibabaWdkMarketingItempoolItemRemoveAsyncCommonActivityParamInput;
  /** alibaba.wdk.marketing.version.generate接口生成 */
  version: Int64Input;
}

/** Response of `alibaba.wdk.marketing.itempool.item.remove.async`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingItempoolItemRemoveAsyncResponse {
  /** 结果信息 */
  result?: AlibabaWdkMarketingItempoolItemRemoveAsyncMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemPoolSku` of `alibaba.wdk.marketing.itempool.item.remove.async`. */
export interface AlibabaWdkMarketingItempoolItemRemoveAsyncItemPoolSkuInput {
  /** 商品编码 */
  sku_code: string;
  /** 商家阶梯序号 */
  logic_group_number?: Int64Input;
}

/** `CommonActivityParam` of `alibaba.wdk.marketing.itempool.item.remove.async`. */
export interface AlibabaWdkMarketingItempoolItemRemoveAsyncCommonActivityParamInput {
  /** 商家外部活动Id */
  out_act_id?: string;
  /** 活动Id */
  activity_id: Int64Input;
}

/** `MarketResult` of `alibaba.wdk.marketing.itempool.item.remove.async`. */
export interface AlibabaWdkMarketingItempoolItemRemoveAsyncMarketResult {
  /** 操作结果信息摘要 */
  message?: string;
  /** data */
  datas?: AlibabaWdkMarketingItempoolItemRemoveAsyncItemPoolSku[];
  /** 错误编码 */
  error_code?: string;
  /** success */
  success?: boolean;
}

/** `ItemPoolSku` of `alibaba.wdk.marketing.itempool.item.remove.async`. */
export interface AlibabaWdkMarketingItempoolItemRemoveAsyncItemPoolSku {
  /** skuCode */
  sku_code?: string;
}

const REQUEST_SCHEMA = {
  param0: [
    {
      sku_code: 'String',
      logic_group_number: 'Number',
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
    datas: [
      {
        sku_code: 'String',
      },
    ],
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.marketing.itempool.item.remove.async`: method, response root, request and response schemas. */
export const alibabaWdkMarketingItempoolItemRemoveAsyncOperation = {
  method: 'alibaba.wdk.marketing.itempool.item.remove.async',
  responseRoot: 'alibaba_wdk_marketing_itempool_item_remove_async_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品池删除商品 — calls TOP method `alibaba.wdk.marketing.itempool.item.remove.async`.
 *
 * 新模型下删除商品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingItempoolItemRemoveAsync(
  client: TopClient,
  request: AlibabaWdkMarketingItempoolItemRemoveAsyncRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingItempoolItemRemoveAsyncResponse> {
  return client.call<AlibabaWdkMarketingItempoolItemRemoveAsyncResponse>(
    {
      method: 'alibaba.wdk.marketing.itempool.item.remove.async',
      responseRoot: 'alibaba_wdk_marketing_itempool_item_remove_async_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
