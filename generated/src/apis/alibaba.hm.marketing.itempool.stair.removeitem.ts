// Generated from specs/wdk/alibaba.hm.marketing.itempool.stair.removeitem.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.hm.marketing.itempool.stair.removeitem` (删除换购活动商品). */
export interface AlibabaHmMarketingItempoolStairRemoveitemRequest {
  /** 商品sku信息 */
  param0: AlibabaHmMarketingItempoolStairRemoveitemItemPoolSkuInput;
  /** 活动信息 */
  param1?: AlibabaHmMarketingItempoolStairRemoveitemCommonActivityParamInput;
}

/** Response of `alibaba.hm.marketing.itempool.stair.removeitem`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHmMarketingItempoolStairRemoveitemResponse {
  /** result */
  result?: AlibabaHmMarketingItempoolStairRemoveitemMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemPoolSku` of `alibaba.hm.marketing.itempool.stair.removeitem`. */
export interface AlibabaHmMarketingItempoolStairRemoveitemItemPoolSkuInput {
  /** 商品skucode */
  sku_code: string;
}

/** `CommonActivityParam` of `alibaba.hm.marketing.itempool.stair.removeitem`. */
export interface AlibabaHmMarketingItempoolStairRemoveitemCommonActivityParamInput {
  /** 商家活动id */
  out_act_id?: string;
  /** 报名活动Id */
  activity_id: Int64Input;
}

/** `MarketResult` of `alibaba.hm.marketing.itempool.stair.removeitem`. */
export interface AlibabaHmMarketingItempoolStairRemoveitemMarketResult {
  /** message */
  message?: string;
  /** data */
  data?: string;
  /** errorCode */
  error_code?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param0: {
    sku_code: 'String',
  },
  param1: {
    out_act_id: 'String',
    activity_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    data: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.hm.marketing.itempool.stair.removeitem`: method, response root, request and response schemas. */
export const alibabaHmMarketingItempoolStairRemoveitemOperation = {
  method: 'alibaba.hm.marketing.itempool.stair.removeitem',
  responseRoot: 'alibaba_hm_marketing_itempool_stair_removeitem_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除换购活动商品 — calls TOP method `alibaba.hm.marketing.itempool.stair.removeitem`.
 *
 * 删除换购商品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHmMarketingItempoolStairRemoveitem(
  client: TopClient,
  request: AlibabaHmMarketingItempoolStairRemoveitemRequest,
  options?: CallOptions,
): Promise<AlibabaHmMarketingItempoolStairRemoveitemResponse> {
  return client.call<AlibabaHmMarketingItempoolStairRemoveitemResponse>(
    {
      method: 'alibaba.hm.marketing.itempool.stair.removeitem',
      responseRoot: 'alibaba_hm_marketing_itempool_stair_removeitem_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
