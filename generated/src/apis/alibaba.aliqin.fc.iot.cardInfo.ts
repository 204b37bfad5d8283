// Generated from specs/aliqin/alibaba.aliqin.fc.iot.cardInfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.fc.iot.cardInfo` (物联卡信息查询). */
export interface AlibabaAliqinFcIotCardInfoRequest {
  /** SIM卡号 */
  iccid: string;
}

/** Response of `alibaba.aliqin.fc.iot.cardInfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinFcIotCardInfoResponse {
  /** 结果对象 */
  result?: AlibabaAliqinFcIotCardInfoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.aliqin.fc.iot.cardInfo`. */
export interface AlibabaAliqinFcIotCardInfoResult {
  /** "OpenTime":"开户时间","IMSI":"IMSI号","FirstActiveTime":"第一次激活时间","MSISDN":"MSISDN号","ICCID":"ICCID号" */
  model?: string;
  /** 错误码 */
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

/** Static description of `alibaba.aliqin.fc.iot.cardInfo`: method, response root, request and response schemas. */
export const alibabaAliqinFcIotCardInfoOperation = {
  method: 'alibaba.aliqin.fc.iot.cardInfo',
  responseRoot: 'alibaba_aliqin_fc_iot_cardInfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 物联卡信息查询 — calls TOP method `alibaba.aliqin.fc.iot.cardInfo`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinFcIotCardInfo(
  client: TopClient,
  request: AlibabaAliqinFcIotCardInfoRequest,
  options?: CallOptions,
): Promise<AlibabaAliqinFcIotCardInfoResponse> {
  return client.call<AlibabaAliqinFcIotCardInfoResponse>(
    {
      method: 'alibaba.aliqin.fc.iot.cardInfo',
      responseRoot: 'alibaba_aliqin_fc_iot_cardInfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
