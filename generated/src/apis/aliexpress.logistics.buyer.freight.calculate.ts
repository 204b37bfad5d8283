// Generated from specs/aedropshiper/aliexpress.logistics.buyer.freight.calculate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.logistics.buyer.freight.calculate` (提供给买家使用的运费计算接口). */
export interface AliexpressLogisticsBuyerFreightCalculateRequest {
  /** 运费计算请求参数 */
  param_aeop_freight_calculate_for_buyer_d_t_o: AliexpressLogisticsBuyerFreightCalculateAeopFreightCalculateForBuyerDtoInput;
}

/** Response of `aliexpress.logistics.buyer.freight.calculate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressLogisticsBuyerFreightCalculateResponse {
  /** result */
  result?: AliexpressLogisticsBuyerFreightCalculateAeopFreightCalculateResultListResponseForBuyer;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AeopFreightCalculateForBuyerDto` of `aliexpress.logistics.buyer.freight.calculate`. */
export interface AliexpressLogisticsBuyerFreightCalculateAeopFreightCalculateForBuyerDtoInput {
  /** 城市编码 */
  city_code?: string;
  /** 国家编码 */
  country_code: string;
  /** 商品ID */
  product_id: Int64Input;
  /** 商品数量 */
  product_num: Int64Input;
  /** 省份编码 */
  province_code?: string;
  /** 发货国家 */
  send_goods_country_code: string;
  /** 商品价格 */
  price?: string;
  /** 商品价格币种 */
  price_currency?: string;
}

/** `AeopFreightCalculateResultListResponseForBuyer` of `aliexpress.logistics.buyer.freight.calculate`. */
export interface AliexpressLogisticsBuyerFreightCalculateAeopFreightCalculateResultListResponseForBuyer {
  /** aeopFreightCalculateResultForBuyerDTOList */
  aeop_freight_calculate_result_for_buyer_d_t_o_list?: AliexpressLogisticsBuyerFreightCalculateAeopFreightCalculateResultForBuyerDto[];
  /** errorDesc */
  error_desc?: string;
  /** success */
  success?: boolean;
}

/** `AeopFreightCalculateResultForBuyerDto` of `aliexpress.logistics.buyer.freight.calculate`. */
export interface AliexpressLogisticsBuyerFreightCalculateAeopFreightCalculateResultForBuyerDto {
  /** errorCode */
  error_code?: Int64;
  /** 预估运达时效 */
  estimated_delivery_time?: string;
  /** 运费 */
  freight?: AliexpressLogisticsBuyerFreightCalculateMoney;
  /** serviceName */
  service_name?: string;
}

/** `Money` of `aliexpress.logistics.buyer.freight.calculate`. */
export interface AliexpressLogisticsBuyerFreightCalculateMoney {
  /** amount */
  amount?: string;
  /** cent */
  cent?: Int64;
  /** currencyCode */
  currency_code?: string;
}

const REQUEST_SCHEMA = {
  param_aeop_freight_calculate_for_buyer_d_t_o: {
    city_code: 'String',
    country_code: 'String',
    product_id: 'Number',
    product_num: 'Number',
    province_code: 'String',
    send_goods_country_code: 'String',
    price: 'String',
    price_currency: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    aeop_freight_calculate_result_for_buyer_d_t_o_list: [
      {
        error_code: 'Number',
        estimated_delivery_time: 'String',
        freight: {
          amount: 'Price',
          cent: 'Number',
          currency_code: 'String',
        },
        service_name: 'String',
      },
    ],
    error_desc: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.logistics.buyer.freight.calculate`: method, response root, request and response schemas. */
export const aliexpressLogisticsBuyerFreightCalculateOperation = {
  method: 'aliexpress.logistics.buyer.freight.calculate',
  responseRoot: 'aliexpress_logistics_buyer_freight_calculate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 提供给买家使用的运费计算接口 — calls TOP method `aliexpress.logistics.buyer.freight.calculate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressLogisticsBuyerFreightCalculate(
  client: TopClient,
  request: AliexpressLogisticsBuyerFreightCalculateRequest,
  options?: CallOptions,
): Promise<AliexpressLogisticsBuyerFreightCalculateResponse> {
  return client.call<AliexpressLogisticsBuyerFreightCalculateResponse>(
    {
      method: 'aliexpress.logistics.buyer.freight.calculate',
      responseRoot: 'aliexpress_logistics_buyer_freight_calculate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
