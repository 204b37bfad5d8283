// Generated from specs/wdk/wdk.meal.pos.getfetchmealcode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `wdk.meal.pos.getfetchmealcode` (五道口餐饮取餐号获取接口). */
export interface WdkMealPosGetfetchmealcodeRequest {
  /** 渠道店id */
  channel_shop_id: string;
}

/** Response of `wdk.meal.pos.getfetchmealcode`: TOP returns only requested, non-null fields, so all are optional. */
export interface WdkMealPosGetfetchmealcodeResponse {
  /** 取餐号 */
  fetch_meal_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  channel_shop_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  fetch_meal_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `wdk.meal.pos.getfetchmealcode`: method, response root, request and response schemas. */
export const wdkMealPosGetfetchmealcodeOperation = {
  method: 'wdk.meal.pos.getfetchmealcode',
  responseRoot: 'wdk_meal_pos_getfetchmealcode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 五道口餐饮取餐号获取接口 — calls TOP method `wdk.meal.pos.getfetchmealcode`.
 *
 * pos机创建订单前获取餐饮取餐号
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function wdkMealPosGetfetchmealcode(
  client: TopClient,
  request: WdkMealPosGetfetchmealcodeRequest,
  options?: CallOptions,
): Promise<WdkMealPosGetfetchmealcodeResponse> {
  return client.call<WdkMealPosGetfetchmealcodeResponse>(
    {
      method: 'wdk.meal.pos.getfetchmealcode',
      responseRoot: 'wdk_meal_pos_getfetchmealcode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
