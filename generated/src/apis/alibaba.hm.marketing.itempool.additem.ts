// Generated from specs/wdk/alibaba.hm.marketing.itempool.additem.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.hm.marketing.itempool.additem` (增加商品池里面的商品). */
export interface AlibabaHmMarketingItempoolAdditemRequest {
  /** 商品对象 */
  param0: AlibabaHmMarketingItempoolAdditemItemPoolSkuInput;
  /** 活动基本信息 */
  param1: AlibabaHmMarketingItempoolAdditemCommonActivityParamInput;
}

/** Response of `alibaba.hm.marketing.itempool.additem`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHmMarketingItempoolAdditemResponse {
  /** 商品报名活动的返回结果 */
  result?: AlibabaHmMarketingItempoolAdditemMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemPoolSku` of `alibaba.hm.marketing.itempool.additem`. */
export interface AlibabaHmMarketingItempoolAdditemItemPoolSkuInput {
  /** 商品的skuCode */
  sku_code: string;
  /** 逻辑分组ID */
  logic_group_number?: Int64Input;
  /** 是否为一口价 */
  is_fix_price?: boolean;
  /** 一口价金额【分】 */
  fix_price?: Int64Input;
  /** 是否为商品折扣 */
  is_discount_rate?: boolean;
  /** 折扣率，300=3折 */
  discount_rate?: Int64Input;
  /** 是否为减钱 */
  is_decrease_money?: boolean;
  /** 减钱【元】 */
  decrease_money?: Int64Input;
}

/** `CommonActivityParam` of `alibaba.hm.marketing.itempool.additem`. */
export interface AlibabaHmMarketingItempoolAdditemCommonActivityParamInput {
  /** 五道口活动id */
  activity_id: Int64Input;
  /** 商家活动id */
  out_act_id?: string;
  /** 是否自定义渠道同步 */
  by_channel?: boolean;
  /** 自定义同步渠道配置 */
  channel_config_list?: AlibabaHmMarketingItempoolAdditemChannelConfigInput[];
}

/** `ChannelConfig` of `alibaba.hm.marketing.itempool.additem`. */
export interface AlibabaHmMarketingItempoolAdditemChannelConfigInput {
  /** 淘鲜达:"31",饿了么:"3",京东到家:"26",美团外卖:"2" */
  channel?: string;
}

/** `MarketResult` of `alibaba.hm.marketing.itempool.additem`. */
export interface AlibabaHmMarketingItempoolAdditemMarketResult {
  /** 错误信息 */
  message?: string;
  /** 错误码 */
  error_code?: string;
  /** 报名活动成功的商品详情 */
  data?: AlibabaHmMarketingItempoolAdditemItemPoolSku;
  /** 是否报名成功 */
  success?: boolean;
}

/** `ItemPoolSku` of `alibaba.hm.marketing.itempool.additem`. */
export interface AlibabaHmMarketingItempoolAdditemItemPoolSku {
  /** 淘宝item和shop的对应关系， k-itemId, v-shopId */
  item_shop_relation?: string;
  /** 商品名称 */
  sku_name?: string;
  /** 商品的skuCode */
  sku_code?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    sku_code: 'String',
    logic_group_number: 'Number',
    is_fix_price: 'Boolean',
    fix_price: 'Number',
    is_discount_rate: 'Boolean',
    discount_rate: 'Number',
    is_decrease_money: 'Boolean',
    decrease_money: 'Number',
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
    data: {
      item_shop_relation: 'String',
      sku_name: 'String',
      sku_code: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.hm.marketing.itempool.additem`: method, response root, request and response schemas. */
export const alibabaHmMarketingItempoolAdditemOperation = {
  method: 'alibaba.hm.marketing.itempool.additem',
  responseRoot: 'alibaba_hm_marketing_itempool_additem_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 增加商品池里面的商品 — calls TOP method `alibaba.hm.marketing.itempool.additem`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHmMarketingItempoolAdditem(
  client: TopClient,
  request: AlibabaHmMarketingItempoolAdditemRequest,
  options?: CallOptions,
): Promise<AlibabaHmMarketingItempoolAdditemResponse> {
  return client.call<AlibabaHmMarketingItempoolAdditemResponse>(
    {
      method: 'alibaba.hm.marketing.itempool.additem',
      responseRoot: 'alibaba_hm_marketing_itempool_additem_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
