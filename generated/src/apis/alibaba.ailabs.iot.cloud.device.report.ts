// Generated from specs/tmallgenie/alibaba.ailabs.iot.cloud.device.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.iot.cloud.device.report` (天猫精灵云云接入设备状态、事件上报接口). */
export interface AlibabaAilabsIotCloudDeviceReportRequest {
  /** 上报总入参 */
  cloud_report_param: AlibabaAilabsIotCloudDeviceReportCloudReportParamInput;
}

/** Response of `alibaba.ailabs.iot.cloud.device.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsIotCloudDeviceReportResponse {
  /** 返回值，是否上报成功 */
  ret_value?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CloudReportParam` of `alibaba.ailabs.iot.cloud.device.report`. */
export interface AlibabaAilabsIotCloudDeviceReportCloudReportParamInput {
  /** 设备状态或者事件Map组成的Json字符串 */
  payload: string;
  /** 设备id */
  device_id: string;
  /** 用户accessToken */
  user_access_token?: string;
  /** 天猫精灵授权给厂商的userId */
  open_user_id?: string;
  /** 账号类型（1：token 2：openUserId） */
  account_type: Int64Input;
  /** 技能id */
  skill_id: Int64Input;
  /** 上报时间戳(毫秒) */
  time_stamp: Int64Input;
  /** 消息id，问题定位用 */
  message_id: string;
  /** 协议版本（原有协议版本为1，新版协议为2） */
  payload_version: Int64Input;
  /** 上报类型，1：属性上报 2：在离线上报 3：事件上报 */
  report_type: Int64Input;
  /** 保留业务字段 */
  extension?: string;
}

const REQUEST_SCHEMA = {
  cloud_report_param: {
    payload: 'String',
    device_id: 'String',
    user_access_token: 'String',
    open_user_id: 'String',
    account_type: 'Number',
    skill_id: 'Number',
    time_stamp: 'Number',
    message_id: 'String',
    payload_version: 'Number',
    report_type: 'Number',
    extension: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret_value: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.iot.cloud.device.report`: method, response root, request and response schemas. */
export const alibabaAilabsIotCloudDeviceReportOperation = {
  method: 'alibaba.ailabs.iot.cloud.device.report',
  responseRoot: 'alibaba_ailabs_iot_cloud_device_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫精灵云云接入设备状态、事件上报接口 — calls TOP method `alibaba.ailabs.iot.cloud.device.report`.
 *
 * 承接天猫精灵云云接入设备的状态、事件上报
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsIotCloudDeviceReport(
  client: TopClient,
  request: AlibabaAilabsIotCloudDeviceReportRequest,
  options?: CallOptions,
): Promise<AlibabaAilabsIotCloudDeviceReportResponse> {
  return client.call<AlibabaAilabsIotCloudDeviceReportResponse>(
    {
      method: 'alibaba.ailabs.iot.cloud.device.report',
      responseRoot: 'alibaba_ailabs_iot_cloud_device_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
