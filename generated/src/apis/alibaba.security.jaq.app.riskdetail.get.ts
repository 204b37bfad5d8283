// Generated from specs/security/alibaba.security.jaq.app.riskdetail.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.app.riskdetail.get` (应用风险详细信息查询接口). */
export interface AlibabaSecurityJaqAppRiskdetailGetRequest {
  /** 任务唯一标识 */
  item_id?: string;
  /** 本地化语言信息 */
  locale?: AlibabaSecurityJaqAppRiskdetailGetLocaleInput;
}

/** Response of `alibaba.security.jaq.app.riskdetail.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqAppRiskdetailGetResponse {
  /** 风险详情 */
  result?: AlibabaSecurityJaqAppRiskdetailGetRiskDetail;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Locale` of `alibaba.security.jaq.app.riskdetail.get`. */
export interface AlibabaSecurityJaqAppRiskdetailGetLocaleInput {
  /** 国家代码(参考ISO-3166) */
  country?: string;
  /** 语言代码(参考ISO-639) */
  language?: string;
}

/** `RiskDetail` of `alibaba.security.jaq.app.riskdetail.get`. */
export interface AlibabaSecurityJaqAppRiskdetailGetRiskDetail {
  /** 仿冒应用信息 */
  fake_info?: AlibabaSecurityJaqAppRiskdetailGetFakeAppFullInfo;
  /** 恶意代码信息 */
  malware_info?: AlibabaSecurityJaqAppRiskdetailGetMalwareFullInfo;
  /** 插件信息 */
  plugin_info?: AlibabaSecurityJaqAppRiskdetailGetPluginFullInfo;
  /** 任务状态: 1-已完成,2-处理中,3-处理失败,4-处理超时 */
  task_status?: Int64;
  /** 漏洞信息 */
  vuln_info?: AlibabaSecurityJaqAppRiskdetailGetVulnFullInfo;
}

/** `FakeAppFullInfo` of `alibaba.security.jaq.app.riskdetail.get`. */
export interface AlibabaSecurityJaqAppRiskdetailGetFakeAppFullInfo {
  /** 仿冒应用总数(任务完成时才返回) */
  fake_app_count?: Int64;
  /** 仿冒应用列表(任务完成时才返回) */
  fake_app_details?: AlibabaSecurityJaqAppRiskdetailGetFakeAppDetail[];
  /** 子任务状态: 1-已完成,2-处理中,3-处理出错,4-处理超时 */
  status?: Int64;
  /** 仿冒应用感染用户总数(任务完成时才返回) */
  total_infected_users?: Int64;
}

/** `FakeAppDetail` of `alibaba.security.jaq.app.riskdetail.get`. */
export interface AlibabaSecurityJaqAppRiskdetailGetFakeAppDetail {
  /** 仿冒应用名称 */
  app_name?: string;
  /** 仿冒应用下载地址列表(混淆后的URL) */
  download_urls?: string[];
  /** 仿冒应用感染用户数 */
  infected_users?: Int64;
  /** 仿冒应用包名 */
  package_name?: string;
}

/** `MalwareFullInfo` of `alibaba.security.jaq.app.riskdetail.get`. */
export interface AlibabaSecurityJaqAppRiskdetailGetMalwareFullInfo {
  /** 恶意代码数量信息(任务完成时才返回) */
  malware_count?: AlibabaSecurityJaqAppRiskdetailGetMalwareCount;
  /** 恶意代码列表(任务完成时才返回) */
  malware_details?: AlibabaSecurityJaqAppRiskdetailGetMalwareDetail[];
  /** 子任务状态: 1-已完成,2-处理中,3-处理出错,4-处理超时 */
  status?: Int64;
}

/** `MalwareCount` of `alibaba.security.jaq.app.riskdetail.get`. */
export interface AlibabaSecurityJaqAppRiskdetailGetMalwareCount {
  /** 高风险恶意代码数量 */
  high_level?: Int64;
  /** 低风险恶意代码数量 */
  low_level?: Int64;
  /** 恶意代码总数量 */
  total?: Int64;
  /** 若风险恶意代码数量 */
  weak_level?: Int64;
}

/** `MalwareDetail` of `alibaba.security.jaq.app.riskdetail.get`. */
export interface AlibabaSecurityJaqAppRiskdetailGetMalwareDetail {
  /** 恶意代码详细描述 */
  description?: string;
  /** 恶意代码风险级别: High-高 Low-低 */
  level?: string;
  /** 恶意代码名称 */
  name?: string;
  /** 恶意代码类型 */
  type?: string;
}

/** `PluginFullInfo` of `alibaba.security.jaq.app.riskdetail.get`. */
export interface AlibabaSecurityJaqAppRiskdetailGetPluginFullInfo {
  /** 插件个数 */
  plugin_count?: Int64;
  /** 插件详细信息 */
  plugin_details?: AlibabaSecurityJaqAppRiskdetailGetPluginDetail[];
  /** 子任务状态: 1-已完成,2-处理中,3-处理出错,4-处理超时 */
  status?: Int64;
}

/** `PluginDetail` of `alibaba.security.jaq.app.riskdetail.get`. */
export interface AlibabaSecurityJaqAppRiskdetailGetPluginDetail {
  /** 插件行为 */
  actions?: string[];
  /** 插件开发商 */
  company?: string;
  /** 插件描述 */
  desc?: string;
  /** 插件名称 */
  name?: string;
  /** 插件类型 */
  types?: string[];
  /** 插件位置 */
  path?: string;
}

/** `VulnFullInfo` of `alibaba.security.jaq.app.riskdetail.get`. */
export interface AlibabaSecurityJaqAppRiskdetailGetVulnFullInfo {
  /** 子任务状态: 1-已完成,2-处理中,3-处理出错,4-处理超时 */
  status?: Int64;
  /** 漏洞数量信息(任务完成时才返回) */
  vuln_count?: AlibabaSecurityJaqAppRiskdetailGetVulnCount;
  /** 漏洞详情列表(任务完成时才返回) */
  vuln_details?: AlibabaSecurityJaqAppRiskdetailGetVulnDetail[];
  /** 漏洞任务错误码 0-成功 其他-错误 */
  task_error_code?: string;
  /** 漏洞任务错误信息 success-成功 其他-错误 */
  task_error_msg?: string;
}

/** `VulnCount` of `alibaba.security.jaq.app.riskdetail.get`. */
export interface AlibabaSecurityJaqAppRiskdetailGetVulnCount {
  /** 高风险漏洞数量 */
  high_level?: Int64;
  /** 低风险漏洞数量 */
  low_level?: Int64;
  /** 中风险漏洞数量 */
  mid_level?: Int64;
  /** 安全红线漏洞数量 */
  red_line?: Int64;
  /** 漏洞总数量 */
  total?: Int64;
}

/** `VulnDetail` of `alibaba.security.jaq.app.riskdetail.get`. */
export interface AlibabaSecurityJaqAppRiskdetailGetVulnDetail {
  /** 漏洞数量 */
  count?: Int64;
  /** 漏洞风险级别: 高， 中， 低 */
  level?: string;
  /** 漏洞位置 */
  locations?: string[];
  /** 漏洞名称 */
  name?: string;
  /** 漏洞修复建议 */
  recommendation?: string;
  /** 是否安全红线漏洞 */
  red_line?: boolean;
  /** 漏洞详细说明参考链接 */
  referenct_link?: string;
  /** 漏洞类型码 */
  vuln_id?: string;
  /** 漏洞描述 */
  description?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'String',
  locale: {
    country: 'String',
    language: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    fake_info: {
      fake_app_count: 'Number',
      fake_app_details: [
        {
          app_name: 'String',
          download_urls: ['String'],
          infected_users: 'Number',
          package_name: 'String',
        },
      ],
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
      malware_details: [
        {
          description: 'String',
          level: 'String',
          name: 'String',
          type: 'String',
        },
      ],
      status: 'Number',
    },
    plugin_info: {
      plugin_count: 'Number',
      plugin_details: [
        {
          actions: ['String'],
          company: 'String',
          desc: 'String',
          name: 'String',
          types: ['String'],
          path: 'String',
        },
      ],
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
      vuln_details: [
        {
          count: 'Number',
          level: 'String',
          locations: ['String'],
          name: 'String',
          recommendation: 'String',
          red_line: 'Boolean',
          referenct_link: 'String',
          vuln_id: 'String',
          description: 'String',
        },
      ],
      task_error_code: 'String',
      task_error_msg: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.app.riskdetail.get`: method, response root, request and response schemas. */
export const alibabaSecurityJaqAppRiskdetailGetOperation = {
  method: 'alibaba.security.jaq.app.riskdetail.get',
  responseRoot: 'alibaba_security_jaq_app_riskdetail_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 应用风险详细信息查询接口 — calls TOP method `alibaba.security.jaq.app.riskdetail.get`.
 *
 * 用户通过alibaba.security.jaq.app.risk.scan接口提交应用进行风险扫描后，用此接口获取风险详细信息,包含漏洞列表、恶意代码列表、仿冒应用列表等信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqAppRiskdetailGet(
  client: TopClient,
  request: AlibabaSecurityJaqAppRiskdetailGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaSecurityJaqAppRiskdetailGetResponse> {
  return client.call<AlibabaSecurityJaqAppRiskdetailGetResponse>(
    {
      method: 'alibaba.security.jaq.app.riskdetail.get',
      responseRoot: 'alibaba_security_jaq_app_riskdetail_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
