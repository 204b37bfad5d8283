// Generated from specs/smartstore/tmall.popupstore.activity.device.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.popupstore.activity.device.query` (根据活动id查询活动相关快闪店及设备信息). */
export interface TmallPopupstoreActivityDeviceQueryRequest {
  /** ISV的活动ID */
  activity_id: Int64Input;
}

/** Response of `tmall.popupstore.activity.device.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallPopupstoreActivityDeviceQueryResponse {
  /** 出参对象 */
  result_dto?: TmallPopupstoreActivityDeviceQueryResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `tmall.popupstore.activity.device.query`. */
export interface TmallPopupstoreActivityDeviceQueryResultDto {
  /** 结果数据条数 */
  total?: Int64;
  /** 返回结果 */
  result?: TmallPopupstoreActivityDeviceQueryResult;
  /** 结果code */
  code?: string;
  /** 错误msg */
  msg?: string;
}

/** `Result` of `tmall.popupstore.activity.device.query`. */
export interface TmallPopupstoreActivityDeviceQueryResult {
  /** 参与活动的品牌名，逗号分割 */
  seller_names?: string;
  /** 活动结束时间 */
  activity_end_time?: string;
  /** 活动状态 */
  activity_status?: Int64;
  /** 活动名称 */
  activity_name?: string;
  /** 活动开始时间 */
  activity_start_time?: string;
  /** 门店列表 */
  store_list?: TmallPopupstoreActivityDeviceQueryStorelist[];
}

/** `Storelist` of `tmall.popupstore.activity.device.query`. */
export interface TmallPopupstoreActivityDeviceQueryStorelist {
  /** 需要的设备code列表 */
  need_device_code_list?: TmallPopupstoreActivityDeviceQueryNeeddevicecodelist[];
  /** 商场介绍 */
  mall_introduce?: string;
  /** 商场所在省份 */
  mall_province?: string;
  /** 门店名称 */
  store_name?: string;
  /** 门店地址 */
  store_address?: string;
  /** 商场地址 */
  mall_address?: string;
  /** 商场所在区 */
  mall_area?: string;
  /** 门店id */
  store_id?: Int64;
  /** 商场所在城市 */
  mall_city?: string;
  /** isv appKey */
  app_key?: string;
  /** 商场名称 */
  mall_name?: string;
  /** 已有的设备code列表 */
  has_device_code_list?: TmallPopupstoreActivityDeviceQueryHasdevicecodelist[];
}

/** `Needdevicecodelist` of `tmall.popupstore.activity.device.query`. */
export interface TmallPopupstoreActivityDeviceQueryNeeddevicecodelist {
  /** 设备名称 */
  device_name?: string;
  /** 设备类型 */
  device_type?: string;
}

/** `Hasdevicecodelist` of `tmall.popupstore.activity.device.query`. */
export interface TmallPopupstoreActivityDeviceQueryHasdevicecodelist {
  /** 设备名称 */
  device_name?: string;
  /** 设备类型 */
  device_type?: string;
  /** 设备code */
  device_code?: string;
}

const REQUEST_SCHEMA = {
  activity_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_dto: {
    total: 'Number',
    result: {
      seller_names: 'String',
      activity_end_time: 'String',
      activity_status: 'Number',
      activity_name: 'String',
      activity_start_time: 'String',
      store_list: [
        {
          need_device_code_list: [
            {
              device_name: 'String',
              device_type: 'String',
            },
          ],
          mall_introduce: 'String',
          mall_province: 'String',
          store_name: 'String',
          store_address: 'String',
          mall_address: 'String',
          mall_area: 'String',
          store_id: 'Number',
          mall_city: 'String',
          app_key: 'String',
          mall_name: 'String',
          has_device_code_list: [
            {
              device_name: 'String',
              device_type: 'String',
              device_code: 'String',
            },
          ],
        },
      ],
    },
    code: 'String',
    msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.popupstore.activity.device.query`: method, response root, request and response schemas. */
export const tmallPopupstoreActivityDeviceQueryOperation = {
  method: 'tmall.popupstore.activity.device.query',
  responseRoot: 'tmall_popupstore_activity_device_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据活动id查询活动相关快闪店及设备信息 — calls TOP method `tmall.popupstore.activity.device.query`.
 *
 * 查询某一活动的deviceCode的部署情况
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallPopupstoreActivityDeviceQuery(
  client: TopClient,
  request: TmallPopupstoreActivityDeviceQueryRequest,
  options?: CallOptions,
): Promise<TmallPopupstoreActivityDeviceQueryResponse> {
  return client.call<TmallPopupstoreActivityDeviceQueryResponse>(
    {
      method: 'tmall.popupstore.activity.device.query',
      responseRoot: 'tmall_popupstore_activity_device_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
