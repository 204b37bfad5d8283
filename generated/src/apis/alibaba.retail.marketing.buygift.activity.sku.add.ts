// Generated from specs/wdk/alibaba.retail.marketing.buygift.activity.sku.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.retail.marketing.buygift.activity.sku.add` (添加单品买赠活动商品). */
export interface AlibabaRetailMarketingBuygiftActivitySkuAddRequest {
  /** 添加活动商品参数 */
  param: AlibabaRetailMarketingBuygiftActivitySkuAddBuyGiftActivitySkuOperateRequestInput;
}

/** Response of `alibaba.retail.marketing.buygift.activity.sku.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaRetailMarketingBuygiftActivitySkuAddResponse {
  /** 操作结果 */
  result?: AlibabaRetailMarketingBuygiftActivitySkuAddOctopusOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BuyGiftActivitySkuOperateRequest` of `alibaba.retail.marketing.buygift.activity.sku.add`. */
export interface AlibabaRetailMarketingBuygiftActivitySkuAddBuyGiftActivitySkuOperateRequestInput {
  /** 商品元素信息 */
  sku_elements: AlibabaRetailMarketingBuygiftActivitySkuAddSkuActivityElementDtoInput[];
  /** 操作活动的ID */
  act_id?: Int64Input;
  /** 操作人ID（数字类型） */
  creator_id: string;
  /** 操作人Name */
  creator_name: string;
  /** 外部erp活动id */
  out_act_id?: string;
}

/** `SkuActivityElementDto` of `alibaba.retail.marketing.buygift.activity.sku.add`. */
export interface AlibabaRetailMarketingBuygiftActivitySkuAddSkuActivityElementDtoInput {
  /** 商品编码，与商品条码必选其一，或者同时传入以商品条码为准 */
  sku_code?: string;
  /** 限购配置信息 */
  limit?: AlibabaRetailMarketingBuygiftActivitySkuAddLimitDtoInput;
  /** 赠品编码，不填默认赠品为商品本身，赠品条码，不填默认赠品为商品本身，若主品传入的是编码，则赠品需传入编码或者不传 */
  gift_sku_code?: string;
  /** 买N赠M的M参数，赠多少件赠品（目前仅支持买N赠1，giftNum默认为1） */
  gift_num?: Int64Input;
  /** 买N赠M的N参数，买多少件可赠 */
  buy_num: Int64Input;
  /** 商品条码，与商品编码必选其一，或者同时传入以商品条码为准 */
  barcode?: string;
  /** 赠品条码，不填默认赠品为商品本身，若主品传入的是条码，则赠品需传入条码或者不传 */
  gift_barcode?: string;
  /** 商品渠道配置信息 */
  sku_channel_configs?: AlibabaRetailMarketingBuygiftActivitySkuAddSkuChannelConfigDTOInput[];
}

/** `LimitDto` of `alibaba.retail.marketing.buygift.activity.sku.add`. */
export interface AlibabaRetailMarketingBuygiftActivitySkuAddLimitDtoInput {
  /** 赠品总限量/店 */
  total_limit_cnt?: Int64Input;
  /** 赠品每日总限量/店 */
  daily_total_limit_cnt?: Int64Input;
  /** 赠品每人限量/店 */
  user_total_limit_cnt?: Int64Input;
  /** 赠品每人每日限量/店 */
  user_daily_limit_cnt?: Int64Input;
}

/** `SkuChannelConfigDTO` of `alibaba.retail.marketing.buygift.activity.sku.add`. */
export interface AlibabaRetailMarketingBuygiftActivitySkuAddSkuChannelConfigDTOInput {
  /** 渠道编码 枚举： 2 美团 3 饿了么 26 京东到家 31 翱象淘鲜达 */
  channel?: string;
  /** 渠道对应的门店id列表["store001","store002"] */
  store_ids?: string[];
}

/** `OctopusOpenResult` of `alibaba.retail.marketing.buygift.activity.sku.add`. */
export interface AlibabaRetailMarketingBuygiftActivitySkuAddOctopusOpenResult {
  /** 部分商品添加失败时会有错误信息，正常情况下无数据 */
  data?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误描述 */
  error_message?: string;
  /** 错误编码 */
  error_code?: string;
  /** 部分失败的商品编码列表 */
  failed_sku_codes?: string[];
}

const REQUEST_SCHEMA = {
  param: {
    sku_elements: [
      {
        sku_code: 'String',
        limit: {
          total_limit_cnt: 'Number',
          daily_total_limit_cnt: 'Number',
          user_total_limit_cnt: 'Number',
          user_daily_limit_cnt: 'Number',
        },
        gift_sku_code: 'String',
        gift_num: 'Number',
        buy_num: 'Number',
        barcode: 'String',
        gift_barcode: 'String',
        sku_channel_configs: [
          {
            channel: 'String',
            store_ids: ['String'],
          },
        ],
      },
    ],
    act_id: 'Number',
    creator_id: 'String',
    creator_name: 'String',
    out_act_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
    failed_sku_codes: ['String'],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.retail.marketing.buygift.activity.sku.add`: method, response root, request and response schemas. */
export const alibabaRetailMarketingBuygiftActivitySkuAddOperation = {
  method: 'alibaba.retail.marketing.buygift.activity.sku.add',
  responseRoot: 'alibaba_retail_marketing_buygift_activity_sku_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 添加单品买赠活动商品 — calls TOP method `alibaba.retail.marketing.buygift.activity.sku.add`.
 *
 * 新增或更新单品买赠活动商品信息【同城零售】
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaRetailMarketingBuygiftActivitySkuAdd(
  client: TopClient,
  request: AlibabaRetailMarketingBuygiftActivitySkuAddRequest,
  options?: CallOptions,
): Promise<AlibabaRetailMarketingBuygiftActivitySkuAddResponse> {
  return client.call<AlibabaRetailMarketingBuygiftActivitySkuAddResponse>(
    {
      method: 'alibaba.retail.marketing.buygift.activity.sku.add',
      responseRoot: 'alibaba_retail_marketing_buygift_activity_sku_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
