// Generated from specs/util/wdk.rexout.device.info.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `wdk.rexout.device.info.get` (获取设备详情-外部对接). */
export interface WdkRexoutDeviceInfoGetRequest {
  /** ak */
  access_key: string;
  /** 签名 */
  access_sign: string;
  /** 设备ID */
  uuid: string;
}

/** Response of `wdk.rexout.device.info.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface WdkRexoutDeviceInfoGetResponse {
  /** 设备详情 */
  data?: WdkRexoutDeviceInfoGetAiotTopOpenDeviceDto;
  /** 结果是否成功 */
  succeed?: boolean;
  /** 错误信息 */
  msg_info?: string;
  /** 错误码 */
  msg_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AiotTopOpenDeviceDto` of `wdk.rexout.device.info.get`. */
export interface WdkRexoutDeviceInfoGetAiotTopOpenDeviceDto {
  /** 组织架构 */
  organization?: WdkRexoutDeviceInfoGetAiotOpenDeviceOrganizationDTO;
  /** 基础信息 */
  base?: WdkRexoutDeviceInfoGetAiotOpenDeviceBaseDTO;
  /** 设备唯一标识 */
  uuid?: string;
  /** 租户号 */
  tenant_id?: Int64;
  /** 业务自定义参数 */
  extend_str?: string;
}

/** `AiotOpenDeviceOrganizationDTO` of `wdk.rexout.device.info.get`. */
export interface WdkRexoutDeviceInfoGetAiotOpenDeviceOrganizationDTO {
  /** 1级组织架构code */
  l1_code?: string;
  /** 1级组织架构名 */
  l1_name?: string;
  /** 2级组织架构code */
  l2_code?: string;
  /** 2级组织架构名 */
  l2_name?: string;
  /** 3级组织架构code */
  l3_code?: string;
  /** 3级组织架构名 */
  l3_name?: string;
  /** 4级组织架构code */
  l4_code?: string;
  /** 4级组织架构名 */
  l4_name?: string;
  /** 5级组织架构code */
  l5_code?: string;
  /** 5级组织架构名 */
  l5_name?: string;
}

/** `AiotOpenDeviceBaseDTO` of `wdk.rexout.device.info.get`. */
export interface WdkRexoutDeviceInfoGetAiotOpenDeviceBaseDTO {
  /** 设备业务标识 */
  utdid?: string;
  /** 设备名 */
  device_name?: string;
  /** 平台类型 */
  platform?: Int64;
  /** 厂商 */
  manufacturer?: string;
  /** 品牌 */
  brand_code?: string;
  /** 硬件型号 */
  hard_code?: string;
  /** 设备类型 */
  device_type?: string;
  /** 设备SN */
  device_sn?: string;
  /** 状态 */
  status?: Int64;
}

const REQUEST_SCHEMA = {
  access_key: 'String',
  access_sign: 'String',
  uuid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    organization: {
      l1_code: 'String',
      l1_name: 'String',
      l2_code: 'String',
      l2_name: 'String',
      l3_code: 'String',
      l3_name: 'String',
      l4_code: 'String',
      l4_name: 'String',
      l5_code: 'String',
      l5_name: 'String',
    },
    base: {
      utdid: 'String',
      device_name: 'String',
      platform: 'Number',
      manufacturer: 'String',
      brand_code: 'String',
      hard_code: 'String',
      device_type: 'String',
      device_sn: 'String',
      status: 'Number',
    },
    uuid: 'String',
    tenant_id: 'Number',
    extend_str: 'String',
  },
  succeed: 'Boolean',
  msg_info: 'String',
  msg_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `wdk.rexout.device.info.get`: method, response root, request and response schemas. */
export const wdkRexoutDeviceInfoGetOperation = {
  method: 'wdk.rexout.device.info.get',
  responseRoot: 'wdk_rexout_device_info_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取设备详情-外部对接 — calls TOP method `wdk.rexout.device.info.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function wdkRexoutDeviceInfoGet(
  client: TopClient,
  request: WdkRexoutDeviceInfoGetRequest,
  options?: CallOptions,
): Promise<WdkRexoutDeviceInfoGetResponse> {
  return client.call<WdkRexoutDeviceInfoGetResponse>(
    {
      method: 'wdk.rexout.device.info.get',
      responseRoot: 'wdk_rexout_device_info_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
