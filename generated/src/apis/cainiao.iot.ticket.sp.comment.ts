// Generated from specs/iotticket/cainiao.iot.ticket.sp.comment.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.iot.ticket.sp.comment` (IoT售后服务商工单备注). */
export interface CainiaoIotTicketSpCommentRequest {
  /** 请求参数 */
  param: CainiaoIotTicketSpCommentCommentTicketTopRequestInput;
}

/** Response of `cainiao.iot.ticket.sp.comment`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoIotTicketSpCommentResponse {
  /** 返回结果 */
  result?: CainiaoIotTicketSpCommentResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CommentTicketTopRequest` of `cainiao.iot.ticket.sp.comment`. */
export interface CainiaoIotTicketSpCommentCommentTicketTopRequestInput {
  /** 扩展信息 */
  feature?: string;
  /** 操作人联系方式 */
  operator_phone: string;
  /** 操作人编码 */
  operator_id: string;
  /** 操作人名称 */
  operator_name: string;
  /** 服务商唯一编码 */
  sp_code: string;
  /** 工单Id */
  ticket_id: Int64Input;
  /** 工单备注 */
  comment: string;
}

/** `ResultDto` of `cainiao.iot.ticket.sp.comment`. */
export interface CainiaoIotTicketSpCommentResultDto {
  /** 异常描述 */
  error_desc?: string;
  /** 执行结果 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  param: {
    feature: 'String',
    operator_phone: 'String',
    operator_id: 'String',
    operator_name: 'String',
    sp_code: 'String',
    ticket_id: 'Number',
    comment: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_desc: 'String',
    success: 'Boolean',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.iot.ticket.sp.comment`: method, response root, request and response schemas. */
export const cainiaoIotTicketSpCommentOperation = {
  method: 'cainiao.iot.ticket.sp.comment',
  responseRoot: 'cainiao_iot_ticket_sp_comment_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * IoT售后服务商工单备注 — calls TOP method `cainiao.iot.ticket.sp.comment`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoIotTicketSpComment(
  client: TopClient,
  request: CainiaoIotTicketSpCommentRequest,
  options?: CallOptions,
): Promise<CainiaoIotTicketSpCommentResponse> {
  return client.call<CainiaoIotTicketSpCommentResponse>(
    {
      method: 'cainiao.iot.ticket.sp.comment',
      responseRoot: 'cainiao_iot_ticket_sp_comment_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
