// Generated from specs/mozi/alibaba.mozi.buc.account.pageall.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mozi.buc.account.pageall` (查询租户内内所有账号). */
export interface AlibabaMoziBucAccountPageallRequest {
  /** 查询租户内所有人员和账号 */
  page_all?: AlibabaMoziBucAccountPageallPageAllAccountsRequestInput;
}

/** Response of `alibaba.mozi.buc.account.pageall`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMoziBucAccountPageallResponse {
  /** 返回结果 */
  result?: AlibabaMoziBucAccountPageallPageAllAccountsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PageAllAccountsRequest` of `alibaba.mozi.buc.account.pageall`. */
export interface AlibabaMoziBucAccountPageallPageAllAccountsRequestInput {
  /** 是否返回总数 */
  return_total_size?: boolean;
  /** 租户ID */
  tenant_id: Int64Input;
  /** 账号类型，21 钉钉 11 淘宝 */
  account_type?: string;
  /** 是否可用 T可用 F不可用，不填是全部 */
  available?: string;
  /** 每页的大小 */
  page_size?: Int64Input;
  /** 附加信息 */
  request_meta_data?: string;
  /** 是否在职 A在职 I离职，不填是全部 */
  hr_status?: string;
  /** 当前页号 */
  page_no?: Int64Input;
  /** 0表示未激活，1表示激活，不填是全部 */
  active_level?: Int64Input;
  /** 状态，0表示正常，5是离职回收，104是冻结，不填是全部 */
  status?: Int64Input;
}

/** `PageAllAccountsResult` of `alibaba.mozi.buc.account.pageall`. */
export interface AlibabaMoziBucAccountPageallPageAllAccountsResult {
  /** 返回的记录总数 */
  total_size?: Int64;
  /** 返回的数据 */
  data_list?: AlibabaMoziBucAccountPageallT[];
  /** 是否成功 */
  success?: boolean;
  /** 请求的序列化 */
  request_id?: string;
  /** 每页多少条数据 */
  page_size?: Int64;
  /** 当前第几页 */
  current_page?: Int64;
  /** 返回的状态消息 */
  response_message?: string;
  /** 返回附加值 */
  response_meta_data?: string;
  /** 返回码 */
  response_code?: string;
}

/** `T` of `alibaba.mozi.buc.account.pageall`. */
export interface AlibabaMoziBucAccountPageallT {
  /** 账号ID */
  id?: Int64;
  /** 租户ID */
  tenant_id?: Int64;
  /** 账号名 */
  account?: string;
  /** 账号平台 */
  namespace?: string;
  /** 三方账号ID */
  refer_id?: string;
  /** 三方账号名 */
  refer_account?: string;
  /** 站点语言ZH_CN，EN */
  site_language?: string;
  /** 状态 0表示正常 */
  status?: string;
  /** 账号类型 */
  account_type?: string;
  /** 是否是大陆Y表示是，N不是 */
  mainland?: string;
  /** 是否可用 */
  available?: string;
  /** 是否激活 */
  active_level?: Int64;
  /** 是否在职 */
  hr_status?: string;
  /** 昵称 */
  nick_name_cn?: string;
  /** 英文全名 */
  name_en?: string;
  /** 中文全名 */
  name_cn?: string;
  /** 中文全名 */
  last_name?: string;
  /** 英文全名 */
  first_name?: string;
  /** 工号 */
  emp_id?: string;
  /** 头像 */
  avatar?: string;
}

const REQUEST_SCHEMA = {
  page_all: {
    return_total_size: 'Boolean',
    tenant_id: 'Number',
    account_type: 'String',
    available: 'String',
    page_size: 'Number',
    request_meta_data: 'String',
    hr_status: 'String',
    page_no: 'Number',
    active_level: 'Number',
    status: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total_size: 'Number',
    data_list: [
      {
        id: 'Number',
        tenant_id: 'Number',
        account: 'String',
        namespace: 'String',
        refer_id: 'String',
        refer_account: 'String',
        site_language: 'String',
        status: 'String',
        account_type: 'String',
        mainland: 'String',
        available: 'String',
        active_level: 'Number',
        hr_status: 'String',
        nick_name_cn: 'String',
        name_en: 'String',
        name_cn: 'String',
        last_name: 'String',
        first_name: 'String',
        emp_id: 'String',
        avatar: 'String',
      },
    ],
    success: 'Boolean',
    request_id: 'String',
    page_size: 'Number',
    current_page: 'Number',
    response_message: 'String',
    response_meta_data: 'String',
    response_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mozi.buc.account.pageall`: method, response root, request and response schemas. */
export const alibabaMoziBucAccountPageallOperation = {
  method: 'alibaba.mozi.buc.account.pageall',
  responseRoot: 'alibaba_mozi_buc_account_pageall_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询租户内内所有账号 — calls TOP method `alibaba.mozi.buc.account.pageall`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMoziBucAccountPageall(
  client: TopClient,
  request: AlibabaMoziBucAccountPageallRequest = {},
  options?: CallOptions,
): Promise<AlibabaMoziBucAccountPageallResponse> {
  return client.call<AlibabaMoziBucAccountPageallResponse>(
    {
      method: 'alibaba.mozi.buc.account.pageall',
      responseRoot: 'alibaba_mozi_buc_account_pageall_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
