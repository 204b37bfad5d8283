// Generated from specs/cmns/yunos.service.cmns.coa.message.push.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.service.cmns.coa.message.push` (消息推送接口). */
export interface YunosServiceCmnsCoaMessagePushRequest {
  /** 消息推送请求对象 */
  push_request: YunosServiceCmnsCoaMessagePushPushRequestInput;
}

/** Response of `yunos.service.cmns.coa.message.push`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosServiceCmnsCoaMessagePushResponse {
  /** 消息ID，失败则为null */
  mid?: Int64;
  /** 消息发送提示 */
  message?: string;
  /** 200:消息发送成功 */
  status?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PushRequest` of `yunos.service.cmns.coa.message.push`. */
export interface YunosServiceCmnsCoaMessagePushPushRequestInput {
  /** 设备类型，1：android or yunos，2：ios,当deviceType不指定时，服务器端对msg json字段按照android格式解析 */
  device_type?: Int64Input;
  /** 消息过期时间,相对时间(即多少秒后过期,最多7天),单位S,不填默认1小时过期 */
  expiration?: Int64Input;
  /** 仅IOS应用推送时使用，0代表生成环境，1代表沙箱环境，默认值为0 */
  ios_environment?: Int64Input;
  /** 消息内容, 为json字符串,格式详见http://open.yunos.com/doc/detail?spm=a2c01.7698725.0002.40.ZNPFOJ&documentId=102975 */
  msg: string;
  /** 消息发送对象 */
  receiver: YunosServiceCmnsCoaMessagePushReceiverInput;
  /** 消息类型，当前type只能取1，即只能发送给应用透传消息 */
  type: Int64Input;
  /** 消息发送优先级，范围为1-5，数字越高，优先级越大，不设置默认优先级为2 */
  priority?: Int64Input;
  /** 业务应用appKey,top调用不需要传此参数 */
  biz_app_key?: string;
  /** 去重码，为应用自己维护的消息唯一标记 */
  collapse_key?: string;
}

/** `Receiver` of `yunos.service.cmns.coa.message.push`. */
export interface YunosServiceCmnsCoaMessagePushReceiverInput {
  /** deviceToken值，最多1000个 */
  data: string[];
  /** 只能填写deviceToken */
  type: string;
}

const REQUEST_SCHEMA = {
  push_request: {
    device_type: 'Number',
    expiration: 'Number',
    ios_environment: 'Number',
    msg: 'String',
    receiver: {
      data: ['String'],
      type: 'String',
    },
    type: 'Number',
    priority: 'Number',
    biz_app_key: 'String',
    collapse_key: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  mid: 'Number',
  message: 'String',
  status: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `yunos.service.cmns.coa.message.push`: method, response root, request and response schemas. */
export const yunosServiceCmnsCoaMessagePushOperation = {
  method: 'yunos.service.cmns.coa.message.push',
  responseRoot: 'yunos_service_cmns_coa_message_push_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 消息推送接口 — calls TOP method `yunos.service.cmns.coa.message.push`.
 *
 * 调用CMNS系统的pushMessage接口实现消息通知到YUNOS设备的第三方应用软件。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosServiceCmnsCoaMessagePush(
  client: TopClient,
  request: YunosServiceCmnsCoaMessagePushRequest,
  options?: CallOptions,
): Promise<YunosServiceCmnsCoaMessagePushResponse> {
  return client.call<YunosServiceCmnsCoaMessagePushResponse>(
    {
      method: 'yunos.service.cmns.coa.message.push',
      responseRoot: 'yunos_service_cmns_coa_message_push_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
