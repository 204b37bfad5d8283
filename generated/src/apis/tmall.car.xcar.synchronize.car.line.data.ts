// Generated from specs/tmallcar/tmall.car.xcar.synchronize.car.line.data.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.car.xcar.synchronize.car.line.data` (我的爱卡车型配置数据). */
export interface TmallCarXcarSynchronizeCarLineDataRequest {
  /** 入参对象 */
  param_x_car_sys_line_d_t_o: TmallCarXcarSynchronizeCarLineDataXCarSysLineDtoInput;
}

/** Response of `tmall.car.xcar.synchronize.car.line.data`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCarXcarSynchronizeCarLineDataResponse {
  /** 返回对象总体信息 */
  result?: TmallCarXcarSynchronizeCarLineDataResultVo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `XCarSysLineDto` of `tmall.car.xcar.synchronize.car.line.data`. */
export interface TmallCarXcarSynchronizeCarLineDataXCarSysLineDtoInput {
  /** 品牌属性id */
  brand_pid: Int64Input;
  /** 品牌值id */
  brand_vid: Int64Input;
  /** 最高降幅 */
  car_line_max_decline?: string;
  /** 车系属性id */
  line_pid: Int64Input;
  /** 车系保养排名 */
  line_rank: string;
  /** 车系值id */
  line_vid: Int64Input;
  /** 本地参考价范围 */
  local_ref_price_range?: string;
  /** 厂商指导价范围 */
  manu_gui_price_range?: string;
  /** 车系封面图 */
  pic?: string;
  /** 状态0.无效 1有效 */
  status: Int64Input;
  /** 年均养护 */
  year_curing?: string;
}

/** `ResultVo` of `tmall.car.xcar.synchronize.car.line.data`. */
export interface TmallCarXcarSynchronizeCarLineDataResultVo {
  /** 耗时 */
  cost_time?: Int64;
  /** 接口请求时间 */
  gmt_current_time?: Int64;
  /** 错误码 */
  msg_code?: string;
  /** 错误信息描述 */
  msg_info?: string;
  /** 接口正常时返回的数据 */
  object?: boolean;
  /** 接口是否正常 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param_x_car_sys_line_d_t_o: {
    brand_pid: 'Number',
    brand_vid: 'Number',
    car_line_max_decline: 'String',
    line_pid: 'Number',
    line_rank: 'String',
    line_vid: 'Number',
    local_ref_price_range: 'String',
    manu_gui_price_range: 'String',
    pic: 'String',
    status: 'Number',
    year_curing: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    cost_time: 'Number',
    gmt_current_time: 'Number',
    msg_code: 'String',
    msg_info: 'String',
    object: 'Boolean',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.car.xcar.synchronize.car.line.data`: method, response root, request and response schemas. */
export const tmallCarXcarSynchronizeCarLineDataOperation = {
  method: 'tmall.car.xcar.synchronize.car.line.data',
  responseRoot: 'tmall_car_xcar_synchronize_car_line_data_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 我的爱卡车型配置数据 — calls TOP method `tmall.car.xcar.synchronize.car.line.data`.
 *
 * 同步我的爱卡车系配置数据到天猫汽车
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCarXcarSynchronizeCarLineData(
  client: TopClient,
  request: TmallCarXcarSynchronizeCarLineDataRequest,
  options?: CallOptions,
): Promise<TmallCarXcarSynchronizeCarLineDataResponse> {
  return client.call<TmallCarXcarSynchronizeCarLineDataResponse>(
    {
      method: 'tmall.car.xcar.synchronize.car.line.data',
      responseRoot: 'tmall_car_xcar_synchronize_car_line_data_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
