// Generated from specs/cmns/yunos.service.cmns.coa.device.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.service.cmns.coa.device.get` (设备详情查询). */
export interface YunosServiceCmnsCoaDeviceGetRequest {
  /** 设备id类型,可以是uuid,imei,deviceToken,kp */
  type?: string;
  /** 设备id */
  value?: string;
}

/** Response of `yunos.service.cmns.coa.device.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosServiceCmnsCoaDeviceGetResponse {
  /** 设备详情 */
  device_list?: YunosServiceCmnsCoaDeviceGetDeviceResult[];
  /** 接口查询出错提示信息 */
  message?: string;
  /** 200表示查询成功 */
  status?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeviceResult` of `yunos.service.cmns.coa.device.get`. */
export interface YunosServiceCmnsCoaDeviceGetDeviceResult {
  /** 是否接收消息 */
  accept_message?: Int64;
  /** 激活时间 */
  active_time?: string;
  /** 基带 */
  base_type?: string;
  /** BSP */
  bsp_type?: string;
  /** 设备类型：1手机 2TV */
  device_type?: Int64;
  /** 有线网卡mac */
  eth_mac?: string;
  /** did */
  id?: Int64;
  /** imei */
  imei?: string;
  /** imsi1 */
  imsi1?: string;
  /** imsi2 */
  imsi2?: string;
  /** isVendorRom */
  is_vendor_rom?: string;
  /** kp */
  kp?: string;
  /** 最近登录时间 */
  login_time?: Int64;
  /** 网络类型 */
  networking?: string;
  /** 是否在线,1为在线，0为离线 */
  online?: Int64;
  /** phoneType */
  phone_type?: string;
  /** 系统版本 */
  rom?: string;
  /** romTuiguang */
  rom_tuiguang?: string;
  /** romVendor */
  rom_vendor?: string;
  /** 设备机型 */
  terminal?: string;
  /** 轻量升级版本 */
  update_version?: string;
  /** uuid */
  uuid?: string;
  /** 无线mac */
  wlan_mac?: string;
}

const REQUEST_SCHEMA = {
  type: 'String',
  value: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  device_list: [
    {
      accept_message: 'Number',
      active_time: 'Date',
      base_type: 'String',
      bsp_type: 'String',
      device_type: 'Number',
      eth_mac: 'String',
      id: 'Number',
      imei: 'String',
      imsi1: 'String',
      imsi2: 'String',
      is_vendor_rom: 'String',
      kp: 'String',
      login_time: 'Number',
      networking: 'String',
      online: 'Number',
      phone_type: 'String',
      rom: 'String',
      rom_tuiguang: 'String',
      rom_vendor: 'String',
      terminal: 'String',
      update_version: 'String',
      uuid: 'String',
      wlan_mac: 'String',
    },
  ],
  message: 'String',
  status: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `yunos.service.cmns.coa.device.get`: method, response root, request and response schemas. */
export const yunosServiceCmnsCoaDeviceGetOperation = {
  method: 'yunos.service.cmns.coa.device.get',
  responseRoot: 'yunos_service_cmns_coa_device_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 设备详情查询 — calls TOP method `yunos.service.cmns.coa.device.get`.
 *
 * 第三方应用开发者调用此接口查询设备详情
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosServiceCmnsCoaDeviceGet(
  client: TopClient,
  request: YunosServiceCmnsCoaDeviceGetRequest = {},
  options?: CallOptions,
): Promise<YunosServiceCmnsCoaDeviceGetResponse> {
  return client.call<YunosServiceCmnsCoaDeviceGetResponse>(
    {
      method: 'yunos.service.cmns.coa.device.get',
      responseRoot: 'yunos_service_cmns_coa_device_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
