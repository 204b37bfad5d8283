// Generated from specs/security/alibaba.security.jaq.app.shield.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.app.shield` (应用加固接口). */
export interface AlibabaSecurityJaqAppShieldRequest {
  /** 待加固的应用信息 */
  app_info?: AlibabaSecurityJaqAppShieldScanAppInfoInput;
  /** 渠道列表,多渠道加固时填写 */
  channel?: AlibabaSecurityJaqAppShieldShieldChannelInput;
}

/** Response of `alibaba.security.jaq.app.shield`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqAppShieldResponse {
  /** 加固任务信息 */
  result?: AlibabaSecurityJaqAppShieldScanTaskInfo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ScanAppInfo` of `alibaba.security.jaq.app.shield`. */
export interface AlibabaSecurityJaqAppShieldScanAppInfoInput {
  /** APP数据类型: 1-App URL */
  data_type?: Int64Input;
  /** APP数据,dataType=1时填写 App包的下载地址 */
  data?: string;
  /** APP包的MD5值,dataType=1时必填,用于文件校验 */
  md5?: string;
  /** APP包大小(单位:字节),dataType=1时必填,用于文件校验 */
  size?: Int64Input;
  /** 任务处理完成后的反向通知回调地址,dataType=1时必填,通知为GET请求,请求URL: callbackUrl+"?item_id=xxx&task_status=1"; item_id为应用加固/风险扫描接口返回的任务ID; task_status为任务状态: 1-已完成,2-处理中,3-处理出错,4-处理超时; 对于应用加固,接收到通知后如果task_status为1则可通过对应的查询接口查询加固/扫描结果; 对于应用风险扫描,如果task_status为1,3,4均可通过对应查询接口查询到结果,但不包括失败的扫描项的结果 */
  callback_url?: string;
  /** app 类型，1-apk, 2-ipa（暂不支持） */
  app_os_type?: Int64Input;
}

/** `ShieldChannel` of `alibaba.security.jaq.app.shield`. */
export interface AlibabaSecurityJaqAppShieldShieldChannelInput {
  /** 渠道名称列表 */
  values?: string[];
  /** AndroidManifest.xml 中用于表示渠道信息的meta-data标签的android:name */
  meta_name?: string;
}

/** `ScanTaskInfo` of `alibaba.security.jaq.app.shield`. */
export interface AlibabaSecurityJaqAppShieldScanTaskInfo {
  /** 任务唯一标识 */
  item_id?: string;
  /** 任务处理进度: 1-处理完成 (可立即通过对应的查询接口查询处理结果), 2-异步处理中(需等待app_info.callback_url接收到反向通知后再查询结果) ; 对于app_info.data_type为1目前都是异步处理，此字段返回2; 对于app_info.data_type为2目前都是同步处理，此字段返回1 */
  progress?: Int64;
}

const REQUEST_SCHEMA = {
  app_info: {
    data_type: 'Number',
    data: 'String',
    md5: 'String',
    size: 'Number',
    callback_url: 'String',
    app_os_type: 'Number',
  },
  channel: {
    values: ['String'],
    meta_name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    item_id: 'String',
    progress: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.app.shield`: method, response root, request and response schemas. */
export const alibabaSecurityJaqAppShieldOperation = {
  method: 'alibaba.security.jaq.app.shield',
  responseRoot: 'alibaba_security_jaq_app_shield_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 应用加固接口 — calls TOP method `alibaba.security.jaq.app.shield`.
 *
 * 提交应用进行应用加固,加固后需通过alibaba.security.jaq.app.shieldresult.get接口查询加固结果
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqAppShield(
  client: TopClient,
  request: AlibabaSecurityJaqAppShieldRequest = {},
  options?: CallOptions,
): Promise<AlibabaSecurityJaqAppShieldResponse> {
  return client.call<AlibabaSecurityJaqAppShieldResponse>(
    {
      method: 'alibaba.security.jaq.app.shield',
      responseRoot: 'alibaba_security_jaq_app_shield_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
