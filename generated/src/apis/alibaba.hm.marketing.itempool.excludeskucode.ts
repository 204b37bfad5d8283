// Generated from specs/wdk/alibaba.hm.marketing.itempool.excludeskucode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.hm.marketing.itempool.excludeskucode` (商品池排除商品【品类优惠使用】). */
export interface AlibabaHmMarketingItempoolExcludeskucodeRequest {
  /** 商品对象 */
  param0: AlibabaHmMarketingItempoolExcludeskucodeItemPoolSkuInput;
  /** 活动基本信息 */
  param1: AlibabaHmMarketingItempoolExcludeskucodeCommonActivityParamInput;
}

/** Response of `alibaba.hm.marketing.itempool.excludeskucode`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHmMarketingItempoolExcludeskucodeResponse {
  /** 商品报名活动的返回结果 */
  result?: AlibabaHmMarketingItempoolExcludeskucodeMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemPoolSku` of `alibaba.hm.marketing.itempool.excludeskucode`. */
export interface AlibabaHmMarketingItempoolExcludeskucodeItemPoolSkuInput {
  /** 商品的skuCode */
  sku_code: string;
  /** 商品所属分组 */
  logic_group_number?: Int64Input;
}

/** `CommonActivityParam` of `alibaba.hm.marketing.itempool.excludeskucode`. */
export interface AlibabaHmMarketingItempoolExcludeskucodeCommonActivityParamInput {
  /** 五道口活动id */
  activity_id: Int64Input;
  /** 商家活动id */
  out_act_id?: string;
}

/** `MarketResult` of `alibaba.hm.marketing.itempool.excludeskucode`. */
export interface AlibabaHmMarketingItempoolExcludeskucodeMarketResult {
  /** 错误信息 */
  message?: string;
  /** 错误码 */
  error_code?: string;
  /** 报名活动成功的商品详情 */
  data?: AlibabaHmMarketingItempoolExcludeskucodeItemPoolSku;
  /** 是否报名成功 */
  success?: boolean;
}

/** `ItemPoolSku` of `alibaba.hm.marketing.itempool.excludeskucode`. */
export interface AlibabaHmMarketingItempoolExcludeskucodeItemPoolSku {
  /** 商品的skuCode */
  sku_code?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    sku_code: 'String',
    logic_group_number: 'Number',
  },
  param1: {
    activity_id: 'Number',
    out_act_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    error_code: 'String',
    data: {
      sku_code: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.hm.marketing.itempool.excludeskucode`: method, response root, request and response schemas. */
export const alibabaHmMarketingItempoolExcludeskucodeOperation = {
  method: 'alibaba.hm.marketing.itempool.excludeskucode',
  responseRoot: 'alibaba_hm_marketing_itempool_excludeskucode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品池排除商品【品类优惠使用】 — calls TOP method `alibaba.hm.marketing.itempool.excludeskucode`.
 *
 * 品类优惠新增排除池
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHmMarketingItempoolExcludeskucode(
  client: TopClient,
  request: AlibabaHmMarketingItempoolExcludeskucodeRequest,
  options?: CallOptions,
): Promise<AlibabaHmMarketingItempoolExcludeskucodeResponse> {
  return client.call<AlibabaHmMarketingItempoolExcludeskucodeResponse>(
    {
      method: 'alibaba.hm.marketing.itempool.excludeskucode',
      responseRoot: 'alibaba_hm_marketing_itempool_excludeskucode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
