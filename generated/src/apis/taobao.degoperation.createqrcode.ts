// Generated from specs/degoperation/taobao.degoperation.createqrcode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.degoperation.createqrcode` (中奖生成二维码). */
export interface TaobaoDegoperationCreateqrcodeRequest {
  /** 设备id */
  uuid: string;
  /** 系统信息 */
  deg_access_token: string;
  /** 奖品唯一标识 */
  sequence_no: string;
  /** 活动名称 */
  activity: string;
  /** 奖品名称 */
  title: string;
}

/** Response of `taobao.degoperation.createqrcode`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoDegoperationCreateqrcodeResponse {
  /** msgCode */
  msg_code?: string;
  /** 二维码链接 */
  data?: string;
  /** realSubCode */
  real_sub_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  uuid: 'String',
  deg_access_token: 'String',
  sequence_no: 'String',
  activity: 'String',
  title: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  msg_code: 'String',
  data: 'String',
  real_sub_code: 'String',
  msg_info: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.degoperation.createqrcode`: method, response root, request and response schemas. */
export const taobaoDegoperationCreateqrcodeOperation = {
  method: 'taobao.degoperation.createqrcode',
  responseRoot: 'degoperation_createqrcode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 中奖生成二维码 — calls TOP method `taobao.degoperation.createqrcode`.
 *
 * 用户中奖后，生成二维码图片链接
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoDegoperationCreateqrcode(
  client: TopClient,
  request: TaobaoDegoperationCreateqrcodeRequest,
  options?: CallOptions,
): Promise<TaobaoDegoperationCreateqrcodeResponse> {
  return client.call<TaobaoDegoperationCreateqrcodeResponse>(
    {
      method: 'taobao.degoperation.createqrcode',
      responseRoot: 'degoperation_createqrcode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
