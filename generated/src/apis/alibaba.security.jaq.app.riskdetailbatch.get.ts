// Generated from specs/security/alibaba.security.jaq.app.riskdetailbatch.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.app.riskdetailbatch.get` (应用风险详细信息批量查询接口). */
export interface AlibabaSecurityJaqAppRiskdetailbatchGetRequest {
  /** 任务唯一标识 */
  item_id: string;
  /** 本地化语言信息,用于指定返回结果内容所使用的语言(默认为zh_CN,目前仅支持zh_CN) */
  locale?: AlibabaSecurityJaqAppRiskdetailbatchGetLocaleInput;
}

/** Response of `alibaba.security.jaq.app.riskdetailbatch.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqAppRiskdetailbatchGetResponse {
  /** 批量扫描风险详情 */
  result?: AlibabaSecurityJaqAppRiskdetailbatchGetRiskDetailBatch;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Locale` of `alibaba.security.jaq.app.riskdetailbatch.get`. */
export interface AlibabaSecurityJaqAppRiskdetailbatchGetLocaleInput {
  /** 语言 */
  country?: string;
  /** 国家 */
  language?: string;
}

/** `RiskDetailBatch` of `alibaba.security.jaq.app.riskdetailbatch.get`. */
export interface AlibabaSecurityJaqAppRiskdetailbatchGetRiskDetailBatch {
  /** 各个应用的风险列表 */
  result_infos?: AlibabaSecurityJaqAppRiskdetailbatchGetRiskDetailBatchItem[];
  /** 任务状态: 1-已完成,2-处理中,3-处理失败,4-处理超时 */
  total_status?: Int64;
}

/** `RiskDetailBatchItem` of `alibaba.security.jaq.app.riskdetailbatch.get`. */
export interface AlibabaSecurityJaqAppRiskdetailbatchGetRiskDetailBatchItem {
  /** app的md5 */
  app_identity?: string;
  /** 恶意代码检测结果 */
  malware_info?: AlibabaSecurityJaqAppRiskdetailbatchGetMalwareFullInfo;
  /** 插件信息 */
  plugin_info?: AlibabaSecurityJaqAppRiskdetailbatchGetPluginFullInfo;
  /** 漏洞列表(任务完成时才返回) */
  vuln_info?: AlibabaSecurityJaqAppRiskdetailbatchGetVulnFullInfo;
}

/** `MalwareFullInfo` of `alibaba.security.jaq.app.riskdetailbatch.get`. */
export interface AlibabaSecurityJaqAppRiskdetailbatchGetMalwareFullInfo {
  /** 恶意代码数量信息(任务完成时才返回) */
  malware_count?: AlibabaSecurityJaqAppRiskdetailbatchGetMalwareCount;
  /** 恶意代码列表 */
  malware_details?: AlibabaSecurityJaqAppRiskdetailbatchGetMalwareDetail[];
  /** 子任务状态: 1-已完成,2-处理中,3-处理出错,4-处理超时 */
  status?: Int64;
}

/** `MalwareCount` of `alibaba.security.jaq.app.riskdetailbatch.get`. */
export interface AlibabaSecurityJaqAppRiskdetailbatchGetMalwareCount {
  /** 高风险恶意代码数量 */
  high_level?: Int64;
  /** 低风险恶意代码数量 */
  low_level?: Int64;
  /** 恶意代码总数量 */
  total?: Int64;
  /** 若风险恶意代码数量 */
  weak_level?: Int64;
}

/** `MalwareDetail` of `alibaba.security.jaq.app.riskdetailbatch.get`. */
export interface AlibabaSecurityJaqAppRiskdetailbatchGetMalwareDetail {
  /** 恶意代码详细描述 */
  description?: string;
  /** 恶意代码风险级别: high-高 low-低 */
  level?: string;
  /** 恶意代码名称 */
  name?: string;
  /** 恶意代码类型 */
  type?: string;
}

/** `PluginFullInfo` of `alibaba.security.jaq.app.riskdetailbatch.get`. */
export interface AlibabaSecurityJaqAppRiskdetailbatchGetPluginFullInfo {
  /** 插件个数 */
  plugin_count?: Int64;
  /** 插件详细信息 */
  plugin_details?: AlibabaSecurityJaqAppRiskdetailbatchGetPluginDetail[];
  /** 子任务状态: 1-已完成,2-处理中,3-处理出错,4-处理超时 */
  status?: Int64;
}

/** `PluginDetail` of `alibaba.security.jaq.app.riskdetailbatch.get`. */
export interface AlibabaSecurityJaqAppRiskdetailbatchGetPluginDetail {
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

/** `VulnFullInfo` of `alibaba.security.jaq.app.riskdetailbatch.get`. */
export interface AlibabaSecurityJaqAppRiskdetailbatchGetVulnFullInfo {
  /** 子任务状态: 1-已完成,2-处理中,3-处理出错,4-处理超时 */
  status?: Int64;
  /** 漏洞数量信息(任务完成时才返回) */
  vuln_count?: AlibabaSecurityJaqAppRiskdetailbatchGetVulnCount;
  /** 漏洞详情列表(任务完成时才返回) */
  vuln_details?: AlibabaSecurityJaqAppRiskdetailbatchGetVulnDetail[];
}

/** `VulnCount` of `alibaba.security.jaq.app.riskdetailbatch.get`. */
export interface AlibabaSecurityJaqAppRiskdetailbatchGetVulnCount {
  /** 高风险漏洞数量 */
  high_level?: Int64;
  /** 中风险漏洞数量 */
  low_level?: Int64;
  /** 低风险漏洞数量 */
  mid_level?: Int64;
  /** 安全红线漏洞数量 */
  red_line?: Int64;
  /** 漏洞总数量 */
  total?: Int64;
}

/** `VulnDetail` of `alibaba.security.jaq.app.riskdetailbatch.get`. */
export interface AlibabaSecurityJaqAppRiskdetailbatchGetVulnDetail {
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
    result_infos: [
      {
        app_identity: 'String',
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
            },
          ],
        },
      },
    ],
    total_status: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.app.riskdetailbatch.get`: method, response root, request and response schemas. */
export const alibabaSecurityJaqAppRiskdetailbatchGetOperation = {
  method: 'alibaba.security.jaq.app.riskdetailbatch.get',
  responseRoot: 'alibaba_security_jaq_app_riskdetailbatch_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 应用风险详细信息批量查询接口 — calls TOP method `alibaba.security.jaq.app.riskdetailbatch.get`.
 *
 * 用户通过alibaba.security.jaq.app.risk.scanbatch接口提交应用进行风险批量扫描后，用此接口批量获取风险详细信息,包含漏洞列表、恶意代码列表、仿冒应用列表等信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqAppRiskdetailbatchGet(
  client: TopClient,
  request: AlibabaSecurityJaqAppRiskdetailbatchGetRequest,
  options?: CallOptions,
): Promise<AlibabaSecurityJaqAppRiskdetailbatchGetResponse> {
  return client.call<AlibabaSecurityJaqAppRiskdetailbatchGetResponse>(
    {
      method: 'alibaba.security.jaq.app.riskdetailbatch.get',
      responseRoot: 'alibaba_security_jaq_app_riskdetailbatch_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
