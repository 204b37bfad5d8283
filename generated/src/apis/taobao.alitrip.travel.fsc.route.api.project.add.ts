// Generated from specs/axindata/taobao.alitrip.travel.fsc.route.api.project.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.fsc.route.api.project.add` (新增团期). */
export interface TaobaoAlitripTravelFscRouteApiProjectAddRequest {
  /** fscProjectModifyRequest */
  fsc_project_modify_request: TaobaoAlitripTravelFscRouteApiProjectAddFscProjectModifyRequestInput;
}

/** Response of `taobao.alitrip.travel.fsc.route.api.project.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelFscRouteApiProjectAddResponse {
  /** 通用返回结果 */
  top_result?: TaobaoAlitripTravelFscRouteApiProjectAddTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FscProjectModifyRequest` of `taobao.alitrip.travel.fsc.route.api.project.add`. */
export interface TaobaoAlitripTravelFscRouteApiProjectAddFscProjectModifyRequestInput {
  /** 产品编号 */
  product_code?: string;
  /** 行程编号 */
  journey_code?: string;
  /** 团期列表 */
  project_list?: TaobaoAlitripTravelFscRouteApiProjectAddFscRouteProjectApiDtoInput[];
  /** 供应商id */
  supplier_id?: string;
}

/** `FscRouteProjectApiDto` of `taobao.alitrip.travel.fsc.route.api.project.add`. */
export interface TaobaoAlitripTravelFscRouteApiProjectAddFscRouteProjectApiDtoInput {
  /** 出团日期 格式yyyy-MM-dd */
  date?: string;
  /** 团期计划编号 */
  project_code?: string;
  /** 价格体系 */
  price_list?: TaobaoAlitripTravelFscRouteApiProjectAddFscRouteProjectPriceApiDtoInput[];
  /** 联系人姓名 */
  contact_name?: string;
  /** 联系人电话 */
  contact_phone?: string;
  /** 订金单价(单位分) */
  booking_unit_price?: Int64Input;
  /** 截止报名日期 */
  end_sign_date?: string;
  /** 剩余库存数量 */
  inv_count?: Int64Input;
  /** 已占库存数量 */
  occupy_count?: Int64Input;
  /** 佣金设置 */
  fsc_sale_commission?: TaobaoAlitripTravelFscRouteApiProjectAddFscSaleCommissionApiDTOInput;
  /** 去程航班 */
  depart_flight?: TaobaoAlitripTravelFscRouteApiProjectAddFlightInfoApiDTOInput;
  /** 返程航班 */
  return_flight?: TaobaoAlitripTravelFscRouteApiProjectAddFlightInfoApiDTOInput;
}

/** `FscRouteProjectPriceApiDto` of `taobao.alitrip.travel.fsc.route.api.project.add`. */
export interface TaobaoAlitripTravelFscRouteApiProjectAddFscRouteProjectPriceApiDtoInput {
  /** 价格类型 ADULT:成人价 CHILD:儿童价 */
  price_category?: string;
  /** 同行价 */
  price?: Int64Input;
  /** 加返 */
  promotion_price?: Int64Input;
  /** 门市价 */
  sale_price?: Int64Input;
}

/** `FscSaleCommissionApiDTO` of `taobao.alitrip.travel.fsc.route.api.project.add`. */
export interface TaobaoAlitripTravelFscRouteApiProjectAddFscSaleCommissionApiDTOInput {
  /** 佣金类型 */
  commission_type?: string;
  /** 佣金数值 */
  commission_num?: string;
}

/** `FlightInfoApiDTO` of `taobao.alitrip.travel.fsc.route.api.project.add`. */
export interface TaobaoAlitripTravelFscRouteApiProjectAddFlightInfoApiDTOInput {
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

/** `TopResult` of `taobao.alitrip.travel.fsc.route.api.project.add`. */
export interface TaobaoAlitripTravelFscRouteApiProjectAddTopResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 业务数据 */
  fsc_project_add_api_response?: TaobaoAlitripTravelFscRouteApiProjectAddFscProjectAddApiResponse;
}

/** `FscProjectAddApiResponse` of `taobao.alitrip.travel.fsc.route.api.project.add`. */
export interface TaobaoAlitripTravelFscRouteApiProjectAddFscProjectAddApiResponse {
  /** 团期计划ID映射 */
  project_map_d_t_o_s?: TaobaoAlitripTravelFscRouteApiProjectAddFscProjectMapDTO[];
}

/** `FscProjectMapDTO` of `taobao.alitrip.travel.fsc.route.api.project.add`. */
export interface TaobaoAlitripTravelFscRouteApiProjectAddFscProjectMapDTO {
  /** 供应商（外部）团期编码 */
  project_code?: string;
  /** 供销平台团期编码 */
  fsc_project_id?: string;
}

const REQUEST_SCHEMA = {
  fsc_project_modify_request: {
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
        inv_count: 'Number',
        occupy_count: 'Number',
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
    fsc_project_add_api_response: {
      project_map_d_t_o_s: [
        {
          project_code: 'String',
          fsc_project_id: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.fsc.route.api.project.add`: method, response root, request and response schemas. */
export const taobaoAlitripTravelFscRouteApiProjectAddOperation = {
  method: 'taobao.alitrip.travel.fsc.route.api.project.add',
  responseRoot: 'alitrip_travel_fsc_route_api_project_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新增团期 — calls TOP method `taobao.alitrip.travel.fsc.route.api.project.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelFscRouteApiProjectAdd(
  client: TopClient,
  request: TaobaoAlitripTravelFscRouteApiProjectAddRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelFscRouteApiProjectAddResponse> {
  return client.call<TaobaoAlitripTravelFscRouteApiProjectAddResponse>(
    {
      method: 'taobao.alitrip.travel.fsc.route.api.project.add',
      responseRoot: 'alitrip_travel_fsc_route_api_project_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
