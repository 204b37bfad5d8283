// Generated from specs/aliyun/push.aliyuncs.com.pushMsg.2015-03-18.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `push.aliyuncs.com.pushMsg.2015-03-18` (消息推送). */
export interface PushAliyuncsComPushMsg20150318Request {
  /** 用户账号列表,以换行区分,仅sendType为3时有效 */
  Account?: string;
  /** 防打扰时长,取值范围为1~23 */
  AntiHarassDuration?: Int64Input;
  /** 防打扰开始时间点,取值范围为0~23 */
  AntiHarassStartTime?: Int64Input;
  /** 应用标识 */
  AppId: Int64Input;
  /** 批次编号,用于统计活动推送效果 */
  BatchNumber?: string;
  /** 消息体,UTF-8编码 */
  Body: string;
  /** 设备编号列表,以换行区分,仅sendType为4时有效 */
  DeviceId?: string;
  /** 设备类型,取值范围为:0~3云推送支持多种设备, 各种设备类型编号如下:IOS设备:deviceType&1=1; Andriod设备:deviceType&2=2;如果存在此字段,则 向指定的设备类型推送消息。默认为全部(3); */
  DeviceType: Int64Input;
  /** 推送时间,若空表示立即推送,推送时间不能早于当前 时间 */
  PushTime?: DateInput;
  /** 推送类型,取值范围:1~4; 1:所有人,无需指定tag、 deviceType等2:一群人,必须指定tag3:指定用户,根 据用户账号列表文件发送消息4:指定设备,根据设备编 码列表文件发送消息默认值为1 */
  SendType: Int64Input;
  /** 标签名称,仅支持1个标签,仅sendType为2时有效 */
  Tag?: string;
  /** 离线消息保存时长,取值范围为1~72,若不填,则表 示不保存离线消息 */
  Timeout?: Int64Input;
  /** 标题 */
  Title: string;
}

/** Response of `push.aliyuncs.com.pushMsg.2015-03-18`: TOP returns only requested, non-null fields, so all are optional. */
export interface PushAliyuncsComPushMsg20150318Response {
  /** 是否成功 */
  success?: boolean;
  /** 该字段的值由服务端生成,返回给用户方便问题追查与定位。 */
  requestId?: Int64;
  /** 消息ID */
  responseParams?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  Account: 'String',
  AntiHarassDuration: 'Number',
  AntiHarassStartTime: 'Number',
  AppId: 'Number',
  BatchNumber: 'String',
  Body: 'String',
  DeviceId: 'String',
  DeviceType: 'Number',
  PushTime: 'Date',
  SendType: 'Number',
  Tag: 'String',
  Timeout: 'Number',
  Title: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  success: 'Boolean',
  requestId: 'Number',
  responseParams: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `push.aliyuncs.com.pushMsg.2015-03-18`: method, response root, request and response schemas. */
export const pushAliyuncsComPushMsg20150318Operation = {
  method: 'push.aliyuncs.com.pushMsg.2015-03-18',
  responseRoot: 'push_aliyuncs_com_pushMsg_2015-03-18_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 消息推送 — calls TOP method `push.aliyuncs.com.pushMsg.2015-03-18`.
 *
 * 消息推送 ,支持指定用户/账号/广播等模式
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function pushAliyuncsComPushMsg20150318(
  client: TopClient,
  request: PushAliyuncsComPushMsg20150318Request,
  options?: CallOptions,
): Promise<PushAliyuncsComPushMsg20150318Response> {
  return client.call<PushAliyuncsComPushMsg20150318Response>(
    {
      method: 'push.aliyuncs.com.pushMsg.2015-03-18',
      responseRoot: 'push_aliyuncs_com_pushMsg_2015-03-18_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
