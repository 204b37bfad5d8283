// Generated from specs/iotticket/cainiao.iot.ticket.sp.mail.sign.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.iot.ticket.sp.mail.sign.upload` (IoT售后服务商签收客户邮寄设备附件上传). */
export interface CainiaoIotTicketSpMailSignUploadRequest {
  /** 请求参数 */
  param: CainiaoIotTicketSpMailSignUploadUploadSignVoucherRequestInput;
}

/** Response of `cainiao.iot.ticket.sp.mail.sign.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoIotTicketSpMailSignUploadResponse {
  /** 返回结果 */
  result?: CainiaoIotTicketSpMailSignUploadResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UploadSignVoucherRequest` of `cainiao.iot.ticket.sp.mail.sign.upload`. */
export interface CainiaoIotTicketSpMailSignUploadUploadSignVoucherRequestInput {
  /** 邮件编码 */
  mail_no: string;
  /** 扩展信息 */
  feature?: string;
  /** 备注 */
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
  /** 快递签收凭证 */
  sign_proofs?: string[];
}

/** `ResultDto` of `cainiao.iot.ticket.sp.mail.sign.upload`. */
export interface CainiaoIotTicketSpMailSignUploadResultDto {
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
    sign_proofs: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_desc: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.iot.ticket.sp.mail.sign.upload`: method, response root, request and response schemas. */
export const cainiaoIotTicketSpMailSignUploadOperation = {
  method: 'cainiao.iot.ticket.sp.mail.sign.upload',
  responseRoot: 'cainiao_iot_ticket_sp_mail_sign_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * IoT售后服务商签收客户邮寄设备附件上传 — calls TOP method `cainiao.iot.ticket.sp.mail.sign.upload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoIotTicketSpMailSignUpload(
  client: TopClient,
  request: CainiaoIotTicketSpMailSignUploadRequest,
  options?: CallOptions,
): Promise<CainiaoIotTicketSpMailSignUploadResponse> {
  return client.call<CainiaoIotTicketSpMailSignUploadResponse>(
    {
      method: 'cainiao.iot.ticket.sp.mail.sign.upload',
      responseRoot: 'cainiao_iot_ticket_sp_mail_sign_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
