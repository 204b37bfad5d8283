// Generated from specs/bus/taobao.bus.numbers.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.bus.numbers.update` (汽车票车次更新服务). */
export interface TaobaoBusNumbersUpdateRequest {
  /** 请求参数 */
  param_top_bus_number_update_r_q: TaobaoBusNumbersUpdateTopBusNumberUpdateRqInput;
}

/** Response of `taobao.bus.numbers.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBusNumbersUpdateResponse {
  /** 错误码 */
  result_code?: string;
  /** 错误描述 */
  result_msg?: string;
  /** 成功数量 */
  succ_count?: Int64;
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopBusNumberUpdateRq` of `taobao.bus.numbers.update`. */
export interface TaobaoBusNumbersUpdateTopBusNumberUpdateRqInput {
  /** 车次列表 */
  numbers: TaobaoBusNumbersUpdateBusNumberDtoInput[];
}

/** `BusNumberDto` of `taobao.bus.numbers.update`. */
export interface TaobaoBusNumbersUpdateBusNumberDtoInput {
  /** 始发城市ID */
  agent_from_city_id: string;
  /** 始发车站ID */
  agent_from_station_id: string;
  /** 到达时间（格式：yyyy-MM-dd HH:mm） */
  arrive_time?: string;
  /** 其他非格式化属性合并成一个json格式字符串，对接时明确约定 */
  attribute?: string;
  /** 业务类型（0:普通汽车票；1:机场巴士；2:景区巴士，默认为0） */
  biz_type: Int64Input;
  /** 发车前多少分钟停止售票(单位：分钟) */
  book_limit_time?: Int64Input;
  /** 客车车次 */
  bus_number: string;
  /** 客车车型 */
  bus_type?: string;
  /** 出发时间（格式：yyyy-MM-dd HH:mm） */
  depart_time: string;
  /** 目的地名称 */
  destination_name: string;
  /** 里程(单位：km) */
  distance?: Int64Input;
  /** 是否加班车（1是，0否） */
  extra_schedule: Int64Input;
  /** 始发城市名 */
  from_city_name: string;
  /** 始发车站名 */
  from_station_name: string;
  /** 全票价,单位分 */
  full_price: Int64Input;
  /** 半票价，单位分 */
  half_price?: Int64Input;
  /** 是否可退票（1是，0否） */
  is_refund: Int64Input;
  /** 最晚发车时间（格式：HH:mm） */
  last_schedule?: string;
  /** 余票数 */
  remain_seats: Int64Input;
  /** 运行时长(单位：分钟) */
  run_time?: Int64Input;
  /** 车次ID，需保持唯一 */
  schedule_id: string;
  /** 服务费，单位分 */
  service_price?: Int64Input;
  /** 班次类型（0固定班，1流水班） */
  shift_type: Int64Input;
  /** 车次状态（1可售；0停售） */
  status: Int64Input;
  /** 检票口 */
  ticket_wicket?: string;
  /** 目的地城市 */
  to_city_name?: string;
  /** 目的地省份 */
  to_province_name?: string;
  /** 目的地所属车站 */
  to_station_name?: string;
  /** 总座位数 */
  total_seats?: Int64Input;
  /** 途经站 */
  via_station?: string;
}

const REQUEST_SCHEMA = {
  param_top_bus_number_update_r_q: {
    numbers: [
      {
        agent_from_city_id: 'String',
        agent_from_station_id: 'String',
        arrive_time: 'String',
        attribute: 'String',
        biz_type: 'Number',
        book_limit_time: 'Number',
        bus_number: 'String',
        bus_type: 'String',
        depart_time: 'String',
        destination_name: 'String',
        distance: 'Number',
        extra_schedule: 'Number',
        from_city_name: 'String',
        from_station_name: 'String',
        full_price: 'Number',
        half_price: 'Number',
        is_refund: 'Number',
        last_schedule: 'String',
        remain_seats: 'Number',
        run_time: 'Number',
        schedule_id: 'String',
        service_price: 'Number',
        shift_type: 'Number',
        status: 'Number',
        ticket_wicket: 'String',
        to_city_name: 'String',
        to_province_name: 'String',
        to_station_name: 'String',
        total_seats: 'Number',
        via_station: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'String',
  result_msg: 'String',
  succ_count: 'Number',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.bus.numbers.update`: method, response root, request and response schemas. */
export const taobaoBusNumbersUpdateOperation = {
  method: 'taobao.bus.numbers.update',
  responseRoot: 'bus_numbers_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 汽车票车次更新服务 — calls TOP method `taobao.bus.numbers.update`.
 *
 * 用于汽车票车次信息的新增、更新和逻辑删除
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBusNumbersUpdate(
  client: TopClient,
  request: TaobaoBusNumbersUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoBusNumbersUpdateResponse> {
  return client.call<TaobaoBusNumbersUpdateResponse>(
    {
      method: 'taobao.bus.numbers.update',
      responseRoot: 'bus_numbers_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
