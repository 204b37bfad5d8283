// Generated from specs/cmns/yunos.service.cmns.coa.message.ack.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.service.cmns.coa.message.ack` (消息回执查询). */
export interface YunosServiceCmnsCoaMessageAckRequest {
  /** 设备唯一值deviceToken */
  device_token?: string;
  /** 设备imei */
  imei?: string;
  /** 设备uuid */
  uuid?: string;
  /** 消息ID */
  mid: Int64Input;
}

/** Response of `yunos.service.cmns.coa.message.ack`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosServiceCmnsCoaMessageAckResponse {
  /** 接口调用成功 */
  status?: Int64;
  /** 接口出错提示信息 */
  message?: string;
  /**
   * 接口调用成功返回信息
   * 0:未到达 1：已到达
   */
  data?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  device_token: 'String',
  imei: 'String',
  uuid: 'String',
  mid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  status: 'Number',
  message: 'String',
  data: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `yunos.service.cmns.coa.message.ack`: method, response root, request and response schemas. */
export const yunosServiceCmnsCoaMessageAckOperation = {
  method: 'yunos.service.cmns.coa.message.ack',
  responseRoot: 'yunos_service_cmns_coa_message_ack_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 消息回执查询 — calls TOP method `yunos.service.cmns.coa.message.ack`.
 *
 * 第三方应用开发者调用此接口查询设备是否收到消息，只能查询此appKey床发的消息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosServiceCmnsCoaMessageAck(
  client: TopClient,
  request: YunosServiceCmnsCoaMessageAckRequest,
  options?: CallOptions,
): Promise<YunosServiceCmnsCoaMessageAckResponse> {
  return client.call<YunosServiceCmnsCoaMessageAckResponse>(
    {
      method: 'yunos.service.cmns.coa.message.ack',
      responseRoot: 'yunos_service_cmns_coa_message_ack_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
