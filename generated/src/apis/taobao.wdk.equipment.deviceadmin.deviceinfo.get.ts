// Generated from specs/wdk/taobao.wdk.equipment.deviceadmin.deviceinfo.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wdk.equipment.deviceadmin.deviceinfo.get` (获取五道口设备管理信息). */
export interface TaobaoWdkEquipmentDeviceadminDeviceinfoGetRequest {
  /** 仓编码 */
  warehouse_code: string;
  /** 设备类型 */
  device_type: Int64Input;
}

/** Response of `taobao.wdk.equipment.deviceadmin.deviceinfo.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWdkEquipmentDeviceadminDeviceinfoGetResponse {
  /** 返回值 */
  result?: TaobaoWdkEquipmentDeviceadminDeviceinfoGetHmResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HmResult` of `taobao.wdk.equipment.deviceadmin.deviceinfo.get`. */
export interface TaobaoWdkEquipmentDeviceadminDeviceinfoGetHmResult {
  /** 设备列表 */
  models?: TaobaoWdkEquipmentDeviceadminDeviceinfoGetDeviceInfoDto[];
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `DeviceInfoDto` of `taobao.wdk.equipment.deviceadmin.deviceinfo.get`. */
export interface TaobaoWdkEquipmentDeviceadminDeviceinfoGetDeviceInfoDto {
  /** 设备id */
  device_id?: string;
  /** 设备名称 */
  display_name?: string;
  /** 开发商名称 */
  vendor_name?: string;
  /** 设备类型 */
  device_type?: Int64;
  /** 是否车载设备 */
  is_on_vehicle?: Int64;
  /** 仓编码 */
  warehouse_code?: string;
  /** 车牌号码 */
  plate_number?: string;
  /** 业务代码 */
  business_code?: Int64;
  /** 安装位置 */
  area_code?: Int64;
  /** 设备分组id */
  group_id?: Int64;
  /** 分组中设备索引号 */
  group_device_index?: Int64;
}

const REQUEST_SCHEMA = {
  warehouse_code: 'String',
  device_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    models: [
      {
        device_id: 'String',
        display_name: 'String',
        vendor_name: 'String',
        device_type: 'Number',
        is_on_vehicle: 'Number',
        warehouse_code: 'String',
        plate_number: 'String',
        business_code: 'Number',
        area_code: 'Number',
        group_id: 'Number',
        group_device_index: 'Number',
      },
    ],
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.wdk.equipment.deviceadmin.deviceinfo.get`: method, response root, request and response schemas. */
export const taobaoWdkEquipmentDeviceadminDeviceinfoGetOperation = {
  method: 'taobao.wdk.equipment.deviceadmin.deviceinfo.get',
  responseRoot: 'wdk_equipment_deviceadmin_deviceinfo_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取五道口设备管理信息 — calls TOP method `taobao.wdk.equipment.deviceadmin.deviceinfo.get`.
 *
 * 通过仓编码获取五道口设备管理信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWdkEquipmentDeviceadminDeviceinfoGet(
  client: TopClient,
  request: TaobaoWdkEquipmentDeviceadminDeviceinfoGetRequest,
  options?: CallOptions,
): Promise<TaobaoWdkEquipmentDeviceadminDeviceinfoGetResponse> {
  return client.call<TaobaoWdkEquipmentDeviceadminDeviceinfoGetResponse>(
    {
      method: 'taobao.wdk.equipment.deviceadmin.deviceinfo.get',
      responseRoot: 'wdk_equipment_deviceadmin_deviceinfo_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
