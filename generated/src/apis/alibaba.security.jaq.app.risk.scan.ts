// Generated from specs/security/alibaba.security.jaq.app.risk.scan.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.app.risk.scan` (应用风险扫描提交接口). */
export interface AlibabaSecurityJaqAppRiskScanRequest {
  /** 应用信息 */
  app_info?: AlibabaSecurityJaqAppRiskScanScanAppInfoInput;
  /**
   * 扫描类型：vuln-漏洞扫描 malware-恶意代码检测 fake-仿冒监测 plugin-插件扫描 注: dataType为2时 不支持 仿冒监测
   *
   * Max list size: 20
   */
  scan_types?: string[];
  /** 额外的信息，根据具体业务定 */
  ext_param?: string;
}

/** Response of `alibaba.security.jaq.app.risk.scan`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqAppRiskScanResponse {
  /** 扫描任务信息 */
  result?: AlibabaSecurityJaqAppRiskScanTaskInfo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ScanAppInfo` of `alibaba.security.jaq.app.risk.scan`. */
export interface AlibabaSecurityJaqAppRiskScanScanAppInfoInput {
  /** app 类型，1-apk, 2-ipa（暂不支持） */
  app_os_type?: Int64Input;
  /** 任务处理完成后的反向通知回调地址,请不要使用ip地址,可能会无法回调,dataType=1时必填,通知为GET请求,请求URL: callbackUrl+"?item_id=xxx&task_status=1"; item_id为应用加固/风险扫描接口返回的任务ID; task_status为任务状态: 1-已完成,2-处理中,3-处理出错,4-处理超时; 对于应用加固,接收到通知后如果task_status为1则可通过对应的查询接口查询加固/扫描结果; 对于应用风险扫描,如果task_status为1,3,4均可通过对应查询接口查询到结果,但不包括失败的扫描项的结果 */
  callback_url?: string;
  /** APP数据 dataType=1时填写 App包的下载地址; dataType=2时填写 App包的md5值 */
  data?: string;
  /** APP数据类型 1-App URL 2-App MD5，应用加固仅支持1，风险扫描支持1和2 */
  data_type?: Int64Input;
  /** APP包的MD5值,dataType=1时必填,用于文件校验 */
  md5?: string;
  /** APP包大小(单位:字节),dataType=1时必填,用于文件校验 */
  size?: Int64Input;
}

/** `TaskInfo` of `alibaba.security.jaq.app.risk.scan`. */
export interface AlibabaSecurityJaqAppRiskScanTaskInfo {
  /** 任务唯一标识 */
  item_id?: string;
  /** 任务处理进度: 1-处理完成 (可立即通过对应的查询接口查询处理结果), 2-异步处理中(需等待app_info.callback_url接收到反向通知后再查询结果) ; 对于app_info.data_type为1目前都是异步处理，此字段返回2; 对于app_info.data_type为2目前都是同步处理，此字段返回1 */
  progress?: Int64;
}

const REQUEST_SCHEMA = {
  app_info: {
    app_os_type: 'Number',
    callback_url: 'String',
    data: 'String',
    data_type: 'Number',
    md5: 'String',
    size: 'Number',
  },
  scan_types: ['String'],
  ext_param: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    item_id: 'String',
    progress: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.app.risk.scan`: method, response root, request and response schemas. */
export const alibabaSecurityJaqAppRiskScanOperation = {
  method: 'alibaba.security.jaq.app.risk.scan',
  responseRoot: 'alibaba_security_jaq_app_risk_scan_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 应用风险扫描提交接口 — calls TOP method `alibaba.security.jaq.app.risk.scan`.
 *
 * 提交应用进行风险扫描(含漏洞扫描、恶意代码检测、仿冒监测),扫描完成后可通过对应的查询接口查询扫描结果
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqAppRiskScan(
  client: TopClient,
  request: AlibabaSecurityJaqAppRiskScanRequest = {},
  options?: CallOptions,
): Promise<AlibabaSecurityJaqAppRiskScanResponse> {
  return client.call<AlibabaSecurityJaqAppRiskScanResponse>(
    {
      method: 'alibaba.security.jaq.app.risk.scan',
      responseRoot: 'alibaba_security_jaq_app_risk_scan_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
