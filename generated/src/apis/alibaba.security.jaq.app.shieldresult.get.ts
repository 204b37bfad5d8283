// Generated from specs/security/alibaba.security.jaq.app.shieldresult.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.app.shieldresult.get` (用户查询加固结果). */
export interface AlibabaSecurityJaqAppShieldresultGetRequest {
  /** 任务唯一标识 */
  item_id: string;
}

/** Response of `alibaba.security.jaq.app.shieldresult.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqAppShieldresultGetResponse {
  /** 应用加固结果 */
  result?: AlibabaSecurityJaqAppShieldresultGetShieldResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ShieldResult` of `alibaba.security.jaq.app.shieldresult.get`. */
export interface AlibabaSecurityJaqAppShieldresultGetShieldResult {
  /** 任务状态: 1-已完成,2-处理中,3-处理出错,4-处理超时 */
  task_status?: Int64;
  /** 加固后的应用列表(任务完成时才返回) 普通加固时只有1个文件，多渠道加固时每个渠道1个文件 */
  app_list?: AlibabaSecurityJaqAppShieldresultGetChannelAppInfo[];
  /** 混淆率计算返回结果 */
  obfuscate_result?: AlibabaSecurityJaqAppShieldresultGetObfuscateResult;
  /** 加固出错的详细信息 */
  error_msg?: string;
  /** 混淆后的map文件的地址 */
  map_url?: string;
}

/** `ChannelAppInfo` of `alibaba.security.jaq.app.shieldresult.get`. */
export interface AlibabaSecurityJaqAppShieldresultGetChannelAppInfo {
  /** 渠道名称,多渠道加固才有值 */
  channel?: string;
  /** 加固后的APP下载地址 */
  app_url?: string;
}

/** `ObfuscateResult` of `alibaba.security.jaq.app.shieldresult.get`. */
export interface AlibabaSecurityJaqAppShieldresultGetObfuscateResult {
  /** 总的类数量 */
  total_classes?: Int64;
  /** 总的成员变量数量 */
  total_fields?: Int64;
  /** 总的方法数量 */
  total_methods?: Int64;
  /** 混淆类的数量 */
  obfuscated_classes?: Int64;
  /** 混淆成员变量的数量 */
  obfuscated_fields?: Int64;
  /** 混淆方法的数量 */
  obfuscated_methods?: Int64;
  /** 总混淆率 */
  obfuscated_percent?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    task_status: 'Number',
    app_list: [
      {
        channel: 'String',
        app_url: 'String',
      },
    ],
    obfuscate_result: {
      total_classes: 'Number',
      total_fields: 'Number',
      total_methods: 'Number',
      obfuscated_classes: 'Number',
      obfuscated_fields: 'Number',
      obfuscated_methods: 'Number',
      obfuscated_percent: 'String',
    },
    error_msg: 'String',
    map_url: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.app.shieldresult.get`: method, response root, request and response schemas. */
export const alibabaSecurityJaqAppShieldresultGetOperation = {
  method: 'alibaba.security.jaq.app.shieldresult.get',
  responseRoot: 'alibaba_security_jaq_app_shieldresult_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 用户查询加固结果 — calls TOP method `alibaba.security.jaq.app.shieldresult.get`.
 *
 * 用户通过alibaba.security.jaq.app.shield接口提交应用加固后,通过该接口查询加固结果,下载加固包
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqAppShieldresultGet(
  client: TopClient,
  request: AlibabaSecurityJaqAppShieldresultGetRequest,
  options?: CallOptions,
): Promise<AlibabaSecurityJaqAppShieldresultGetResponse> {
  return client.call<AlibabaSecurityJaqAppShieldresultGetResponse>(
    {
      method: 'alibaba.security.jaq.app.shieldresult.get',
      responseRoot: 'alibaba_security_jaq_app_shieldresult_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
