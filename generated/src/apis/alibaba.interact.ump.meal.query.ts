// Generated from specs/interact/alibaba.interact.ump.meal.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.ump.meal.query` (淘宝卖家搭配套餐查询). */
export interface AlibabaInteractUmpMealQueryRequest {}

/** Response of `alibaba.interact.ump.meal.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractUmpMealQueryResponse {
  /** 优惠平台搭配套餐对象 */
  meals?: AlibabaInteractUmpMealQueryOpenMealDo[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenMealDo` of `alibaba.interact.ump.meal.query`. */
export interface AlibabaInteractUmpMealQueryOpenMealDo {
  /** 手淘购买链接 */
  h5_buy_url?: string;
  /** 单位分，套餐总价 */
  meal_price?: Int64;
  /** 套餐商品列表 */
  items?: AlibabaInteractUmpMealQueryOpenMealItemDo[];
  /** 套餐名称 */
  meal_name?: string;
  /** 套餐开始时间戳 */
  start_time?: string;
  /** 套餐结束时间戳 */
  end_time?: string;
}

/** `OpenMealItemDo` of `alibaba.interact.ump.meal.query`. */
export interface AlibabaInteractUmpMealQueryOpenMealItemDo {
  /** 宝贝ID */
  item_id?: Int64;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  meals: [
    {
      h5_buy_url: 'String',
      meal_price: 'Number',
      items: [
        {
          item_id: 'Number',
        },
      ],
      meal_name: 'String',
      start_time: 'String',
      end_time: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.ump.meal.query`: method, response root, request and response schemas. */
export const alibabaInteractUmpMealQueryOperation = {
  method: 'alibaba.interact.ump.meal.query',
  responseRoot: 'alibaba_interact_ump_meal_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝卖家搭配套餐查询 — calls TOP method `alibaba.interact.ump.meal.query`.
 *
 * 查询卖家在优惠平台设置的搭配套餐列表，每个套餐包括名称、套餐价格、手淘套餐购买链接
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractUmpMealQuery(
  client: TopClient,
  request: AlibabaInteractUmpMealQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractUmpMealQueryResponse> {
  return client.call<AlibabaInteractUmpMealQueryResponse>(
    {
      method: 'alibaba.interact.ump.meal.query',
      responseRoot: 'alibaba_interact_ump_meal_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
