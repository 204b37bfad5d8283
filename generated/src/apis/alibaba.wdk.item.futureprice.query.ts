// Generated from specs/wdkitem/alibaba.wdk.item.futureprice.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.item.futureprice.query` (单个商品未来价查询接口). */
export interface AlibabaWdkItemFuturepriceQueryRequest {
  /** 渠道店id */
  shop_id: Int64Input;
  /** 商品编码 */
  sku_code: string;
  /** 渠道 */
  order_channel_code: string;
  /** 开始时间 */
  start_time: DateInput;
  /** 结束时间，结束时间-开始时间不能超过48小时 */
  end_time: DateInput;
}

/** Response of `alibaba.wdk.item.futureprice.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkItemFuturepriceQueryResponse {
  /** 接口返回model */
  result?: AlibabaWdkItemFuturepriceQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.wdk.item.futureprice.query`. */
export interface AlibabaWdkItemFuturepriceQueryResult {
  /** 返回码 */
  return_code?: string;
  /** 异常信息 */
  return_msg?: string;
  /** 是否成功 */
  success?: boolean;
  /** 商品未来价 */
  models?: AlibabaWdkItemFuturepriceQueryModel[];
}

/** `Model` of `alibaba.wdk.item.futureprice.query`. */
export interface AlibabaWdkItemFuturepriceQueryModel {
  /** 商家code */
  merchant_code?: string;
  /** 会员价，单位为分。对应IC标memberPrice的价格，如果没有对应的标，该价格为空。 */
  member_price?: Int64;
  /** 促销执行价格，单位为分 */
  final_price?: Int64;
  /** 经营店Code */
  store_id?: string;
  /** 买赠活动信息 */
  mz_promotion_d_t_o?: AlibabaWdkItemFuturepriceQueryMzPromotionDto;
  /** 条码 */
  bar_code?: string;
  /** 会员促销执行价，单位为分。 */
  member_final_price?: Int64;
  /** IC的商品ID */
  item_id?: Int64;
  /** 单品促销，finalPrice对应的促销活动 */
  item_promotion_list?: AlibabaWdkItemFuturepriceQueryPromotionInfoDto[];
  /** 商品名称 */
  item_name?: string;
  /** 基础售价,单位为分 */
  auction_price?: Int64;
  /** 渠道店ID */
  shop_id?: Int64;
  /** 商品池促销 */
  shop_promotion_list?: AlibabaWdkItemFuturepriceQueryPromotionInfoDto[];
  /** 会员单品促销活动，memberFinalPrice对应的促销活动 */
  member_item_promotion_list?: AlibabaWdkItemFuturepriceQueryPromotionInfoDto[];
  /** 商品编码 */
  sku_code?: string;
  /** 渠道，APP／POS */
  order_channel_code?: string;
}

/** `MzPromotionDto` of `alibaba.wdk.item.futureprice.query`. */
export interface AlibabaWdkItemFuturepriceQueryMzPromotionDto {
  /** 活动ID */
  act_id?: Int64;
  /** 活动名称 */
  name?: string;
  /** 买赠活动文案 */
  mz_display_text?: string;
  /** 活动开始时间 */
  start_time?: string;
  /** 活动结束时间 */
  end_time?: string;
}

/** `PromotionInfoDto` of `alibaba.wdk.item.futureprice.query`. */
export interface AlibabaWdkItemFuturepriceQueryPromotionInfoDto {
  /** 展示文案 */
  display_text?: string;
  /** 优惠类型, 0:减钱,1:打折,2:一口价,3:组合优惠 */
  promotion_type?: string;
  /** 优惠金额，单位为分 */
  discount_fee?: Int64;
  /** 创建时间 */
  create_date_time?: string;
  /** 活动ID */
  activity_id?: Int64;
  /** 活动名 */
  name?: string;
  /** 活动开始时间 */
  start_time?: string;
  /** 限购信息 */
  limit_info?: string;
  /** 活动结束时间 */
  end_time?: string;
  /** 活动类型, 1:单品活动,3:商品池活动 */
  activity_type?: Int64;
}

const REQUEST_SCHEMA = {
  shop_id: 'Number',
  sku_code: 'String',
  order_channel_code: 'String',
  start_time: 'Date',
  end_time: 'Date',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    return_code: 'String',
    return_msg: 'String',
    success: 'Boolean',
    models: [
      {
        merchant_code: 'String',
        member_price: 'Number',
        final_price: 'Number',
        store_id: 'String',
        mz_promotion_d_t_o: {
          act_id: 'Number',
          name: 'String',
          mz_display_text: 'String',
          start_time: 'String',
          end_time: 'String',
        },
        bar_code: 'String',
        member_final_price: 'Number',
        item_id: 'Number',
        item_promotion_list: [
          {
            display_text: 'String',
            promotion_type: 'String',
            discount_fee: 'Number',
            create_date_time: 'String',
            activity_id: 'Number',
            name: 'String',
            start_time: 'String',
            limit_info: 'String',
            end_time: 'String',
            activity_type: 'Number',
          },
        ],
        item_name: 'String',
        auction_price: 'Number',
        shop_id: 'Number',
        shop_promotion_list: [
          {
            display_text: 'String',
            promotion_type: 'String',
            discount_fee: 'Number',
            create_date_time: 'String',
            activity_id: 'Number',
            name: 'String',
            start_time: 'String',
            limit_info: 'String',
            end_time: 'String',
            activity_type: 'Number',
          },
        ],
        member_item_promotion_list: [
          {
            display_text: 'String',
            promotion_type: 'String',
            discount_fee: 'Number',
            create_date_time: 'String',
            activity_id: 'Number',
            name: 'String',
            start_time: 'String',
            limit_info: 'String',
            end_time: 'String',
            activity_type: 'Number',
          },
        ],
        sku_code: 'String',
        order_channel_code: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.item.futureprice.query`: method, response root, request and response schemas. */
export const alibabaWdkItemFuturepriceQueryOperation = {
  method: 'alibaba.wdk.item.futureprice.query',
  responseRoot: 'alibaba_wdk_item_futureprice_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 单个商品未来价查询接口 — calls TOP method `alibaba.wdk.item.futureprice.query`.
 *
 * 查询单个商品未来价，融合了未来基础售价+未来促销价
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkItemFuturepriceQuery(
  client: TopClient,
  request: AlibabaWdkItemFuturepriceQueryRequest,
  options?: CallOptions,
): Promise<AlibabaWdkItemFuturepriceQueryResponse> {
  return client.call<AlibabaWdkItemFuturepriceQueryResponse>(
    {
      method: 'alibaba.wdk.item.futureprice.query',
      responseRoot: 'alibaba_wdk_item_futureprice_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
