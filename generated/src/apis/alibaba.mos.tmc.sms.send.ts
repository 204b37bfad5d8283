// Generated from specs/mos/alibaba.mos.tmc.sms.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mos.tmc.sms.send` (银泰TMC发送短信). */
export interface AlibabaMosTmcSmsSendRequest {
  /** 入参 */
  param0: AlibabaMosTmcSmsSendSmsSendMessageDTOInput;
}

/** Response of `alibaba.mos.tmc.sms.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosTmcSmsSendResponse {
  /** taskId */
  data?: Int64;
  /** 错误码 */
  biz_err_code?: string;
  /** 错误信息 */
  biz_err_message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SmsSendMessageDTO` of `alibaba.mos.tmc.sms.send`. */
export interface AlibabaMosTmcSmsSendSmsSendMessageDTOInput {
  /** 手机号 */
  phone_number: string;
  /** 租户 */
  mos_tenant: string;
  /** 短信模板ID */
  sms_template_id: string;
  /** 幂等ID防重试 */
  relation_id: string;
  /** 当前租户短信使用场景 */
  type: string;
  /** 模板参数填充MAP */
  template_params_map: string;
}

const REQUEST_SCHEMA = {
  param0: {
    phone_number: 'String',
    mos_tenant: 'String',
    sms_template_id: 'String',
    relation_id: 'String',
    type: 'String',
    template_params_map: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'Number',
  biz_err_code: 'String',
  biz_err_message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mos.tmc.sms.send`: method, response root, request and response schemas. */
export const alibabaMosTmcSmsSendOperation = {
  method: 'alibaba.mos.tmc.sms.send',
  responseRoot: 'alibaba_mos_tmc_sms_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 银泰TMC发送短信 — calls TOP method `alibaba.mos.tmc.sms.send`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosTmcSmsSend(
  client: TopClient,
  request: AlibabaMosTmcSmsSendRequest,
  options?: CallOptions,
): Promise<AlibabaMosTmcSmsSendResponse> {
  return client.call<AlibabaMosTmcSmsSendResponse>(
    {
      method: 'alibaba.mos.tmc.sms.send',
      responseRoot: 'alibaba_mos_tmc_sms_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
