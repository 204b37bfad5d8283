// Generated from specs/flight/alitrip.policy.process.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.policy.process` (政策进度查询). */
export interface AlitripPolicyProcessRequest {
  /** 进度请求入参 */
  policy_task_query_d_t_o?: AlitripPolicyProcessPolicyTaskQueryDtoInput;
}

/** Response of `alitrip.policy.process`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripPolicyProcessResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: AlitripPolicyProcessResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PolicyTaskQueryDto` of `alitrip.policy.process`. */
export interface AlitripPolicyProcessPolicyTaskQueryDtoInput {
  /** 店铺id */
  agent_id: Int64Input;
  /** 任务id */
  task_id: Int64Input;
}

/** `ResultDto` of `alitrip.policy.process`. */
export interface AlitripPolicyProcessResultDto {
  /** 创建&删除结果参数 */
  data?: AlitripPolicyProcessPolicyCreateResponseDto;
  /** 执行结果 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误原因 */
  error_msg?: string;
}

/** `PolicyCreateResponseDto` of `alitrip.policy.process`. */
export interface AlitripPolicyProcessPolicyCreateResponseDto {
  /** 政策进度类型 */
  policy_process_type?: Int64;
  /** 修改日期 */
  gmt_modified?: string;
  /** 店铺id */
  agent_id?: Int64;
  /** 创建日期 */
  gmt_create?: string;
  /** 成功数量 */
  success_amount?: Int64;
  /** 操作人id */
  agent_sub_id?: Int64;
  /** 操作人昵称 */
  agent_sub_nick?: string;
  /** 错误信息 */
  error_policy_list?: AlitripPolicyProcessPolicyResponseDto[];
  /** 失败excel的地址 */
  url?: string;
  /** 总数量 */
  total_amount?: Int64;
  /** 政策类型 */
  policy_type?: Int64;
  /** 失败数量 */
  fail_amount?: Int64;
  /** 属性信息 */
  attributes?: string;
  /** 任务状态：0，未开始；1，执行中；2，上传执行完成；3，删除执行完成；4，任务执行完成 */
  task_status?: Int64;
  /** 任务id */
  task_id?: Int64;
}

/** `PolicyResponseDto` of `alitrip.policy.process`. */
export interface AlitripPolicyProcessPolicyResponseDto {
  /** 修改时间 */
  gmt_modified?: string;
  /** 店铺id */
  agent_id?: Int64;
  /** 政策代码 */
  policy_code?: string;
  /** 共享航司二字码 */
  code_share_airline?: string;
  /** 下浮 */
  down?: Int64;
  /** 紧张阈值 */
  create_pnr_limit?: Int64;
  /** 支持共享航班 */
  code_share?: Int64;
  /** 价格控制 */
  price?: AlitripPolicyProcessPriceDto;
  /** 降落机场 */
  arr_airport?: string;
  /** 上浮 */
  up?: Int64;
  /** 航空公司二字码 */
  airline?: string;
  /** 库存 */
  stock?: AlitripPolicyProcessStockDto;
  /** 大客户编码 */
  account_code?: string;
  /** 政策来源 */
  policy_source?: Int64;
  /** 浮动单位 */
  float_unit?: Int64;
  /** 运价渠道 */
  fare_sources?: string[];
  /** 票面价（元） */
  fare_price?: Int64;
  /** pata */
  pata?: Int64;
  /** 创建时间 */
  gmt_create?: string;
  /** 到达机场 */
  dep_airport?: string;
  /** 是否订位 */
  create_pnr?: Int64;
  /** 行程类型 */
  trip_type?: Int64;
  /** 销售限制 */
  sale?: AlitripPolicyProcessSaleDto;
  /** farebasis */
  fare_basis?: string;
  /** 乘客限制 */
  passenger?: AlitripPolicyProcessPassengerDto;
  /** 错误代码 */
  err_code?: string;
  /** 政策类型 */
  policy_type?: Int64;
  /** 舱位条件 */
  is_white?: Int64;
  /** 行程限制 */
  flights?: AlitripPolicyProcessFlightDTO[];
  /** 商家配置号 */
  office_no?: string;
  /** 政策状态 */
  status?: Int64;
  /** 错误信息 */
  err_msg?: string;
}

/** `PriceDto` of `alitrip.policy.process`. */
export interface AlitripPolicyProcessPriceDto {
  /** 进位规则 */
  carry_rule?: Int64;
  /** 最低结算价 */
  lowest_price?: Int64;
  /** 票面价算法 */
  cal_fare_method?: Int64;
  /** 按航段调运价 */
  flight_price_values?: AlitripPolicyProcessFlightPriceDto[];
  /** 竞价空间 */
  bid_fee?: Int64;
  /** 竞价方式 */
  bid_method?: Int64;
  /** 代理费率 */
  commission?: Int64;
  /** 留钱 */
  return_price?: Int64;
}

/** `FlightPriceDto` of `alitrip.policy.process`. */
export interface AlitripPolicyProcessFlightPriceDto {
  /** 直减金额 */
  down_fare?: Int64;
  /** 直减比例 */
  down_percent?: Int64;
  /** 验舱 */
  validate_cabin?: Int64;
  /** 指定舱位 */
  fare_cabin?: string;
  /** 行程索引 */
  flight_index?: string;
}

