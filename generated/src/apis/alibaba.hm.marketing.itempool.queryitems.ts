// Generated from specs/wdk/alibaba.hm.marketing.itempool.queryitems.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.hm.marketing.itempool.queryitems` (查询商品池活动下面的商品). */
export interface AlibabaHmMarketingItempoolQueryitemsRequest {
  /** 查询入参 */
  param: AlibabaHmMarketingItempoolQueryitemsActivitySkuQueryInput;
}

/** Response of `alibaba.hm.marketing.itempool.queryitems`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHmMarketingItempoolQueryitemsResponse {
  /** 查询返回结果 */
  result?: AlibabaHmMarketingItempoolQueryitemsMarketPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ActivitySkuQuery` of `alibaba.hm.marketing.itempool.queryitems`. */
export interface AlibabaHmMarketingItempoolQueryitemsActivitySkuQueryInput {
  /** 五道口活动id */
  activity_id: Int64Input;
  /** 分页参数 */
  page: AlibabaHmMarketingItempoolQueryitemsBasePageQueryInput;
  /** 商家活动id */
  out_act_id?: string;
  /** 需要查询的商品skuCodes */
  sku_codes?: string[];
  /** 是否自定义渠道同步 */
  by_channel?: boolean;
  /** 自定义同步渠道配置 */
  channel_config_list?: AlibabaHmMarketingItempoolQueryitemsChannelConfigInput[];
}

/** `BasePageQuery` of `alibaba.hm.marketing.itempool.queryitems`. */
export interface AlibabaHmMarketingItempoolQueryitemsBasePageQueryInput {
  /** 页面大小 */
  page_size: Int64Input;
  /** 当前分页，从1开始 */
  current: Int64Input;
}

/** `ChannelConfig` of `alibaba.hm.marketing.itempool.queryitems`. */
export interface AlibabaHmMarketingItempoolQueryitemsChannelConfigInput {
  /** 淘鲜达:"31",饿了么:"3",京东到家:"26",美团外卖:"2" */
  channel?: string;
}

/** `MarketPageResult` of `alibaba.hm.marketing.itempool.queryitems`. */
export interface AlibabaHmMarketingItempoolQueryitemsMarketPageResult {
  /** 错误信息 */
  message?: string;
  /** 参加当前活动的商品总数 */
  total?: Int64;
  /** 页面大小 */
  page_size?: Int64;
  /** 错误码 */
  error_code?: string;
  /** 返回的数据 */
  item_pool_sku_list?: AlibabaHmMarketingItempoolQueryitemsItemPoolSku[];
  /** 当前分页 */
  current?: Int64;
  /** 总页数 */
  total_page?: Int64;
  /** 查询商品是否成功 */
  success?: boolean;
}

/** `ItemPoolSku` of `alibaba.hm.marketing.itempool.queryitems`. */
export interface AlibabaHmMarketingItempoolQueryitemsItemPoolSku {
  /** 商品的skuCode */
  sku_code?: string;
  /** 商品名称 */
  sku_name?: string;
  /** 淘宝item和shop的对应关系， k-itemId, v-shopId */
  item_shop_relation?: string;
}

const REQUEST_SCHEMA = {
  param: {
    activity_id: 'Number',
    page: {
      page_size: 'Number',
      current: 'Number',
    },
    out_act_id: 'String',
    sku_codes: ['String'],
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
    total: 'Number',
    page_size: 'Number',
    error_code: 'String',
    item_pool_sku_list: [
      {
        sku_code: 'String',
        sku_name: 'String',
        item_shop_relation: 'String',
      },
    ],
    current: 'Number',
    total_page: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.hm.marketing.itempool.queryitems`: method, response root, request and response schemas. */
export const alibabaHmMarketingItempoolQueryitemsOperation = {
  method: 'alibaba.hm.marketing.itempool.queryitems',
  responseRoot: 'alibaba_hm_marketing_itempool_queryitems_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询商品池活动下面的商品 — calls TOP method `alibaba.hm.marketing.itempool.queryitems`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHmMarketingItempoolQueryitems(
  client: TopClient,
  request: AlibabaHmMarketingItempoolQueryitemsRequest,
  options?: CallOptions,
): Promise<AlibabaHmMarketingItempoolQueryitemsResponse> {
  return client.call<AlibabaHmMarketingItempoolQueryitemsResponse>(
    {
      method: 'alibaba.hm.marketing.itempool.queryitems',
      responseRoot: 'alibaba_hm_marketing_itempool_queryitems_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
