// Generated from specs/tmallcar/tmall.car.xcar.synchronize.car.model.data.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.car.xcar.synchronize.car.model.data` (爱车车型数据同步). */
export interface TmallCarXcarSynchronizeCarModelDataRequest {
  /** 传入对象描述 */
  param_x_car_sys_model_d_t_o: TmallCarXcarSynchronizeCarModelDataXCarSysModelDtoInput;
}

/** Response of `tmall.car.xcar.synchronize.car.model.data`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCarXcarSynchronizeCarModelDataResponse {
  /** 返回对象描述 */
  result?: TmallCarXcarSynchronizeCarModelDataResultVo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `XCarSysModelDto` of `tmall.car.xcar.synchronize.car.model.data`. */
export interface TmallCarXcarSynchronizeCarModelDataXCarSysModelDtoInput {
  /** 品牌pid */
  brand_pid: Int64Input;
  /** 品牌vid */
  brand_vid: Int64Input;
  /** 车型最高降幅 */
  car_model_maximum_decline?: string;
  /** 燃油费用 */
  fuel_cost?: string;
  /** 保险费用 */
  insurance_free?: string;
  /** 养车费用 */
  keep_car_free?: string;
  /** 车系属性id */
  line_pid: Int64Input;
  /** 车系值id */
  line_vid: Int64Input;
  /** 本地参考价 */
  local_ref_price_range?: string;
  /** 保养费用 */
  maintain_cost?: string;
  /** 厂商指导价 */
  manu_gui_price?: string;
  /** 媒体库，超大json */
  media_config?: string;
  /** 型号属性id */
  model_pid: Int64Input;
  /** 型号值id */
  model_vid: Int64Input;
  /** 1.新车上市 0.非新车上市 */
  new_car_model?: Int64Input;
  /** 状态0.无效 1有效 */
  status: Int64Input;
  /** 年款属性id */
  year_pid: Int64Input;
  /** 年款值id */
  year_vid: Int64Input;
}

/** `ResultVo` of `tmall.car.xcar.synchronize.car.model.data`. */
export interface TmallCarXcarSynchronizeCarModelDataResultVo {
  /** 耗时 */
  cost_time?: Int64;
  /** 调用时间 */
  gmt_current_time?: Int64;
  /** 错误码 */
  msg_code?: string;
  /** 错误信息 */
  msg_info?: string;
  /** 接口处理结果 */
  object?: boolean;
  /** 接口是否正常 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param_x_car_sys_model_d_t_o: {
    brand_pid: 'Number',
    brand_vid: 'Number',
    car_model_maximum_decline: 'String',
    fuel_cost: 'String',
    insurance_free: 'String',
    keep_car_free: 'String',
    line_pid: 'Number',
    line_vid: 'Number',
    local_ref_price_range: 'String',
    maintain_cost: 'String',
    manu_gui_price: 'String',
    media_config: 'String',
    model_pid: 'Number',
    model_vid: 'Number',
    new_car_model: 'Number',
    status: 'Number',
    year_pid: 'Number',
    year_vid: 'Number',
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

/** Static description of `tmall.car.xcar.synchronize.car.model.data`: method, response root, request and response schemas. */
export const tmallCarXcarSynchronizeCarModelDataOperation = {
  method: 'tmall.car.xcar.synchronize.car.model.data',
  responseRoot: 'tmall_car_xcar_synchronize_car_model_data_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 爱车车型数据同步 — calls TOP method `tmall.car.xcar.synchronize.car.model.data`.
 *
 * 爱车汽车车型数据同步到天猫
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCarXcarSynchronizeCarModelData(
  client: TopClient,
  request: TmallCarXcarSynchronizeCarModelDataRequest,
  options?: CallOptions,
): Promise<TmallCarXcarSynchronizeCarModelDataResponse> {
  return client.call<TmallCarXcarSynchronizeCarModelDataResponse>(
    {
      method: 'tmall.car.xcar.synchronize.car.model.data',
      responseRoot: 'tmall_car_xcar_synchronize_car_model_data_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