/** `StockDto` of `alitrip.policy.process`. */
export interface AlitripPolicyProcessStockDto {
  /** 退票是否还库存 */
  return_stock?: Int64;
  /** 库存限制 */
  stock_limit?: Int64;
  /** 库存数量 */
  stock_num?: Int64;
}

/** `SaleDto` of `alitrip.policy.process`. */
export interface AlitripPolicyProcessSaleDto {
  /** 销售时间 */
  sale_time?: string;
  /** 提前订座天数 */
  advance_day?: string;
  /** 销售日期 */
  sale_dates?: AlitripPolicyProcessDatePairDto[];
  /** 停留天数 */
  stay_day?: string;
}

/** `DatePairDto` of `alitrip.policy.process`. */
export interface AlitripPolicyProcessDatePairDto {
  /** 开始日期 */
  start?: string;
  /** 结束日期 */
  end?: string;
}

/** `PassengerDto` of `alitrip.policy.process`. */
export interface AlitripPolicyProcessPassengerDto {
  /** 年龄限制 */
  age_limit?: string;
  /** 身份地域限制 */
  documents_limit?: string;
  /** 任务限制 */
  pax_num?: string;
  /** 产品类型 */
  product_code?: Int64;
  /** 证件类型 */
  documents_type?: string[];
}

/** `FlightDTO` of `alitrip.policy.process`. */
export interface AlitripPolicyProcessFlightDTO {
  /** 舱等 */
  cabin_class?: string;
  /** 可售航班日期 */
  allow_travel_dates?: AlitripPolicyProcessDatePairDto[];
  /** 行程索引 */
  flight_index?: Int64;
  /** 不可售航班日期 */
  restrict_travel_dates?: AlitripPolicyProcessDatePairDto[];
  /** 可售航班时间 */
  allow_travel_time?: string;
  /** 班期限制 */
  day_weeks?: string[];
  /** 可售航班号 */
  allow_flight_num?: string;
  /** 舱位 */
  cabin?: string;
  /** 不可售航班号 */
  restrict_flight_num?: string;
}

const REQUEST_SCHEMA = {
  policy_task_query_d_t_o: {
    agent_id: 'Number',
    task_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      policy_process_type: 'Number',
      gmt_modified: 'Date',
      agent_id: 'Number',
      gmt_create: 'Date',
      success_amount: 'Number',
      agent_sub_id: 'Number',
      agent_sub_nick: 'String',
      error_policy_list: [
        {
          gmt_modified: 'Date',
          agent_id: 'Number',
          policy_code: 'String',
          code_share_airline: 'String',
          down: 'Number',
          create_pnr_limit: 'Number',
          code_share: 'Number',
          price: {
            carry_rule: 'Number',
            lowest_price: 'Number',
            cal_fare_method: 'Number',
            flight_price_values: [
              {
                down_fare: 'Number',
                down_percent: 'Number',
                validate_cabin: 'Number',
                fare_cabin: 'String',
                flight_index: 'String',
              },
            ],
            bid_fee: 'Number',
            bid_method: 'Number',
            commission: 'Number',
            return_price: 'Number',
          },
          arr_airport: 'String',
          up: 'Number',
          airline: 'String',
          stock: {
            return_stock: 'Number',
            stock_limit: 'Number',
            stock_num: 'Number',
          },
          account_code: 'String',
          policy_source: 'Number',
          float_unit: 'Number',
          fare_sources: ['String'],
          fare_price: 'Number',
          pata: 'Number',
          gmt_create: 'Date',
          dep_airport: 'String',
          create_pnr: 'Number',
          trip_type: 'Number',
          sale: {
            sale_time: 'String',
            advance_day: 'String',
            sale_dates: [
              {
                start: 'Date',
                end: 'Date',
              },
            ],
            stay_day: 'String',
          },
          fare_basis: 'String',
          passenger: {
            age_limit: 'String',
            documents_limit: 'String',
            pax_num: 'String',
            product_code: 'Number',
            documents_type: ['String'],
          },
          err_code: 'String',
          policy_type: 'Number',
          is_white: 'Number',
          flights: [
            {
              cabin_class: 'String',
              allow_travel_dates: [
                {
                  start: 'Date',
                  end: 'Date',
                },
              ],
              flight_index: 'Number',
              restrict_travel_dates: [
                {
                  start: 'Date',
                  end: 'Date',
                },
              ],
              allow_travel_time: 'String',
              day_weeks: ['String'],
              allow_flight_num: 'String',
              cabin: 'String',
              restrict_flight_num: 'String',
            },
          ],
          office_no: 'String',
          status: 'Number',
          err_msg: 'String',
        },
      ],
      url: 'String',
      total_amount: 'Number',
      policy_type: 'Number',
      fail_amount: 'Number',
      attributes: 'String',
      task_status: 'Number',
      task_id: 'Number',
    },
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.policy.process`: method, response root, request and response schemas. */
export const alitripPolicyProcessOperation = {
  method: 'alitrip.policy.process',
  responseRoot: 'alitrip_policy_process_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 政策进度查询 — calls TOP method `alitrip.policy.process`.
 *
 * 上传特殊类型的单程/往返政策
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripPolicyProcess(
  client: TopClient,
  request: AlitripPolicyProcessRequest = {},
  options?: CallOptions,
): Promise<AlitripPolicyProcessResponse> {
  return client.call<AlitripPolicyProcessResponse>(
    {
      method: 'alitrip.policy.process',
      responseRoot: 'alitrip_policy_process_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
