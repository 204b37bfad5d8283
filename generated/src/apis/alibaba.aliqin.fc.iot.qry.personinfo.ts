// Generated from specs/aliqin/alibaba.aliqin.fc.iot.qry.personinfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.fc.iot.qry.personinfo` (查询物联卡个人实人认证信息). */
export interface AlibabaAliqinFcIotQryPersoninfoRequest {
  /** 需要查询的iccid */
  iccid: string;
  /** 指定查询某userid */
  userid?: string;
  /** 由系统根据业务分配 */
  mid_pat_channel: string;
}

/** Response of `alibaba.aliqin.fc.iot.qry.personinfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinFcIotQryPersoninfoResponse {
  /** result */
  result?: AlibabaAliqinFcIotQryPersoninfoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.aliqin.fc.iot.qry.personinfo`. */
export interface AlibabaAliqinFcIotQryPersoninfoResult {
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
  iccid: 'String',
  userid: 'String',
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

/** Static description of `alibaba.aliqin.fc.iot.qry.personinfo`: method, response root, request and response schemas. */
export const alibabaAliqinFcIotQryPersoninfoOperation = {
  method: 'alibaba.aliqin.fc.iot.qry.personinfo',
  responseRoot: 'alibaba_aliqin_fc_iot_qry_personinfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询物联卡个人实人认证信息 — calls TOP method `alibaba.aliqin.fc.iot.qry.personinfo`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinFcIotQryPersoninfo(
  client: TopClient,
  request: AlibabaAliqinFcIotQryPersoninfoRequest,
  options?: CallOptions,
): Promise<AlibabaAliqinFcIotQryPersoninfoResponse> {
  return client.call<AlibabaAliqinFcIotQryPersoninfoResponse>(
    {
      method: 'alibaba.aliqin.fc.iot.qry.personinfo',
      responseRoot: 'alibaba_aliqin_fc_iot_qry_personinfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
