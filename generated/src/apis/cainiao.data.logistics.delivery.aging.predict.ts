// Generated from specs/logistic/cainiao.data.logistics.delivery.aging.predict.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.data.logistics.delivery.aging.predict` (配送物流时效预测). */
export interface CainiaoDataLogisticsDeliveryAgingPredictRequest {
  /** 发货城市 */
  send_city_name: string;
  /** 发货区 */
  send_county_name: string;
  /** 发货详细地址 */
  send_addr: string;
  /** 发货省 */
  send_prov_name: string;
  /** 收货市 */
  rec_city_name: string;
  /** 收货详细地址 */
  rec_addr: string;
  /** 收货区 */
  rec_county_name: string;
  /** 收货省 */
  rec_prov_name: string;
  /** 收货街道 */
  rec_town_name: string;
}

/** Response of `cainiao.data.logistics.delivery.aging.predict`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoDataLogisticsDeliveryAgingPredictResponse {
  /** 列表类型返回 */
  datas?: CainiaoDataLogisticsDeliveryAgingPredictData[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Data` of `cainiao.data.logistics.delivery.aging.predict`. */
export interface CainiaoDataLogisticsDeliveryAgingPredictData {
  /** 快递公司id */
  company_id?: string;
  /** 配送时效。字符串，ISV拿到直接展示，不要做处理 */
  delivery_period?: string;
}

const REQUEST_SCHEMA = {
  send_city_name: 'String',
  send_county_name: 'String',
  send_addr: 'String',
  send_prov_name: 'String',
  rec_city_name: 'String',
  rec_addr: 'String',
  rec_county_name: 'String',
  rec_prov_name: 'String',
  rec_town_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  datas: [
    {
      company_id: 'String',
      delivery_period: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `cainiao.data.logistics.delivery.aging.predict`: method, response root, request and response schemas. */
export const cainiaoDataLogisticsDeliveryAgingPredictOperation = {
  method: 'cainiao.data.logistics.delivery.aging.predict',
  responseRoot: 'cainiao_data_logistics_delivery_aging_predict_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 配送物流时效预测 — calls TOP method `cainiao.data.logistics.delivery.aging.predict`.
 *
 * 时效和服务预期是商家发货时比较关注的信息，也是选择快递公司的一个重要参考（除去长期合作合同因素）。所以，在商家发货时给商家提供线路时效预估能帮助商家选择更好的快递公司，且对消费者来说也能整体提升体验。
 *
 * 日常，展示具体的预测时效数值
 *
 * 大促期间，展示预测的时效区间
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoDataLogisticsDeliveryAgingPredict(
  client: TopClient,
  request: CainiaoDataLogisticsDeliveryAgingPredictRequest,
  options?: CallOptions,
): Promise<CainiaoDataLogisticsDeliveryAgingPredictResponse> {
  return client.call<CainiaoDataLogisticsDeliveryAgingPredictResponse>(
    {
      method: 'cainiao.data.logistics.delivery.aging.predict',
      responseRoot: 'cainiao_data_logistics_delivery_aging_predict_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
