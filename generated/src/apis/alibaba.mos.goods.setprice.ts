// Generated from specs/moscm/alibaba.mos.goods.setprice.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mos.goods.setprice` (价格变更接口). */
export interface AlibabaMosGoodsSetpriceRequest {
  /**
   * 价格变更对象列表
   *
   * Max list size: 20
   */
  price_dto_list: AlibabaMosGoodsSetpricePriceDtoInput[];
}

/** Response of `alibaba.mos.goods.setprice`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosGoodsSetpriceResponse {
  /** 返回数据 */
  data_s?: AlibabaMosGoodsSetpricePriceResult[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PriceDto` of `alibaba.mos.goods.setprice`. */
export interface AlibabaMosGoodsSetpricePriceDtoInput {
  /** 专柜id(counter_id和out_counter_id必填一个，如果都填以counter_id为准) */
  counter_id?: string;
  /** 外部专柜id(经过配置后，可以传供应自己的专柜id) */
  out_counter_id?: string;
  /** 供应商商品Id */
  out_id: string;
  /** 商品标准价 */
  standard_price: string;
}

/** `PriceResult` of `alibaba.mos.goods.setprice`. */
export interface AlibabaMosGoodsSetpricePriceResult {
  /** 如果出错，返回错误信息 */
  message?: string;
  /** 价格对象 */
  price_dto?: AlibabaMosGoodsSetpricePriceDto;
  /** 单挑成功与否 */
  success?: boolean;
}

/** `PriceDto` of `alibaba.mos.goods.setprice`. */
export interface AlibabaMosGoodsSetpricePriceDto {
  /** 专柜id */
  counter_id?: string;
  /** 外部专柜id */
  out_counter_id?: string;
  /** 外部商品id */
  out_id?: string;
  /** 商品标准价 */
  standard_price?: string;
}

const REQUEST_SCHEMA = {
  price_dto_list: [
    {
      counter_id: 'String',
      out_counter_id: 'String',
      out_id: 'String',
      standard_price: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data_s: [
    {
      message: 'String',
      price_dto: {
        counter_id: 'String',
        out_counter_id: 'String',
        out_id: 'String',
        standard_price: 'String',
      },
      success: 'Boolean',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mos.goods.setprice`: method, response root, request and response schemas. */
export const alibabaMosGoodsSetpriceOperation = {
  method: 'alibaba.mos.goods.setprice',
  responseRoot: 'alibaba_mos_goods_setprice_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 价格变更接口 — calls TOP method `alibaba.mos.goods.setprice`.
 *
 * 价格变更接口，供供应商修改价格时使用。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosGoodsSetprice(
  client: TopClient,
  request: AlibabaMosGoodsSetpriceRequest,
  options?: CallOptions,
): Promise<AlibabaMosGoodsSetpriceResponse> {
  return client.call<AlibabaMosGoodsSetpriceResponse>(
    {
      method: 'alibaba.mos.goods.setprice',
      responseRoot: 'alibaba_mos_goods_setprice_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
