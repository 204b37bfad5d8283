// Generated from specs/wdk/alibaba.hm.marketing.itempool.removeitem.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.hm.marketing.itempool.removeitem` (移除商品池里面的商品). */
export interface AlibabaHmMarketingItempoolRemoveitemRequest {
  /** 商品对象 */
  param0: AlibabaHmMarketingItempoolRemoveitemItemPoolSkuInput;
  /** 活动基本信息 */
  param1: AlibabaHmMarketingItempoolRemoveitemCommonActivityParamInput;
}

/** Response of `alibaba.hm.marketing.itempool.removeitem`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHmMarketingItempoolRemoveitemResponse {
  /** 移除商品返回结果 */
  result?: AlibabaHmMarketingItempoolRemoveitemMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemPoolSku` of `alibaba.hm.marketing.itempool.removeitem`. */
export interface AlibabaHmMarketingItempoolRemoveitemItemPoolSkuInput {
  /** 商品skuCode */
  sku_code: string;
  /** 逻辑分组ID */
  logic_group_number?: Int64Input;
}

/** `CommonActivityParam` of `alibaba.hm.marketing.itempool.removeitem`. */
export interface AlibabaHmMarketingItempoolRemoveitemCommonActivityParamInput {
  /** 五道口活动id */
  activity_id: Int64Input;
  /** 商家活动id */
  out_act_id?: string;
  /** 是否自定义渠道同步 */
  by_channel?: boolean;
  /** 自定义同步渠道配置 */
  channel_config_list?: AlibabaHmMarketingItempoolRemoveitemChannelConfigInput[];
}

/** `ChannelConfig` of `alibaba.hm.marketing.itempool.removeitem`. */
export interface AlibabaHmMarketingItempoolRemoveitemChannelConfigInput {
  /** 淘鲜达:"31",饿了么:"3",京东到家:"26",美团外卖:"2" */
  channel?: string;
}

/** `MarketResult` of `alibaba.hm.marketing.itempool.removeitem`. */
export interface AlibabaHmMarketingItempoolRemoveitemMarketResult {
  /** 错误信息 */
  message?: string;
  /** 错误码 */
  error_code?: string;
  /** 是否移除成功 */
  data?: boolean;
  /** 是否移除成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param0: {
    sku_code: 'String',
    logic_group_number: 'Number',
  },
  param1: {
    activity_id: 'Number',
    out_act_id: 'String',
    by_channel: 'Boolean',
    channel_config_list: [
      {
        channel: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    error_code: 'String',
    data: 'Boolean',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.hm.marketing.itempool.removeitem`: method, response root, request and response schemas. */
export const alibabaHmMarketingItempoolRemoveitemOperation = {
  method: 'alibaba.hm.marketing.itempool.removeitem',
  responseRoot: 'alibaba_hm_marketing_itempool_removeitem_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 移除商品池里面的商品 — calls TOP method `alibaba.hm.marketing.itempool.removeitem`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHmMarketingItempoolRemoveitem(
  client: TopClient,
  request: AlibabaHmMarketingItempoolRemoveitemRequest,
  options?: CallOptions,
): Promise<AlibabaHmMarketingItempoolRemoveitemResponse> {
  return client.call<AlibabaHmMarketingItempoolRemoveitemResponse>(
    {
      method: 'alibaba.hm.marketing.itempool.removeitem',
      responseRoot: 'alibaba_hm_marketing_itempool_removeitem_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
