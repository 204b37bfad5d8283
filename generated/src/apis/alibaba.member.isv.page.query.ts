// Generated from specs/alimember/alibaba.member.isv.page.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.member.isv.page.query` (isv离线会员数据分页查询). */
export interface AlibabaMemberIsvPageQueryRequest {
  /** 请求 */
  page_query_isv_customer_request: AlibabaMemberIsvPageQueryPageQueryIsvCustomerRequestInput;
}

/** Response of `alibaba.member.isv.page.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMemberIsvPageQueryResponse {
  /** 返回的分页结果 */
  result?: AlibabaMemberIsvPageQueryPageQueryIsvCustomerRes;
  /** 错误E1002 */
  msg_info?: string;
  /** 错误明细 */
  msg_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PageQueryIsvCustomerRequest` of `alibaba.member.isv.page.query`. */
export interface AlibabaMemberIsvPageQueryPageQueryIsvCustomerRequestInput {
  /** 第几页 */
  page_no: Int64Input;
  /** 每页大小，最大不超过1000 */
  page_size: Int64Input;
  /** 商户id */
  open_merchant_id: string;
}

/** `PageQueryIsvCustomerRes` of `alibaba.member.isv.page.query`. */
export interface AlibabaMemberIsvPageQueryPageQueryIsvCustomerRes {
  /** 总大小 */
  total_size?: Int64;
  /** 当前第几页 */
  page_no?: Int64;
  /** 每页大小 */
  page_size?: Int64;
  /** 会员数据 */
  data?: AlibabaMemberIsvPageQuerySaasCustomerInfo[];
  /** 是否还有下一页 */
  has_next?: boolean;
}

/** `SaasCustomerInfo` of `alibaba.member.isv.page.query`. */
export interface AlibabaMemberIsvPageQuerySaasCustomerInfo {
  /** 本地生活会员id */
  customer_id?: string;
  /** yyyy-MM-dd HH:mm:ss 生日 */
  birthday?: string;
  /** 手机号 */
  mobile?: string;
  /** MALE-男 FEMALE-女 */
  sex?: string;
  /** 姓名 */
  name?: string;
  /** 积分 */
  point?: string;
  /** 入会门店 */
  member_shop_id?: string;
  /** yyyy-MM-dd HH:mm:ss 入会时间 */
  member_time?: string;
  /** isv会员id */
  isv_member_id?: string;
}

const REQUEST_SCHEMA = {
  page_query_isv_customer_request: {
    page_no: 'Number',
    page_size: 'Number',
    open_merchant_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total_size: 'Number',
    page_no: 'Number',
    page_size: 'Number',
    data: [
      {
        customer_id: 'String',
        birthday: 'String',
        mobile: 'String',
        sex: 'String',
        name: 'String',
        point: 'String',
        member_shop_id: 'String',
        member_time: 'String',
        isv_member_id: 'String',
      },
    ],
    has_next: 'Boolean',
  },
  msg_info: 'String',
  msg_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.member.isv.page.query`: method, response root, request and response schemas. */
export const alibabaMemberIsvPageQueryOperation = {
  method: 'alibaba.member.isv.page.query',
  responseRoot: 'alibaba_member_isv_page_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * isv离线会员数据分页查询 — calls TOP method `alibaba.member.isv.page.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMemberIsvPageQuery(
  client: TopClient,
  request: AlibabaMemberIsvPageQueryRequest,
  options?: CallOptions,
): Promise<AlibabaMemberIsvPageQueryResponse> {
  return client.call<AlibabaMemberIsvPageQueryResponse>(
    {
      method: 'alibaba.member.isv.page.query',
      responseRoot: 'alibaba_member_isv_page_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
