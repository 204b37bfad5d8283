// Generated from specs/cmns/yunos.service.cmns.coa.messageresult.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.service.cmns.coa.messageresult.get` (CMNS消息发送到达查询). */
export interface YunosServiceCmnsCoaMessageresultGetRequest {
  /** 消息ID */
  mid: Int64Input;
}

/** Response of `yunos.service.cmns.coa.messageresult.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosServiceCmnsCoaMessageresultGetResponse {
  /** 200表示查询成功 */
  status?: Int64;
  /** 接口查询出错提示信息 */
  message?: string;
  /** 具体的消息返回值 */
  data?: YunosServiceCmnsCoaMessageresultGetMessageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MessageResult` of `yunos.service.cmns.coa.messageresult.get`. */
export interface YunosServiceCmnsCoaMessageresultGetMessageResult {
  /** 消息过期时间 */
  expire_time?: Int64;
  /** 消息预计发送数 */
  total2send?: Int64;
  /** 消息审核状态1,3:待审核 2:审核通过，处于发送中 4:审核拒绝 5 已撤回 6 已去重 */
  audit?: Int64;
  /** 消息ID */
  mid?: Int64;
  /** 消息达到设备数 */
  sentcount?: Int64;
}

const REQUEST_SCHEMA = {
  mid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  status: 'Number',
  message: 'String',
  data: {
    expire_time: 'Number',
    total2send: 'Number',
    audit: 'Number',
    mid: 'Number',
    sentcount: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.service.cmns.coa.messageresult.get`: method, response root, request and response schemas. */
export const yunosServiceCmnsCoaMessageresultGetOperation = {
  method: 'yunos.service.cmns.coa.messageresult.get',
  responseRoot: 'yunos_service_cmns_coa_messageresult_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * CMNS消息发送到达查询 — calls TOP method `yunos.service.cmns.coa.messageresult.get`.
 *
 * CMNS消息发送到达查询,根据消息ID查询，仅能查询该appKey所发送的消息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosServiceCmnsCoaMessageresultGet(
  client: TopClient,
  request: YunosServiceCmnsCoaMessageresultGetRequest,
  options?: CallOptions,
): Promise<YunosServiceCmnsCoaMessageresultGetResponse> {
  return client.call<YunosServiceCmnsCoaMessageresultGetResponse>(
    {
      method: 'yunos.service.cmns.coa.messageresult.get',
      responseRoot: 'yunos_service_cmns_coa_messageresult_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
