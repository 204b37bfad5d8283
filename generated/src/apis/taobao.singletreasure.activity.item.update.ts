// Generated from specs/singletreasure/taobao.singletreasure.activity.item.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.singletreasure.activity.item.update` (更新单品优惠接口). */
export interface TaobaoSingletreasureActivityItemUpdateRequest {
  /** 修改接口的入参对象 */
  item_detail_info?: TaobaoSingletreasureActivityItemUpdateItemDetailInfoCreateDtoInput;
}

/** Response of `taobao.singletreasure.activity.item.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSingletreasureActivityItemUpdateResponse {
  /** result */
  result?: TaobaoSingletreasureActivityItemUpdateResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemDetailInfoCreateDto` of `taobao.singletreasure.activity.item.update`. */
export interface TaobaoSingletreasureActivityItemUpdateItemDetailInfoCreateDtoInput {
  /** 限购数:不限购为-1 */
  limit_check: Int64Input;
  /** 活动id */
  activity_id: Int64Input;
  /** 是否取整 */
  is_math_floor: boolean;
  /** 猫客折上折，优惠力度，打折、减钱：单位分；打折，8折：800 */
  mk_discount?: Int64Input;
  /** sku对象列表 */
  sku_v_os?: TaobaoSingletreasureActivityItemUpdateSkuDetailInfoCreateDtoInput[];
  /** 商品id */
  item_id: Int64Input;
  /** 是否抹分 */
  is_discard_fen: boolean;
  /** 优惠力度，打折、减钱：单位分；打折，8折：800 */
  discount: Int64Input;
}

/** `SkuDetailInfoCreateDto` of `taobao.singletreasure.activity.item.update`. */
export interface TaobaoSingletreasureActivityItemUpdateSkuDetailInfoCreateDtoInput {
  /** 猫客折上折，优惠力度，打折、减钱：单位分；打折，8折：800 */
  mk_discount?: Int64Input;
  /** sku的id */
  sku_id: Int64Input;
  /** 优惠力度，打折、减钱：单位分；打折，8折：800 */
  discount: Int64Input;
}

/** `ResultDto` of `taobao.singletreasure.activity.item.update`. */
export interface TaobaoSingletreasureActivityItemUpdateResultDto {
  /** 请求返回信息 */
  message?: string;
  /** 返回所有的处理错误的信息 */
  data?: TaobaoSingletreasureActivityItemUpdateItemProcessErrorResultDto;
  /** 请求返回码 */
  code?: Int64;
  /** 是否成功 */
  success?: boolean;
}

/** `ItemProcessErrorResultDto` of `taobao.singletreasure.activity.item.update`. */
export interface TaobaoSingletreasureActivityItemUpdateItemProcessErrorResultDto {
  /** 活动ID */
  activity_id?: Int64;
  /** 处理失败的item和sku: map结构为:itemId: skuId-错误信息,所有返回的外层key是itemId，里面的key是skuId，商品级别的skuId为-1 */
  sku_id_map?: string;
}

const REQUEST_SCHEMA = {
  item_detail_info: {
    limit_check: 'Number',
    activity_id: 'Number',
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

/** Static description of `taobao.singletreasure.activity.item.update`: method, response root, request and response schemas. */
export const taobaoSingletreasureActivityItemUpdateOperation = {
  method: 'taobao.singletreasure.activity.item.update',
  responseRoot: 'singletreasure_activity_item_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新单品优惠接口 — calls TOP method `taobao.singletreasure.activity.item.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSingletreasureActivityItemUpdate(
  client: TopClient,
  request: TaobaoSingletreasureActivityItemUpdateRequest = {},
  options?: CallOptions,
): Promise<TaobaoSingletreasureActivityItemUpdateResponse> {
  return client.call<TaobaoSingletreasureActivityItemUpdateResponse>(
    {
      method: 'taobao.singletreasure.activity.item.update',
      responseRoot: 'singletreasure_activity_item_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
