// Generated from specs/simba/taobao.simba.bidword.pricetools.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.bidword.pricetools` (关键词出价指导工具（新）). */
export interface TaobaoSimbaBidwordPricetoolsRequest {
  /** 推广单元id */
  adgroup_id: Int64Input;
  /** 关键词id */
  bidword_id: Int64Input;
  /** 区分渠道 ，计算机：PC，无线 ：WL */
  traffic_type?: string;
  /** 出价目标 ，1：争取排名；2：提升展现；3：提示点击；4：提升转化 */
  type: Int64Input;
}

/** Response of `taobao.simba.bidword.pricetools`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaBidwordPricetoolsResponse {
  /** true 表示符合准入，false不符合 */
  result_list?: TaobaoSimbaBidwordPricetoolsPriceSuggestionDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PriceSuggestionDto` of `taobao.simba.bidword.pricetools`. */
export interface TaobaoSimbaBidwordPricetoolsPriceSuggestionDto {
  /** 关键词id */
  bidwordid?: string;
  /** 关键词原词 */
  word?: string;
  /** 状态码 */
  stat?: string;
  /** 昨日信息 */
  yesterday_info?: TaobaoSimbaBidwordPricetoolsYesterdayInfo;
  /** 出价建议 */
  guidance_price?: TaobaoSimbaBidwordPricetoolsGuidancePrice;
}

/** `YesterdayInfo` of `taobao.simba.bidword.pricetools`. */
export interface TaobaoSimbaBidwordPricetoolsYesterdayInfo {
  /** 昨日点击量 */
  click?: string;
  /** 昨日展现量 */
  impression?: string;
}

/** `GuidancePrice` of `taobao.simba.bidword.pricetools`. */
export interface TaobaoSimbaBidwordPricetoolsGuidancePrice {
  /** 相对当前价格点击提升比例 */
  click_up_rate?: string;
  /** 相对当前价格展现提升比例 */
  impression_up_rate?: string;
  /** 价格类型，0代表正常排名建议，1代表被过滤排名建议， * 2代表相近价格建议，3代表转化出价建议 */
  price_flag?: string;
  /** 建议出价（分） */
  price?: string;
  /** flag＝0，1时为目标排名，flag＝2时无意义,flag=3时代表对应的建议 */
  flag?: string;
  /** 建议价格能够拿到的点击量 */
  new_click?: string;
  /** 建议价格能够拿到的展现量 */
  new_impression?: string;
}

const REQUEST_SCHEMA = {
  adgroup_id: 'Number',
  bidword_id: 'Number',
  traffic_type: 'String',
  type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_list: {
    bidwordid: 'String',
    word: 'String',
    stat: 'String',
    yesterday_info: {
      click: 'String',
      impression: 'String',
    },
    guidance_price: {
      click_up_rate: 'String',
      impression_up_rate: 'String',
      price_flag: 'String',
      price: 'String',
      flag: 'String',
      new_click: 'String',
      new_impression: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.bidword.pricetools`: method, response root, request and response schemas. */
export const taobaoSimbaBidwordPricetoolsOperation = {
  method: 'taobao.simba.bidword.pricetools',
  responseRoot: 'simba_bidword_pricetools_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 关键词出价指导工具（新） — calls TOP method `taobao.simba.bidword.pricetools`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaBidwordPricetools(
  client: TopClient,
  request: TaobaoSimbaBidwordPricetoolsRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaBidwordPricetoolsResponse> {
  return client.call<TaobaoSimbaBidwordPricetoolsResponse>(
    {
      method: 'taobao.simba.bidword.pricetools',
      responseRoot: 'simba_bidword_pricetools_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
