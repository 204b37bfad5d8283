// Generated from specs/promotion/taobao.promotion.meal.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotion.meal.get` (搭配套餐查询). */
export interface TaobaoPromotionMealGetRequest {
  /** 搭配套餐id */
  meal_id?: Int64Input;
  /** 套餐状态。有效：VALID;失效：INVALID(有效套餐为可使用的套餐,无效套餐为套餐中有商品下架或库存为0时)。默认时两种情况都会查询。 */
  status?: string;
}

/** Response of `taobao.promotion.meal.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionMealGetResponse {
  /** 搭配套餐列表。 */
  meal_list?: TaobaoPromotionMealGetMeal[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Meal` of `taobao.promotion.meal.get`. */
export interface TaobaoPromotionMealGetMeal {
  /** 套餐id。 */
  meal_id?: Int64;
  /** 搭配套餐名称。 */
  meal_name?: string;
  /** 套餐一口价(单位是：分) */
  meal_price?: string;
  /** 搭配套餐商品列表。item_id为商品的id;item_show_name为商品显示名。因最多允许5个商品进行搭配，所以查询最多有5个，以json格式传出。 */
  item_list?: string;
  /** 运费模板类型。卖家标识'SELL';买家标识'BUY'。若为'SELL'则字段postage_id为空。若为'BUY'，则postage_id为运费模板id，必有值。 */
  type_postage?: string;
  /** 搭配套餐描述！ */
  meal_memo?: string;
  /** 普通运费模板id。若这个字段为空或0时，运费是卖家负责;若这个字段不为空，说明运费模板存在，运费是买家负责。 */
  postage_id?: Int64;
  /** 套餐状态。有效：VALID;失效：INVALID(有效套餐为可使用的套餐,无效套餐为套餐中有商品下架或库存为0时)。 */
  status?: string;
}

const REQUEST_SCHEMA = {
  meal_id: 'Number',
  status: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  meal_list: [
    {
      meal_id: 'Number',
      meal_name: 'String',
      meal_price: 'String',
      item_list: 'String',
      type_postage: 'String',
      meal_memo: 'String',
      postage_id: 'Number',
      status: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotion.meal.get`: method, response root, request and response schemas. */
export const taobaoPromotionMealGetOperation = {
  method: 'taobao.promotion.meal.get',
  responseRoot: 'promotion_meal_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 搭配套餐查询 — calls TOP method `taobao.promotion.meal.get`.
 *
 * 搭配套餐查询。每个卖家最多创建50个搭配套餐，所以查询不会分页，会将所有的满足状态的搭配套餐全部查出。该接口不会校验商品的下架或库存为0，查询结果的状态表明搭配套餐在数据库中的状态，商品的状态请isv自己验证。在卖家后台页面点击查看会触发数据库状态的修改。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionMealGet(
  client: TopClient,
  request: TaobaoPromotionMealGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoPromotionMealGetResponse> {
  return client.call<TaobaoPromotionMealGetResponse>(
    {
      method: 'taobao.promotion.meal.get',
      responseRoot: 'promotion_meal_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
