// Generated from specs/nrt/alibaba.retail.device.vending.register.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.retail.device.vending.register` (贩卖机设备注册). */
export interface AlibabaRetailDeviceVendingRegisterRequest {
  /** 设备名称 */
  device_name: string;
  /** 设备地址 */
  address: string;
  /** 对接过阿里atm传入 */
  device_sn?: string;
  /** 业务编码，联系对接人申请 */
  biz_code: string;
  /** 外部设备编号 */
  device_uuid: string;
  /** 设备类型 */
  device_model: string;
  /** COMMUNITY：小区,SCHOOL：学校,OFFICE：写字楼,SHOPPING_MALL：商场,AIRPORT：机场,SUBWAY：地铁,HOSPITAL：医院,PLAYGROUNDS：游乐场所,FACTORY：工厂,VIEWPOINT：旅游景点,OTHERS：其他 */
  scene?: string;
  /** 场地名称，根据场地类型来，如：学校名称，商场名称。如果不传系统会根据address传入计算，为确保准确性请传入并确保address完整 */
  site_name?: string;
  /** 楼栋信息。如果不传系统会根据address传入计算，为确保准确性请传入并确保address完整 */
  floor?: string;
  /** 层。如果不传系统会根据address传入计算，为确保准确性请传入并确保address完整 */
  layer?: string;
  /** 室内地址描述。如果不传系统会根据address传入计算，为确保准确性请传入并确保address完整 */
  location?: string;
}

/** Response of `alibaba.retail.device.vending.register`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaRetailDeviceVendingRegisterResponse {
  /** 返回结果 */
  result?: AlibabaRetailDeviceVendingRegisterResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDo` of `alibaba.retail.device.vending.register`. */
export interface AlibabaRetailDeviceVendingRegisterResultDo {
  /** 是否成功 */
  succ?: boolean;
  /** 数据 */
  data?: AlibabaRetailDeviceVendingRegisterDeviceDto;
  /** 错误码 */
  code?: string;
  /** 测试 */
  msg?: string;
}

/** `DeviceDto` of `alibaba.retail.device.vending.register`. */
export interface AlibabaRetailDeviceVendingRegisterDeviceDto {
  /** 设备编码 */
  device_code?: string;
  /** 设备外部编码 */
  device_uuid?: string;
  /** 设备物理编码 */
  device_sn?: string;
  /** 设备状态0离线，1 在线 2 待激活 */
  device_status?: string;
  /** 设备名称 */
  device_name?: string;
  /** 设备地址 */
  device_address?: string;
  /** 设备类型 */
  device_type_name?: string;
  /** 经度 */
  longtitude?: string;
  /** 纬度 */
  latitude?: string;
  /** 激活码 */
  activation?: string;
}

const REQUEST_SCHEMA = {
  device_name: 'String',
  address: 'String',
  device_sn: 'String',
  biz_code: 'String',
  device_uuid: 'String',
  device_model: 'String',
  scene: 'String',
  site_name: 'String',
  floor: 'String',
  layer: 'String',
  location: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    succ: 'Boolean',
    data: {
      device_code: 'String',
      device_uuid: 'String',
      device_sn: 'String',
      device_status: 'String',
      device_name: 'String',
      device_address: 'String',
      device_type_name: 'String',
      longtitude: 'String',
      latitude: 'String',
      activation: 'String',
    },
    code: 'String',
    msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.retail.device.vending.register`: method, response root, request and response schemas. */
export const alibabaRetailDeviceVendingRegisterOperation = {
  method: 'alibaba.retail.device.vending.register',
  responseRoot: 'alibaba_retail_device_vending_register_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 贩卖机设备注册 — calls TOP method `alibaba.retail.device.vending.register`.
 *
 * 贩卖机注册
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaRetailDeviceVendingRegister(
  client: TopClient,
  request: AlibabaRetailDeviceVendingRegisterRequest,
  options?: CallOptions,
): Promise<AlibabaRetailDeviceVendingRegisterResponse> {
  return client.call<AlibabaRetailDeviceVendingRegisterResponse>(
    {
      method: 'alibaba.retail.device.vending.register',
      responseRoot: 'alibaba_retail_device_vending_register_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
