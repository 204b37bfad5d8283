// Generated from specs/singletreasure/taobao.singletreasure.activity.item.batchadd.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.singletreasure.activity.item.batchadd` (批量添加商品接口). */
export interface TaobaoSingletreasureActivityItemBatchaddRequest {
  /** 系统入参 */
  item_detail_info: TaobaoSingletreasureActivityItemBatchaddItemDetailInfoBatchCreateDtoInput;
}

/** Response of `taobao.singletreasure.activity.item.batchadd`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSingletreasureActivityItemBatchaddResponse {
  /** result */
  result?: TaobaoSingletreasureActivityItemBatchaddResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemDetailInfoBatchCreateDto` of `taobao.singletreasure.activity.item.batchadd`. */
export interface TaobaoSingletreasureActivityItemBatchaddItemDetailInfoBatchCreateDtoInput {
  /** 活动id */
  activity_id: Int64Input;
  /** 商品列表 */
  item_detail_info?: TaobaoSingletreasureActivityItemBatchaddItemDetailInfoCreateDtoInput[];
}

/** `ItemDetailInfoCreateDto` of `taobao.singletreasure.activity.item.batchadd`. */
export interface TaobaoSingletreasureActivityItemBatchaddItemDetailInfoCreateDtoInput {
  /** 商品买家限购数量，-1表示不限购 */
  limit_check?: Int64Input;
  /** 是否取整 */
  is_math_floor?: boolean;
  /** 猫客折上折，优惠力度，打折、减钱：单位分；打折，8折：800 */
  mk_discount?: Int64Input;
  /** sku对象列表 */
  sku_v_os?: TaobaoSingletreasureActivityItemBatchaddSkuDetailInfoCreateDtoInput[];
  /** 商品Id */
  item_id: Int64Input;
  /** 是否抹分 */
  is_discard_fen?: boolean;
  /** 优惠力度，打折、减钱：单位分；打折，8折：800 */
  discount?: Int64Input;
}

/** `SkuDetailInfoCreateDto` of `taobao.singletreasure.activity.item.batchadd`. */
export interface TaobaoSingletreasureActivityItemBatchaddSkuDetailInfoCreateDtoInput {
  /** 猫客折上折，优惠力度，打折、减钱：单位分；打折，8折：800 */
  mk_discount?: Int64Input;
  /** sku的Id */
  sku_id?: Int64Input;
  /** 优惠力度，打折、减钱：单位分；打折，8折：800 */
  discount?: Int64Input;
}

/** `ResultDto` of `taobao.singletreasure.activity.item.batchadd`. */
export interface TaobaoSingletreasureActivityItemBatchaddResultDto {
  /** message */
  message?: string;
  /** data */
  data?: TaobaoSingletreasureActivityItemBatchaddItemProcessErrorResultDto;
  /** code */
  code?: Int64;
  /** success */
  success?: boolean;
}

/** `ItemProcessErrorResultDto` of `taobao.singletreasure.activity.item.batchadd`. */
export interface TaobaoSingletreasureActivityItemBatchaddItemProcessErrorResultDto {
  /** activityId */
  activity_id?: Int64;
  /** 处理失败的item和sku: map结构为:itemId: skuId-错误信息,所有返回的外层key是itemId，里面的key是skuId，商品级别的skuId为-1 */
  sku_id_map?: string;
}

const REQUEST_SCHEMA = {
  item_detail_info: {
    activity_id: 'Number',
    item_detail_info: [
      {
        limit_check: 'Number',
        is_math_floor: 'Boolean',
        mk_discount: 'Number',
        sku_v_os: [
          {
            mk_discount: 'Number',
            sku_id: 'Number',
            discount: 'Number',
          },
        ],
        item_id: 'Number',
        is_discard_fen: 'Boolean',
        discount: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    data: {
      activity_id: 'Number',
      sku_id_map: 'String',
    },
    code: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.singletreasure.activity.item.batchadd`: method, response root, request and response schemas. */
export const taobaoSingletreasureActivityItemBatchaddOperation = {
  method: 'taobao.singletreasure.activity.item.batchadd',
  responseRoot: 'singletreasure_activity_item_batchadd_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量添加商品接口 — calls TOP method `taobao.singletreasure.activity.item.batchadd`.
 *
 * 向活动中批量添加商品优惠
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSingletreasureActivityItemBatchadd(
  client: TopClient,
  request: TaobaoSingletreasureActivityItemBatchaddRequest,
  options?: CallOptions,
): Promise<TaobaoSingletreasureActivityItemBatchaddResponse> {
  return client.call<TaobaoSingletreasureActivityItemBatchaddResponse>(
    {
      method: 'taobao.singletreasure.activity.item.batchadd',
      responseRoot: 'singletreasure_activity_item_batchadd_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
