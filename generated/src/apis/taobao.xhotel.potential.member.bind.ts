// Generated from specs/xhotelcrm/taobao.xhotel.potential.member.bind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.potential.member.bind` (飞猪酒店商家会员绑定). */
export interface TaobaoXhotelPotentialMemberBindRequest {
  /** 名 */
  first_name?: string;
  /** 姓 */
  last_name?: string;
  /** 电话 */
  phone: string;
  /** 邮箱 */
  email?: string;
  /** 卡号 */
  card_no: string;
  /** 等级(V1,V2,V3) */
  grade?: string;
  /** 注册时间 */
  register_date?: DateInput;
  /** 生效时间 */
  from_date?: DateInput;
  /** 截止时间 */
  to_date?: DateInput;
  /** 性别(M,F,U-未知) */
  sex?: string;
  /** 城市 */
  city?: string;
  /** 年龄 */
  age?: Int64Input;
  /** 籍贯 */
  native_place?: string;
}

/** Response of `taobao.xhotel.potential.member.bind`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelPotentialMemberBindResponse {
  /** 添加操作是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  first_name: 'String',
  last_name: 'String',
  phone: 'String',
  email: 'String',
  card_no: 'String',
  grade: 'String',
  register_date: 'Date',
  from_date: 'Date',
  to_date: 'Date',
  sex: 'String',
  city: 'String',
  age: 'Number',
  native_place: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.potential.member.bind`: method, response root, request and response schemas. */
export const taobaoXhotelPotentialMemberBindOperation = {
  method: 'taobao.xhotel.potential.member.bind',
  responseRoot: 'xhotel_potential_member_bind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 飞猪酒店商家会员绑定 — calls TOP method `taobao.xhotel.potential.member.bind`.
 *
 * 支持互通商家发起会员绑定
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelPotentialMemberBind(
  client: TopClient,
  request: TaobaoXhotelPotentialMemberBindRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelPotentialMemberBindResponse> {
  return client.call<TaobaoXhotelPotentialMemberBindResponse>(
    {
      method: 'taobao.xhotel.potential.member.bind',
      responseRoot: 'xhotel_potential_member_bind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
