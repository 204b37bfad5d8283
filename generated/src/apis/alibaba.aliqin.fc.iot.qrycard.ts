// Generated from specs/aliqin/alibaba.aliqin.fc.iot.qrycard.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.fc.iot.qrycard` (查询终端信息). */
export interface AlibabaAliqinFcIotQrycardRequest {
  /** 外部计费来源 */
  bill_source: string;
  /** 外部计费号 */
  bill_real: string;
  /** ICCID */
  iccid: string;
}

/** Response of `alibaba.aliqin.fc.iot.qrycard`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinFcIotQrycardResponse {
  /** 系统自动生成 */
  result?: AlibabaAliqinFcIotQrycardResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.aliqin.fc.iot.qrycard`. */
export interface AlibabaAliqinFcIotQrycardResult {
  /** code */
  code?: string;
  /** model */
  models?: AlibabaAliqinFcIotQrycardModel[];
  /** true返回成功，false返回失败 */
  success?: boolean;
}

/** `Model` of `alibaba.aliqin.fc.iot.qrycard`. */
export interface AlibabaAliqinFcIotQrycardModel {
  /** 流量类型(6700001:上网流量) */
  resource_type?: string;
  /** 总流量(KB) */
  flow_resource?: Int64;
  /** 剩余流量(KB) */
  rest_of_flow?: Int64;
  /** 资源名称 */
  res_name?: string;
  /** 生效时间 */
  valid_date?: string;
  /** 失效时间 */
  expire_date?: string;
  /** 已使用流量(KB) */
  flow_used?: Int64;
}

const REQUEST_SCHEMA = {
  bill_source: 'String',
  bill_real: 'String',
  iccid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    models: [
      {
        resource_type: 'String',
        flow_resource: 'Number',
        rest_of_flow: 'Number',
        res_name: 'String',
        valid_date: 'String',
        expire_date: 'String',
        flow_used: 'Number',
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliqin.fc.iot.qrycard`: method, response root, request and response schemas. */
export const alibabaAliqinFcIotQrycardOperation = {
  method: 'alibaba.aliqin.fc.iot.qrycard',
  responseRoot: 'alibaba_aliqin_fc_iot_qrycard_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询终端信息 — calls TOP method `alibaba.aliqin.fc.iot.qrycard`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinFcIotQrycard(
  client: TopClient,
  request: AlibabaAliqinFcIotQrycardRequest,
  options?: CallOptions,
): Promise<AlibabaAliqinFcIotQrycardResponse> {
  return client.call<AlibabaAliqinFcIotQrycardResponse>(
    {
      method: 'alibaba.aliqin.fc.iot.qrycard',
      responseRoot: 'alibaba_aliqin_fc_iot_qrycard_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
