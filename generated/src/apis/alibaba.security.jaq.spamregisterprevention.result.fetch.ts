// Generated from specs/security/alibaba.security.jaq.spamregisterprevention.result.fetch.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.spamregisterprevention.result.fetch` (获取垃圾注册防控结果). */
export interface AlibabaSecurityJaqSpamregisterpreventionResultFetchRequest {
  /** 账号绑定的手机号码 */
  phone_number: string;
  /** 账号绑定的IP地址 */
  ip: string;
  /** 场景描述，String必须在下面可以使用的场景中选择。可以使用的场景为：Login：登录事件；Register：注册事件；Trade:交易事件；Payment:支付事件;Refund：退款事件 ；Loan：借款事件；Transfer：转账事件；Withdraw ：提现事件；Modify：修改事件；Click：点击事件；Activate：激活事件； Other：其他事件。 */
  context: string;
  /** 登录来源。可以输入的参数如下：1：PC网页；2：移动网页；3：APP；4：其他 */
  source: Int64Input;
  /** 账号绑定的email地址 */
  email?: string;
  /** 账号的全局唯一标识 */
  user_id?: string;
  /** 当前注册的页面URL，Source为1，2时，该参数必选 */
  register_url?: string;
  /** agent，发送HTTP请求的代理 */
  agent?: string;
  /** Cookie */
  cookie?: string;
  /** Session id */
  session_id?: string;
  /** 硬件信息 */
  mac_address?: string;
  /** 上一跳信息 */
  referer?: string;
  /** 账号绑定的呢称 */
  nick_name?: string;
  /** 账号绑定的公司名字 */
  company_name?: string;
  /** 账号绑定的注册的地址 */
  address?: string;
  /** 账号绑定的身份证号 */
  id_number?: string;
  /** 账号绑定的银行卡号 */
  bank_card_number?: string;
  /** 接入JS后从服务端获取的token */
  js_token?: string;
  /** 接入SDK后从服务端获取的token */
  sdk_token?: string;
}

/** Response of `alibaba.security.jaq.spamregisterprevention.result.fetch`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqSpamregisterpreventionResultFetchResponse {
  /** 账号风控返回结果 */
  jaq_account_risk_result?: AlibabaSecurityJaqSpamregisterpreventionResultFetchJaqAccountRiskResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `JaqAccountRiskResult` of `alibaba.security.jaq.spamregisterprevention.result.fetch`. */
export interface AlibabaSecurityJaqSpamregisterpreventionResultFetchJaqAccountRiskResult {
  /** 错误码 */
  error_code?: Int64;
  /** 风控结果的真正数据内容 */
  data?: AlibabaSecurityJaqSpamregisterpreventionResultFetchJaqAccountRiskData;
  /** 错误信息 */
  error_msg?: string;
}

/** `JaqAccountRiskData` of `alibaba.security.jaq.spamregisterprevention.result.fetch`. */
export interface AlibabaSecurityJaqSpamregisterpreventionResultFetchJaqAccountRiskData {
  /** 详情列表 */
  detail_list?: AlibabaSecurityJaqSpamregisterpreventionResultFetchJaqAccountRiskDetailItem[];
  /** 事件id */
  event_id?: string;
  /** 注册用户id */
  user_id?: string;
  /** 最终得分 */
  final_score?: Int64;
  /** 最终决定。0：可以接受；1：应该拒绝；2：需要人工审核 */
  final_decision?: Int64;
}

/** `JaqAccountRiskDetailItem` of `alibaba.security.jaq.spamregisterprevention.result.fetch`. */
export interface AlibabaSecurityJaqSpamregisterpreventionResultFetchJaqAccountRiskDetailItem {
  /** rule id */
  id?: string;
  /** rule name */
  name?: string;
  /** 决定，0：可以接受；1：应该拒绝；2：需要人工审查 */
  decision?: Int64;
  /** 分数 */
  score?: Int64;
}

const REQUEST_SCHEMA = {
  phone_number: 'String',
  ip: 'String',
  context: 'String',
  source: 'Number',
  email: 'String',
  user_id: 'String',
  register_url: 'String',
  agent: 'String',
  cookie: 'String',
  session_id: 'String',
  mac_address: 'String',
  referer: 'String',
  nick_name: 'String',
  company_name: 'String',
  address: 'String',
  id_number: 'String',
  bank_card_number: 'String',
  js_token: 'String',
  sdk_token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  jaq_account_risk_result: {
    error_code: 'Number',
    data: {
      detail_list: [
        {
          id: 'String',
          name: 'String',
          decision: 'Number',
          score: 'Number',
        },
      ],
      event_id: 'String',
      user_id: 'String',
      final_score: 'Number',
      final_decision: 'Number',
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.spamregisterprevention.result.fetch`: method, response root, request and response schemas. */
export const alibabaSecurityJaqSpamregisterpreventionResultFetchOperation = {
  method: 'alibaba.security.jaq.spamregisterprevention.result.fetch',
  responseRoot: 'alibaba_security_jaq_spamregisterprevention_result_fetch_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取垃圾注册防控结果 — calls TOP method `alibaba.security.jaq.spamregisterprevention.result.fetch`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqSpamregisterpreventionResultFetch(
  client: TopClient,
  request: AlibabaSecurityJaqSpamregisterpreventionResultFetchRequest,
  options?: CallOptions,
): Promise<AlibabaSecurityJaqSpamregisterpreventionResultFetchResponse> {
  return client.call<AlibabaSecurityJaqSpamregisterpreventionResultFetchResponse>(
    {
      method: 'alibaba.security.jaq.spamregisterprevention.result.fetch',
      responseRoot: 'alibaba_security_jaq_spamregisterprevention_result_fetch_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
