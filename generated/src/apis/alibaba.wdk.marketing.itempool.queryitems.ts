// Generated from specs/wdk/alibaba.wdk.marketing.itempool.queryitems.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.itempool.queryitems` (查询商品池活动下的商品). */
export interface AlibabaWdkMarketingItempoolQueryitemsRequest {
  /** 查询入参 */
  param: AlibabaWdkMarketingItempoolQueryitemsActivitySkuQueryInput;
}

/** Response of `alibaba.wdk.marketing.itempool.queryitems`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingItempoolQueryitemsResponse {
  /** 查询返回结果 */
  result?: AlibabaWdkMarketingItempoolQueryitemsMarketPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ActivitySkuQuery` of `alibaba.wdk.marketing.itempool.queryitems`. */
export interface AlibabaWdkMarketingItempoolQueryitemsActivitySkuQueryInput {
  /** 五道口活动id */
  activity_id: Int64Input;
  /** 分页参数 */
  page: AlibabaWdkMarketingItempoolQueryitemsBasePageQueryInput;
  /** 商家活动id */
  out_act_id?: string;
  /** 需要查询的商品skuCodes */
  sku_codes?: string[];
  /** 是否自定义渠道同步 */
  by_channel?: boolean;
  /** 自定义同步渠道配置 */
  channel_config_list?: AlibabaWdkMarketingItempoolQueryitemsChannelConfigInput[];
}

/** `BasePageQuery` of `alibaba.wdk.marketing.itempool.queryitems`. */
export interface AlibabaWdkMarketingItempoolQueryitemsBasePageQueryInput {
  /** 页面大小 */
  page_size: Int64Input;
  /** 当前分页，从1开始 */
  current: Int64Input;
}

/** `ChannelConfig` of `alibaba.wdk.marketing.itempool.queryitems`. */
export interface AlibabaWdkMarketingItempoolQueryitemsChannelConfigInput {
  /** 淘鲜达:"31",饿了么:"3",京东到家:"26",美团外卖:"2" */
  channel?: string;
}

/** `MarketPageResult` of `alibaba.wdk.marketing.itempool.queryitems`. */
export interface AlibabaWdkMarketingItempoolQueryitemsMarketPageResult {
  /** 错误信息 */
  message?: string;
  /** 参加当前活动的商品总数 */
  total?: Int64;
  /** 页面大小 */
  page_size?: Int64;
  /** 错误码 */
  error_code?: string;
  /** 返回的数据 */
  item_pool_sku_list?: AlibabaWdkMarketingItempoolQueryitemsItemPoolSku[];
  /** 当前分页 */
  current?: Int64;
  /** 总页数 */
  total_page?: Int64;
  /** 查询商品是否成功 */
  success?: boolean;
}

/** `ItemPoolSku` of `alibaba.wdk.marketing.itempool.queryitems`. */
export interface AlibabaWdkMarketingItempoolQueryitemsItemPoolSku {
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

/** Static description of `alibaba.wdk.marketing.itempool.queryitems`: method, response root, request and response schemas. */
export const alibabaWdkMarketingItempoolQueryitemsOperation = {
  method: 'alibaba.wdk.marketing.itempool.queryitems',
  responseRoot: 'alibaba_wdk_marketing_itempool_queryitems_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询商品池活动下的商品 — calls TOP method `alibaba.wdk.marketing.itempool.queryitems`.
 *
 * 查询商品池活动下面的商品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingItempoolQueryitems(
  client: TopClient,
  request: AlibabaWdkMarketingItempoolQueryitemsRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingItempoolQueryitemsResponse> {
  return client.call<AlibabaWdkMarketingItempoolQueryitemsResponse>(
    {
      method: 'alibaba.wdk.marketing.itempool.queryitems',
      responseRoot: 'alibaba_wdk_marketing_itempool_queryitems_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
