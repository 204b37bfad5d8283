// Generated from specs/wdk/alibaba.wdk.member.card.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.member.card.get` (查询会员卡信息). */
export interface AlibabaWdkMemberCardGetRequest {
  /** 系统自动生成 */
  member_query?: AlibabaWdkMemberCardGetMemberQueryRequestInput;
}

/** Response of `alibaba.wdk.member.card.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMemberCardGetResponse {
  /** 结果 */
  api_result?: AlibabaWdkMemberCardGetApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MemberQueryRequest` of `alibaba.wdk.member.card.get`. */
export interface AlibabaWdkMemberCardGetMemberQueryRequestInput {
  /** 商户号 */
  merchant_code?: string;
  /** 扩展字段json字符串 */
  member_attributes?: string;
  /** 会员类型 */
  account_type?: string;
  /** 会员号 */
  account_id?: string;
}

/** `ApiResult` of `alibaba.wdk.member.card.get`. */
export interface AlibabaWdkMemberCardGetApiResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误消息 */
  err_msg?: string;
  /** 错误结果码 */
  err_code?: string;
  /** 会员信息模型 */
  model?: AlibabaWdkMemberCardGetMemberInfoDo;
}

/** `MemberInfoDo` of `alibaba.wdk.member.card.get`. */
export interface AlibabaWdkMemberCardGetMemberInfoDo {
  /** 会员卡等级 */
  card_level?: Int64;
  /** 会员卡号 */
  card_num?: string;
  /** 会员卡状态 '使用中' or '已挂失' or '已作废' or '已补发卡' or '已退卡' or '已冻结' or '未激活' or '已坏卡登记' or '已销毁' or '已制卡' or '已发卡' or '已核对' or '已回收' or '空卡' or '异常' or '已损卡' */
  state?: string;
  /** 卡有效期截止日期，格式：yyyy-MM-dd HH:mm:ss */
  end_time?: string;
  /** 如果卡长期有效，值为true，为true时，默认不校验endTime */
  forever?: boolean;
  /** 扩展属性map */
  member_attributes?: string;
  /** 会员卡类型 */
  card_type?: string;
}

const REQUEST_SCHEMA = {
  member_query: {
    merchant_code: 'String',
    member_attributes: 'String',
    account_type: 'String',
    account_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    success: 'Boolean',
    err_msg: 'String',
    err_code: 'String',
    model: {
      card_level: 'Number',
      card_num: 'String',
      state: 'String',
      end_time: 'String',
      forever: 'Boolean',
      member_attributes: 'String',
      card_type: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.member.card.get`: method, response root, request and response schemas. */
export const alibabaWdkMemberCardGetOperation = {
  method: 'alibaba.wdk.member.card.get',
  responseRoot: 'alibaba_wdk_member_card_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询会员卡信息 — calls TOP method `alibaba.wdk.member.card.get`.
 *
 * 根据会员卡查询会员信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMemberCardGet(
  client: TopClient,
  request: AlibabaWdkMemberCardGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkMemberCardGetResponse> {
  return client.call<AlibabaWdkMemberCardGetResponse>(
    {
      method: 'alibaba.wdk.member.card.get',
      responseRoot: 'alibaba_wdk_member_card_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
