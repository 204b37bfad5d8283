// Generated from specs/aliqin/alibaba.aliqin.fc.iot.cardStatus.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.fc.iot.cardStatus` (物联卡状态查询). */
export interface AlibabaAliqinFcIotCardStatusRequest {
  /** SIM卡号 */
  iccid: string;
}

/** Response of `alibaba.aliqin.fc.iot.cardStatus`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinFcIotCardStatusResponse {
  /** 结果对象 */
  result?: AlibabaAliqinFcIotCardStatusResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.aliqin.fc.iot.cardStatus`. */
export interface AlibabaAliqinFcIotCardStatusResult {
  /** "MsisdnStatus":"卡状态","MSISDN":"MSISDN号","ICCID":"ICCID号" */
  model?: string;
  /** 1.成功；2.失败 */
  code?: string;
  /** 状态 */
  success?: boolean;
  /** 错误信息 */
  msg?: string;
}

const REQUEST_SCHEMA = {
  iccid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'String',
    code: 'String',
    success: 'Boolean',
    msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliqin.fc.iot.cardStatus`: method, response root, request and response schemas. */
export const alibabaAliqinFcIotCardStatusOperation = {
  method: 'alibaba.aliqin.fc.iot.cardStatus',
  responseRoot: 'alibaba_aliqin_fc_iot_cardStatus_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 物联卡状态查询 — calls TOP method `alibaba.aliqin.fc.iot.cardStatus`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinFcIotCardStatus(
  client: TopClient,
  request: AlibabaAliqinFcIotCardStatusRequest,
  options?: CallOptions,
): Promise<AlibabaAliqinFcIotCardStatusResponse> {
  return client.call<AlibabaAliqinFcIotCardStatusResponse>(
    {
      method: 'alibaba.aliqin.fc.iot.cardStatus',
      responseRoot: 'alibaba_aliqin_fc_iot_cardStatus_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
