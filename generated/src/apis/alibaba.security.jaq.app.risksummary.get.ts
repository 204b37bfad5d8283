// Generated from specs/security/alibaba.security.jaq.app.risksummary.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.app.risksummary.get` (应用风险概要信息查询接口). */
export interface AlibabaSecurityJaqAppRisksummaryGetRequest {
  /** 任务唯一标识 */
  item_id?: string;
}

/** Response of `alibaba.security.jaq.app.risksummary.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqAppRisksummaryGetResponse {
  /** 应用扫描概要信息 */
  result?: AlibabaSecurityJaqAppRisksummaryGetRiskSummary;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RiskSummary` of `alibaba.security.jaq.app.risksummary.get`. */
export interface AlibabaSecurityJaqAppRisksummaryGetRiskSummary {
  /** 仿冒应用信息 */
  fake_info?: AlibabaSecurityJaqAppRisksummaryGetFakeAppSummary;
  /** 恶意代码信息 */
  malware_info?: AlibabaSecurityJaqAppRisksummaryGetMalwareSummary;
  /** 插件信息 */
  plugin_info?: AlibabaSecurityJaqAppRisksummaryGetPluginSummary;
  /** 任务总状态: 1-已完成,2-处理中,3-处理失败,4-处理超时 */
  task_status?: Int64;
  /** 漏洞信息 */
  vuln_info?: AlibabaSecurityJaqAppRisksummaryGetVulnSummary;
}

/** `FakeAppSummary` of `alibaba.security.jaq.app.risksummary.get`. */
export interface AlibabaSecurityJaqAppRisksummaryGetFakeAppSummary {
  /** 仿冒应用总数(任务完成时才返回) */
  fake_app_count?: Int64;
  /** 子任务状态: 1-已完成,2-处理中,3-处理出错,4-处理超时 */
  status?: Int64;
  /** 仿冒应用感染用户总数(任务完成时才返回) */
  total_infected_users?: Int64;
}

/** `MalwareSummary` of `alibaba.security.jaq.app.risksummary.get`. */
export interface AlibabaSecurityJaqAppRisksummaryGetMalwareSummary {
  /** 恶意代码数量信息(任务完成时才返回) */
  malware_count?: AlibabaSecurityJaqAppRisksummaryGetMalwareCount;
  /** 子任务状态: 1-已完成,2-处理中,3-处理出错,4-处理超时 */
  status?: Int64;
}

/** `MalwareCount` of `alibaba.security.jaq.app.risksummary.get`. */
export interface AlibabaSecurityJaqAppRisksummaryGetMalwareCount {
  /** 高风险恶意代码数量 */
  high_level?: Int64;
  /** 低风险恶意代码数量 */
  low_level?: Int64;
  /** 恶意代码总数量 */
  total?: Int64;
  /** 若风险恶意代码数量 */
  weak_level?: Int64;
}

/** `PluginSummary` of `alibaba.security.jaq.app.risksummary.get`. */
export interface AlibabaSecurityJaqAppRisksummaryGetPluginSummary {
  /** 插件个数 */
  plugin_count?: Int64;
  /** 子任务状态: 1-已完成,2-处理中,3-处理出错,4-处理超时 */
  status?: Int64;
}

/** `VulnSummary` of `alibaba.security.jaq.app.risksummary.get`. */
export interface AlibabaSecurityJaqAppRisksummaryGetVulnSummary {
  /** 子任务状态: 1-已完成,2-处理中,3-处理出错,4-处理超时 */
  status?: Int64;
  /** 漏洞数量信息(任务完成时才返回) */
  vuln_count?: AlibabaSecurityJaqAppRisksummaryGetVulnCount;
  /** 漏洞任务错误码 0-成功 其他-错误 */
  task_error_code?: string;
  /** 漏洞任务错误信息 succes-成功 其他-错误 */
  task_error_msg?: string;
}

/** `VulnCount` of `alibaba.security.jaq.app.risksummary.get`. */
export interface AlibabaSecurityJaqAppRisksummaryGetVulnCount {
  /** 高风险漏洞数量 */
  high_level?: Int64;
  /** 低风险漏洞数量 */
  low_level?: Int64;
  /** 中风险漏洞数量 */
  mid_level?: Int64;
  /** 红线漏洞数量 */
  red_line?: Int64;
  /** 漏洞总数量 */
  total?: Int64;
}

const REQUEST_SCHEMA = {
  item_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    fake_info: {
      fake_app_count: 'Number',
      status: 'Number',
      total_infected_users: 'Number',
    },
    malware_info: {
      malware_count: {
        high_level: 'Number',
        low_level: 'Number',
        total: 'Number',
        weak_level: 'Number',
      },
      status: 'Number',
    },
    plugin_info: {
      plugin_count: 'Number',
      status: 'Number',
    },
    task_status: 'Number',
    vuln_info: {
      status: 'Number',
      vuln_count: {
        high_level: 'Number',
        low_level: 'Number',
        mid_level: 'Number',
        red_line: 'Number',
        total: 'Number',
      },
      task_error_code: 'String',
      task_error_msg: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.app.risksummary.get`: method, response root, request and response schemas. */
export const alibabaSecurityJaqAppRisksummaryGetOperation = {
  method: 'alibaba.security.jaq.app.risksummary.get',
  responseRoot: 'alibaba_security_jaq_app_risksummary_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 应用风险概要信息查询接口 — calls TOP method `alibaba.security.jaq.app.risksummary.get`.
 *
 * 用户通过alibaba.security.jaq.app.risk.scan接口提交应用进行风险扫描后，用此接口获取风险概要信息，本接口不返回风险详细信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqAppRisksummaryGet(
  client: TopClient,
  request: AlibabaSecurityJaqAppRisksummaryGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaSecurityJaqAppRisksummaryGetResponse> {
  return client.call<AlibabaSecurityJaqAppRisksummaryGetResponse>(
    {
      method: 'alibaba.security.jaq.app.risksummary.get',
      responseRoot: 'alibaba_security_jaq_app_risksummary_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
