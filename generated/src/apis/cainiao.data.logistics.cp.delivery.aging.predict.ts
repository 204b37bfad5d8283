// Generated from specs/logistic/cainiao.data.logistics.cp.delivery.aging.predict.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.data.logistics.cp.delivery.aging.predict` (CP配送物流时效预测). */
export interface CainiaoDataLogisticsCpDeliveryAgingPredictRequest {
  /** 发货城市 */
  send_city_name: string;
  /** 发货区 */
  send_county_name: string;
  /** 自己输入的详细发货地址 */
  send_addr: string;
  /** 发货省 */
  send_prov_name: string;
  /** 收货城市 */
  rec_city_name: string;
  /** 自己输入的详细收货地址 */
  rec_addr: string;
  /** 收货区 */
  rec_county_name: string;
  /** 收货省 */
  rec_prov_name: string;
  /** 第四级，一般是收货街道 */
  rec_town_name: string;
  /** 物流公司id */
  cp_id: string;
}

/** Response of `cainiao.data.logistics.cp.delivery.aging.predict`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoDataLogisticsCpDeliveryAgingPredictResponse {
  /** 返回数据值 */
  data?: CainiaoDataLogisticsCpDeliveryAgingPredictDeliveryTimingDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeliveryTimingDto` of `cainiao.data.logistics.cp.delivery.aging.predict`. */
export interface CainiaoDataLogisticsCpDeliveryAgingPredictDeliveryTimingDto {
  /** 预估时效，这部分ISV直接展示，不要做改动，ISP会变文案和时效展示 */
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
  cp_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    delivery_period: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.data.logistics.cp.delivery.aging.predict`: method, response root, request and response schemas. */
export const cainiaoDataLogisticsCpDeliveryAgingPredictOperation = {
  method: 'cainiao.data.logistics.cp.delivery.aging.predict',
  responseRoot: 'cainiao_data_logistics_cp_delivery_aging_predict_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * CP配送物流时效预测 — calls TOP method `cainiao.data.logistics.cp.delivery.aging.predict`.
 *
 * 时效和服务预期是商家发货时比较关注的信息，也是选择快递公司的一个重要参考（除去长期合作合同因素）。所以，在商家发货时给商家提供线路时效预估能帮助商家选择更好的快递公司，且对消费者来说也能整体提升体验。
 *
 * 日常时效是数值字符串
 * 大促时效是数值区间字符串
 * 方式1:
 * 输入：发货省、市、区、详细地址，收货省、市、区、街道、详细地址，快递公司ID
 * 输出：预估时效（小时数）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoDataLogisticsCpDeliveryAgingPredict(
  client: TopClient,
  request: CainiaoDataLogisticsCpDeliveryAgingPredictRequest,
  options?: CallOptions,
): Promise<CainiaoDataLogisticsCpDeliveryAgingPredictResponse> {
  return client.call<CainiaoDataLogisticsCpDeliveryAgingPredictResponse>(
    {
      method: 'cainiao.data.logistics.cp.delivery.aging.predict',
      responseRoot: 'cainiao_data_logistics_cp_delivery_aging_predict_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
