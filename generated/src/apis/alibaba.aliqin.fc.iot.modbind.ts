// Generated from specs/aliqin/alibaba.aliqin.fc.iot.modbind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.fc.iot.modbind` (物联网绑定/换绑API). */
export interface AlibabaAliqinFcIotModbindRequest {
  /** chgBind：换绑；unBind：解绑 */
  opion_type: string;
  /** 物联卡和iccid保持一致 */
  bill_real: string;
  /** iccid （20位） */
  iccid: string;
  /** 换绑的时候必传，换的新设备imei */
  newimei?: string;
  /** 目前绑定的设备imei */
  imei: string;
  /** 物联卡业务：若无特殊为ICCID */
  bill_source: string;
  /** 若无特殊物联卡传入122 */
  mid_pat_channel: string;
}

/** Response of `alibaba.aliqin.fc.iot.modbind`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinFcIotModbindResponse {
  /** result */
  result?: AlibabaAliqinFcIotModbindResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.aliqin.fc.iot.modbind`. */
export interface AlibabaAliqinFcIotModbindResult {
  /** model */
  model?: string;
  /** code */
  code?: string;
  /** success */
  success?: boolean;
  /** msg */
  msg?: string;
}

const REQUEST_SCHEMA = {
  opion_type: 'String',
  bill_real: 'String',
  iccid: 'String',
  newimei: 'String',
  imei: 'String',
  bill_source: 'String',
  mid_pat_channel: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'String',
    code: 'String',
    success: 'Boolean',
    msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliqin.fc.iot.modbind`: method, response root, request and response schemas. */
export const alibabaAliqinFcIotModbindOperation = {
  method: 'alibaba.aliqin.fc.iot.modbind',
  responseRoot: 'alibaba_aliqin_fc_iot_modbind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 物联网绑定/换绑API — calls TOP method `alibaba.aliqin.fc.iot.modbind`.
 *
 * 支持用户的设备的换绑和解绑操作
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinFcIotModbind(
  client: TopClient,
  request: AlibabaAliqinFcIotModbindRequest,
  options?: CallOptions,
): Promise<AlibabaAliqinFcIotModbindResponse> {
  return client.call<AlibabaAliqinFcIotModbindResponse>(
    {
      method: 'alibaba.aliqin.fc.iot.modbind',
      responseRoot: 'alibaba_aliqin_fc_iot_modbind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
