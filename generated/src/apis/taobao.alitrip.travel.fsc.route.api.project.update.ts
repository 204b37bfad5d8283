// Generated from specs/axindata/taobao.alitrip.travel.fsc.route.api.project.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.fsc.route.api.project.update` (更新团期). */
export interface TaobaoAlitripTravelFscRouteApiProjectUpdateRequest {
  /** fscProjectUpdateRequest */
  fsc_project_update_request: TaobaoAlitripTravelFscRouteApiProjectUpdateFscProjectModifyRequestInput;
}

/** Response of `taobao.alitrip.travel.fsc.route.api.project.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelFscRouteApiProjectUpdateResponse {
  /** 通用返回结果 */
  top_result?: TaobaoAlitripTravelFscRouteApiProjectUpdateTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FscProjectModifyRequest` of `taobao.alitrip.travel.fsc.route.api.project.update`. */
export interface TaobaoAlitripTravelFscRouteApiProjectUpdateFscProjectModifyRequestInput {
  /** 产品编号 */
  product_code?: string;
  /** 行程编号 */
  journey_code?: string;
  /** 团期列表 */
  project_list?: TaobaoAlitripTravelFscRouteApiProjectUpdateFscRouteProjectApiDtoInput[];
  /** 供应商ID */
  supplier_id?: string;
}

/** `FscRouteProjectApiDto` of `taobao.alitrip.travel.fsc.route.api.project.update`. */
export interface TaobaoAlitripTravelFscRouteApiProjectUpdateFscRouteProjectApiDtoInput {
  /** 出团日期 格式yyyy-MM-dd */
  date?: string;
  /** 团期计划编号 */
  project_code?: string;
  /** 价格体系 */
  price_list?: TaobaoAlitripTravelFscRouteApiProjectUpdateFscRouteProjectPriceApiDtoInput[];
  /** 联系人姓名 */
  contact_name?: string;
  /** 联系人电话 */
  contact_phone?: string;
  /** 订金单价(单位分) */
  booking_unit_price?: Int64Input;
  /** 截止报名日期 */
  end_sign_date?: string;
  /** 佣金设置 */
  fsc_sale_commission?: TaobaoAlitripTravelFscRouteApiProjectUpdateFscSaleCommissionApiDTOInput;
  /** 去程航班 */
  depart_flight?: TaobaoAlitripTravelFscRouteApiProjectUpdateFlightInfoApiDTOInput;
  /** 返程航班 */
  return_flight?: TaobaoAlitripTravelFscRouteApiProjectUpdateFlightInfoApiDTOInput;
}

/** `FscRouteProjectPriceApiDto` of `taobao.alitrip.travel.fsc.route.api.project.update`. */
export interface TaobaoAlitripTravelFscRouteApiProjectUpdateFscRouteProjectPriceApiDtoInput {
  /** 价格类型 ADULT:成人价 CHILD:儿童价 */
  price_category?: string;
  /** 同行价 */
  price?: Int64Input;
  /** 加返 */
  promotion_price?: Int64Input;
  /** 门市价 */
  sale_price?: Int64Input;
}

/** `FscSaleCommissionApiDTO` of `taobao.alitrip.travel.fsc.route.api.project.update`. */
export interface TaobaoAlitripTravelFscRouteApiProjectUpdateFscSaleCommissionApiDTOInput {
  /** 佣金类型 */
  commission_type?: string;
  /** 佣金数值 */
  commission_num?: string;
}

/** `FlightInfoApiDTO` of `taobao.alitrip.travel.fsc.route.api.project.update`. */
export interface TaobaoAlitripTravelFscRouteApiProjectUpdateFlightInfoApiDTOInput {
  /** 行程天数第几天 */
  day?: string;
  /** 行程日期 yyyy-MM-dd */
  date?: string;
  /** 航班号 */
  flight_code?: string;
  /** 航空公司代码 */
  airline_code?: string;
  /** 出发城市名称 */
  start_city?: string;
  /** 起飞时间HHmm(时分) */
  start_time?: string;
  /** 起飞机场代码 机场三字码 */
  start_airport?: string;
  /** 抵达城市 */
  arrive_city?: string;
  /** 抵达时间HHmm(时分) */
  arrive_time?: string;
  /** 降落机场代码 */
  arrive_airport?: string;
  /** 是否包机 true-是false-否 */
  buy_out?: boolean;
  /** 机型 */
  flight_type?: string;
  /** 舱型 */
  cabin_type?: string;
}

/** `TopResult` of `taobao.alitrip.travel.fsc.route.api.project.update`. */
export interface TaobaoAlitripTravelFscRouteApiProjectUpdateTopResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 业务数据 */
  data?: boolean;
}

const REQUEST_SCHEMA = {
  fsc_project_update_request: {
    product_code: 'String',
    journey_code: 'String',
    project_list: [
      {
        date: 'String',
        project_code: 'String',
        price_list: [
          {
            price_category: 'String',
            price: 'Number',
            promotion_price: 'Number',
            sale_price: 'Number',
          },
        ],
        contact_name: 'String',
        contact_phone: 'String',
        booking_unit_price: 'Number',
        end_sign_date: 'String',
        fsc_sale_commission: {
          commission_type: 'String',
          commission_num: 'String',
        },
        depart_flight: {
          day: 'String',
          date: 'String',
          flight_code: 'String',
          airline_code: 'String',
          start_city: 'String',
          start_time: 'String',
          start_airport: 'String',
          arrive_city: 'String',
          arrive_time: 'String',
          arrive_airport: 'String',
          buy_out: 'Boolean',
          flight_type: 'String',
          cabin_type: 'String',
        },
        return_flight: {
          day: 'String',
          date: 'String',
          flight_code: 'String',
          airline_code: 'String',
          start_city: 'String',
          start_time: 'String',
          start_airport: 'String',
          arrive_city: 'String',
          arrive_time: 'String',
          arrive_airport: 'String',
          buy_out: 'Boolean',
          flight_type: 'String',
          cabin_type: 'String',
        },
      },
    ],
    supplier_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  top_result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    data: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.fsc.route.api.project.update`: method, response root, request and response schemas. */
export const taobaoAlitripTravelFscRouteApiProjectUpdateOperation = {
  method: 'taobao.alitrip.travel.fsc.route.api.project.update',
  responseRoot: 'alitrip_travel_fsc_route_api_project_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新团期 — calls TOP method `taobao.alitrip.travel.fsc.route.api.project.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelFscRouteApiProjectUpdate(
  client: TopClient,
  request: TaobaoAlitripTravelFscRouteApiProjectUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelFscRouteApiProjectUpdateResponse> {
  return client.call<TaobaoAlitripTravelFscRouteApiProjectUpdateResponse>(
    {
      method: 'taobao.alitrip.travel.fsc.route.api.project.update',
      responseRoot: 'alitrip_travel_fsc_route_api_project_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
