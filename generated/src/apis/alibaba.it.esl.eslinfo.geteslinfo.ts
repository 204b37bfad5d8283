// Generated from specs/ioti/alibaba.it.esl.eslinfo.geteslinfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.it.esl.eslinfo.geteslinfo` (厂测查询价签当前信息). */
export interface AlibabaItEslEslinfoGeteslinfoRequest {
  /** mac */
  mac: string;
}

/** Response of `alibaba.it.esl.eslinfo.geteslinfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaItEslEslinfoGeteslinfoResponse {
  /** 成功标识 */
  esl_success?: boolean;
  /** 错误码 */
  esl_error_code?: string;
  /** 数据 */
  content?: AlibabaItEslEslinfoGeteslinfoEslTopEngineAssetsDO;
  /** 错误信息 */
  esl_error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EslTopEngineAssetsDO` of `alibaba.it.esl.eslinfo.geteslinfo`. */
export interface AlibabaItEslEslinfoGeteslinfoEslTopEngineAssetsDO {
  /** 最后上报时间 */
  lastseen?: Int64;
  /** mac */
  esl_mac?: string;
  /** 价签型号 */
  esl_model_name?: string;
  /** 固件型号 */
  firmware_version?: Int64;
  /** 上传来的ap */
  ap_mac?: string;
  /** 电池电量 */
  battery_level?: Int64;
  /** 电池电压 */
  battery_voltage?: Int64;
  /** ap上次上报的最强rssi值 */
  ap_rssi?: Int64;
}

const REQUEST_SCHEMA = {
  mac: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  esl_success: 'Boolean',
  esl_error_code: 'String',
  content: {
    lastseen: 'Number',
    esl_mac: 'String',
    esl_model_name: 'String',
    firmware_version: 'Number',
    ap_mac: 'String',
    battery_level: 'Number',
    battery_voltage: 'Number',
    ap_rssi: 'Number',
  },
  esl_error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.it.esl.eslinfo.geteslinfo`: method, response root, request and response schemas. */
export const alibabaItEslEslinfoGeteslinfoOperation = {
  method: 'alibaba.it.esl.eslinfo.geteslinfo',
  responseRoot: 'alibaba_it_esl_eslinfo_geteslinfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 厂测查询价签当前信息 — calls TOP method `alibaba.it.esl.eslinfo.geteslinfo`.
 *
 * 工厂对生产出的电子价签进行全流程功能测试，查询价签当前上报的信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaItEslEslinfoGeteslinfo(
  client: TopClient,
  request: AlibabaItEslEslinfoGeteslinfoRequest,
  options?: CallOptions,
): Promise<AlibabaItEslEslinfoGeteslinfoResponse> {
  return client.call<AlibabaItEslEslinfoGeteslinfoResponse>(
    {
      method: 'alibaba.it.esl.eslinfo.geteslinfo',
      responseRoot: 'alibaba_it_esl_eslinfo_geteslinfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
