// Generated from specs/xhotelitem/taobao.xhotel.rates.lite.incr.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.rates.lite.incr.update` (酒店价格库存轻量级增量接口). */
export interface TaobaoXhotelRatesLiteIncrUpdateRequest {
  /** json格式: [{"rp_code":"031612_181220000074_F1_1","out_rid":"031612_HD","vendor":"taobao","useRoomInv":0,"invAndSwitch":[{"date":"2020-01-09","price":1200,"quota":23,"rateStatus":1},{"date":"2020-01-10","price":1200,"quota":23,"rateStatus":0}]},{"rp_code":"1234","out_rid":"123456","vendor":"taobao","useRoomInv":0,"invAndSwitch":[{"date":"yyyy-MM-dd","price":1200,"quota":23,"rateStatus":1},{"date":"yyyy-MM-dd","price":1200,"quota":23,"rateStatus":1}]}] rp_code:房价code,out_rid:房型code,必传字段 useRoomInv: 表示是否使用房型库存(1表示是,0表示否),可选字段 invAndSwitch: 表示要更新的日历化价格库存以及开关,增量更新,更新哪天就传那天的日历化单元, 可选字段 invAndSwitch.date: 表示日历化单元里的日期,格式:yyyy-MM-dd, 在 invAndSwitch 里的每个日历化单元里是必填字段 invAndSwitch.price: 表示要更新的价格,单位 分, 可选字段 invAndSwitch.quota: 表示要更新的普通库存,可选字段 invAndSwitch.rateStatus: 表示要更新的价格开关,1表示开,0表示关,可选字段。请注意，该接口为轻量级批量增量更新接口，只能更新未来4天内价格库存开关信息，传入的参数日期超过4天了会报错。该接口核心是解决近几天价格库存实时性。 */
  rate_list_inv_info: string;
}

/** Response of `taobao.xhotel.rates.lite.incr.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelRatesLiteIncrUpdateResponse {
  /** result */
  result?: TaobaoXhotelRatesLiteIncrUpdateResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSet` of `taobao.xhotel.rates.lite.incr.update`. */
export interface TaobaoXhotelRatesLiteIncrUpdateResultSet {
  /** 多个rate的更新结果 */
  first_result?: string;
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  rate_list_inv_info: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    first_result: 'String',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.rates.lite.incr.update`: method, response root, request and response schemas. */
export const taobaoXhotelRatesLiteIncrUpdateOperation = {
  method: 'taobao.xhotel.rates.lite.incr.update',
  responseRoot: 'xhotel_rates_lite_incr_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 酒店价格库存轻量级增量接口 — calls TOP method `taobao.xhotel.rates.lite.incr.update`.
 *
 * 多个rate的库存房价开关的增量更新接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelRatesLiteIncrUpdate(
  client: TopClient,
  request: TaobaoXhotelRatesLiteIncrUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelRatesLiteIncrUpdateResponse> {
  return client.call<TaobaoXhotelRatesLiteIncrUpdateResponse>(
    {
      method: 'taobao.xhotel.rates.lite.incr.update',
      responseRoot: 'xhotel_rates_lite_incr_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
