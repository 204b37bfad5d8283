// Generated from specs/c2m/taobao.sebp.organization.getinviteinfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.sebp.organization.getinviteinfo` (淘小铺机构上下级关系). */
export interface TaobaoSebpOrganizationGetinviteinfoRequest {
  /** null-请求所有，20200616-请求2020年6月16号的变更信息 */
  modify_date?: string;
  /** 第几页 */
  page_num: Int64Input;
}

/** Response of `taobao.sebp.organization.getinviteinfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSebpOrganizationGetinviteinfoResponse {
  /** 返回结果 */
  result?: TaobaoSebpOrganizationGetinviteinfoResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDo` of `taobao.sebp.organization.getinviteinfo`. */
export interface TaobaoSebpOrganizationGetinviteinfoResultDo {
  /** 调用是否成功 */
  success?: boolean;
  /** 结果信息 */
  module?: TaobaoSebpOrganizationGetinviteinfoPageInfo;
  /** 错误信息 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

/** `PageInfo` of `taobao.sebp.organization.getinviteinfo`. */
export interface TaobaoSebpOrganizationGetinviteinfoPageInfo {
  /** 总条数 */
  total?: Int64;
  /** 总页数 */
  pages?: Int64;
  /** 页大小 */
  page_size?: Int64;
  /** 邀请关系信息 */
  list?: TaobaoSebpOrganizationGetinviteinfoOrganizationInviteInfoVo[];
  /** 第几页 */
  page_num?: Int64;
}

/** `OrganizationInviteInfoVo` of `taobao.sebp.organization.getinviteinfo`. */
export interface TaobaoSebpOrganizationGetinviteinfoOrganizationInviteInfoVo {
  /** 加密后的邀请者ID */
  encrypt_invitor_id?: string;
  /** 修改日期，latest-为最新 */
  modify_date?: string;
  /** 加密后的分销商ID */
  encrypt_distributor_id?: string;
  /** -1-在体系内，高佣全部退款，0-在体系内，未退高佣，1-不在体系内 */
  status?: Int64;
}

const REQUEST_SCHEMA = {
  modify_date: 'String',
  page_num: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    module: {
      total: 'Number',
      pages: 'Number',
      page_size: 'Number',
      list: [
        {
          encrypt_invitor_id: 'String',
          modify_date: 'String',
          encrypt_distributor_id: 'String',
          status: 'Number',
        },
      ],
      page_num: 'Number',
    },
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.sebp.organization.getinviteinfo`: method, response root, request and response schemas. */
export const taobaoSebpOrganizationGetinviteinfoOperation = {
  method: 'taobao.sebp.organization.getinviteinfo',
  responseRoot: 'sebp_organization_getinviteinfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘小铺机构上下级关系 — calls TOP method `taobao.sebp.organization.getinviteinfo`.
 *
 * 机构人员获取机构上下级关系信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSebpOrganizationGetinviteinfo(
  client: TopClient,
  request: TaobaoSebpOrganizationGetinviteinfoRequest,
  options?: CallOptions,
): Promise<TaobaoSebpOrganizationGetinviteinfoResponse> {
  return client.call<TaobaoSebpOrganizationGetinviteinfoResponse>(
    {
      method: 'taobao.sebp.organization.getinviteinfo',
      responseRoot: 'sebp_organization_getinviteinfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
