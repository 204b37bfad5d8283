// Generated from specs/tmallcar/tmall.car.xcar.synchronize.car.line.pics.data.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.car.xcar.synchronize.car.line.pics.data` (爱卡车系图片数据接入). */
export interface TmallCarXcarSynchronizeCarLinePicsDataRequest {
  /** 入参对象 */
  param_x_car_sys_line_pics_d_t_o: TmallCarXcarSynchronizeCarLinePicsDataXCarSysLinePicsDtoInput;
}

/** Response of `tmall.car.xcar.synchronize.car.line.pics.data`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCarXcarSynchronizeCarLinePicsDataResponse {
  /** 返回对象 */
  result?: TmallCarXcarSynchronizeCarLinePicsDataResultVo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `XCarSysLinePicsDto` of `tmall.car.xcar.synchronize.car.line.pics.data`. */
export interface TmallCarXcarSynchronizeCarLinePicsDataXCarSysLinePicsDtoInput {
  /** 品牌属性id */
  brand_pid: Int64Input;
  /** 品牌值id */
  brand_vid: Int64Input;
  /** 具体颜色名称，除整体外观外，其他不区分颜色，此值为空，比如 黑色 */
  color_name?: string;
  /** 具体颜色色值，除整体外观外，其他不区分颜色，所以没有色值 比如 FFFF000FFF */
  color_value?: string;
  /** 车系属性id */
  line_pid: Int64Input;
  /** 车系值id */
  line_vid: Int64Input;
  /** 图片列表List，最多100张,json格式 比如： ["www.baoud.com","www.alibb.com","www.accww.com"] */
  pics: string;
  /** 状态0.无效 1有效 */
  status: Int64Input;
  /** type(整体外观1、细节外观2、控件座椅3、中控区4、其他5) */
  type: Int64Input;
}

/** `ResultVo` of `tmall.car.xcar.synchronize.car.line.pics.data`. */
export interface TmallCarXcarSynchronizeCarLinePicsDataResultVo {
  /** 耗时 */
  cost_time?: Int64;
  /** 执行时间 */
  gmt_current_time?: Int64;
  /** 错误码 */
  msg_code?: string;
  /** 错误信息 */
  msg_info?: string;
  /** 接口正常时，返回对象 */
  object?: boolean;
  /** 接口是否正常 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param_x_car_sys_line_pics_d_t_o: {
    brand_pid: 'Number',
    brand_vid: 'Number',
    color_name: 'String',
    color_value: 'String',
    line_pid: 'Number',
    line_vid: 'Number',
    pics: 'String',
    status: 'Number',
    type: 'Number',
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

/** Static description of `tmall.car.xcar.synchronize.car.line.pics.data`: method, response root, request and response schemas. */
export const tmallCarXcarSynchronizeCarLinePicsDataOperation = {
  method: 'tmall.car.xcar.synchronize.car.line.pics.data',
  responseRoot: 'tmall_car_xcar_synchronize_car_line_pics_data_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 爱卡车系图片数据接入 — calls TOP method `tmall.car.xcar.synchronize.car.line.pics.data`.
 *
 * 爱卡车系图片数据同步天猫汽车
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCarXcarSynchronizeCarLinePicsData(
  client: TopClient,
  request: TmallCarXcarSynchronizeCarLinePicsDataRequest,
  options?: CallOptions,
): Promise<TmallCarXcarSynchronizeCarLinePicsDataResponse> {
  return client.call<TmallCarXcarSynchronizeCarLinePicsDataResponse>(
    {
      method: 'tmall.car.xcar.synchronize.car.line.pics.data',
      responseRoot: 'tmall_car_xcar_synchronize_car_line_pics_data_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
