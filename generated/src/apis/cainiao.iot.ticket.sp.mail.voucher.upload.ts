// Generated from specs/iotticket/cainiao.iot.ticket.sp.mail.voucher.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.iot.ticket.sp.mail.voucher.upload` (服务商寄出维修件上传凭证信息). */
export interface CainiaoIotTicketSpMailVoucherUploadRequest {
  /** 请求参数 */
  param: CainiaoIotTicketSpMailVoucherUploadCommentTicketTopRequestInput;
}

/** Response of `cainiao.iot.ticket.sp.mail.voucher.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoIotTicketSpMailVoucherUploadResponse {
  /** 返回结果 */
  result?: CainiaoIotTicketSpMailVoucherUploadResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CommentTicketTopRequest` of `cainiao.iot.ticket.sp.mail.voucher.upload`. */
export interface CainiaoIotTicketSpMailVoucherUploadCommentTicketTopRequestInput {
  /** 邮寄编码 */
  mail_no: string;
  /** 扩展信息 */
  feature?: string;
  /** 邮寄备注 */
  comment: string;
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
  /** 快递凭证照片 */
  send_proof?: string[];
}

/** `ResultDto` of `cainiao.iot.ticket.sp.mail.voucher.upload`. */
export interface CainiaoIotTicketSpMailVoucherUploadResultDto {
  /** 执行结果 */
  success?: boolean;
  /** 异常描述 */
  error_desc?: string;
  /** 异常编码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  param: {
    mail_no: 'String',
    feature: 'String',
    comment: 'String',
    operator_phone: 'String',
    operator_id: 'String',
    operator_name: 'String',
    sp_code: 'String',
    ticket_id: 'Number',
    send_proof: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_desc: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.iot.ticket.sp.mail.voucher.upload`: method, response root, request and response schemas. */
export const cainiaoIotTicketSpMailVoucherUploadOperation = {
  method: 'cainiao.iot.ticket.sp.mail.voucher.upload',
  responseRoot: 'cainiao_iot_ticket_sp_mail_voucher_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商寄出维修件上传凭证信息 — calls TOP method `cainiao.iot.ticket.sp.mail.voucher.upload`.
 *
 * IoT售后服务商寄出维修件上传凭证信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoIotTicketSpMailVoucherUpload(
  client: TopClient,
  request: CainiaoIotTicketSpMailVoucherUploadRequest,
  options?: CallOptions,
): Promise<CainiaoIotTicketSpMailVoucherUploadResponse> {
  return client.call<CainiaoIotTicketSpMailVoucherUploadResponse>(
    {
      method: 'cainiao.iot.ticket.sp.mail.voucher.upload',
      responseRoot: 'cainiao_iot_ticket_sp_mail_voucher_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
