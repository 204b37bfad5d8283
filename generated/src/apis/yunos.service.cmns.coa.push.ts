// Generated from specs/cmns/yunos.service.cmns.coa.push.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.service.cmns.coa.push` (消息推送接口). */
export interface YunosServiceCmnsCoaPushRequest {
  /** 消息结构对象 */
  msg_obj: YunosServiceCmnsCoaPushCmnsMessageInput;
}

/** Response of `yunos.service.cmns.coa.push`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosServiceCmnsCoaPushResponse {
  /** 消息ID，失败则为null */
  mid?: Int64;
  /** 消息发送提示 */
  message?: string;
  /** 200:消息发送成功 */
  status?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CmnsMessage` of `yunos.service.cmns.coa.push`. */
export interface YunosServiceCmnsCoaPushCmnsMessageInput {
  /** 去重码,1-6位整数,0将视为不填,如果填写则同一appKey相同的去重码消息将会被去重，只保留最新的一条，请谨慎使用 */
  collapse_key?: string;
  /** 消息内容 */
  data: string;
  /** 消息过期时间,lunix时间戳,单位S,为空或不填时为当前时间的1小时后 */
  expiration?: Int64Input;
  /** 消息图标 */
  ico?: string;
  /** 消息是否加密,1:加密,0:不加密 */
  important?: Int64Input;
  /** 消息参数,json字符串格式 */
  parameter?: string;
  /** 消息优先权 */
  priority?: Int64Input;
  /** 为action或广播侦听通道，要求填写应用包名(package) */
  program: string;
  /** 消息发送对象 */
  receiver: YunosServiceCmnsCoaPushReceiverInput;
  /** 响应方式 0:无响应 4:打开应用 7:发送广播 */
  responsetype?: Int64Input;
  /** 显示方式 1:通知中心 6:后台 */
  showtype: Int64Input;
  /** 消息是否压缩,0:二进制压缩,1:utf8文本 */
  text?: Int64Input;
  /** 消息标题 */
  title: string;
  /** 应用订阅主题 */
  topic?: string;
  /** yunos4.0专用,限制消息只有指定应用来侦听 */
  uri?: string;
  /** 仅IOS应用推送时使用，默认值为0，开发环境为1，生产环境为0 */
  deploy_status?: Int64Input;
}

/** `Receiver` of `yunos.service.cmns.coa.push`. */
export interface YunosServiceCmnsCoaPushReceiverInput {
  /** deviceToken值，最多1000个 */
  data_list: string[];
  /** 只能填写deviceToken */
  type: string;
}

const REQUEST_SCHEMA = {
  msg_obj: {
    collapse_key: 'String',
    data: 'String',
    expiration: 'Number',
    ico: 'String',
    important: 'Number',
    parameter: 'String',
    priority: 'Number',
    program: 'String',
    receiver: {
      data_list: ['String'],
      type: 'String',
    },
    responsetype: 'Number',
    showtype: 'Number',
    text: 'Number',
    title: 'String',
    topic: 'String',
    uri: 'String',
    deploy_status: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  mid: 'Number',
  message: 'String',
  status: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `yunos.service.cmns.coa.push`: method, response root, request and response schemas. */
export const yunosServiceCmnsCoaPushOperation = {
  method: 'yunos.service.cmns.coa.push',
  responseRoot: 'yunos_service_cmns_coa_push_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 消息推送接口 — calls TOP method `yunos.service.cmns.coa.push`.
 *
 * 调用CMNS系统的pushMessage接口实现消息通知到YUNOS设备的第三方应用软件。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosServiceCmnsCoaPush(
  client: TopClient,
  request: YunosServiceCmnsCoaPushRequest,
  options?: CallOptions,
): Promise<YunosServiceCmnsCoaPushResponse> {
  return client.call<YunosServiceCmnsCoaPushResponse>(
    {
      method: 'yunos.service.cmns.coa.push',
      responseRoot: 'yunos_service_cmns_coa_push_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
