// Generated from specs/westcrm/alibaba.westcrm.customer.info.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.westcrm.customer.info.get` (会员信息查询接口). */
export interface AlibabaWestcrmCustomerInfoGetRequest {
  /** 园区id */
  campus_id: Int64Input;
  /** 会员id */
  ib_user_id: Int64Input;
  /** 支付宝id */
  alipay_id?: string;
}

/** Response of `alibaba.westcrm.customer.info.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWestcrmCustomerInfoGetResponse {
  /** 返回对象封装 */
  result?: AlibabaWestcrmCustomerInfoGetDataResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DataResult` of `alibaba.westcrm.customer.info.get`. */
export interface AlibabaWestcrmCustomerInfoGetDataResult {
  /** 返回信息 */
  message?: string;
  /** data */
  data_list?: AlibabaWestcrmCustomerInfoGetCustomerBaseInfoVo;
  /** 参数code */
  code?: Int64;
}

/** `CustomerBaseInfoVo` of `alibaba.westcrm.customer.info.get`. */
export interface AlibabaWestcrmCustomerInfoGetCustomerBaseInfoVo {
  /** 积分 */
  point?: Int64;
  /** 头像 */
  avatar?: string;
  /** 等级序号 */
  grade_num?: Int64;
  /** 园区id */
  campus_id?: Int64;
  /** 电话 */
  mobile?: string;
  /** 名称 */
  name?: string;
  /** 性别 */
  gender?: Int64;
  /** 等级id */
  grade_id?: Int64;
  /** 用户id */
  ib_user_id?: Int64;
  /** 等级名称 */
  grade_name?: string;
}

const REQUEST_SCHEMA = {
  campus_id: 'Number',
  ib_user_id: 'Number',
  alipay_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    data_list: {
      point: 'Number',
      avatar: 'String',
      grade_num: 'Number',
      campus_id: 'Number',
      mobile: 'String',
      name: 'String',
      gender: 'Number',
      grade_id: 'Number',
      ib_user_id: 'Number',
      grade_name: 'String',
    },
    code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.westcrm.customer.info.get`: method, response root, request and response schemas. */
export const alibabaWestcrmCustomerInfoGetOperation = {
  method: 'alibaba.westcrm.customer.info.get',
  responseRoot: 'alibaba_westcrm_customer_info_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 会员信息查询接口 — calls TOP method `alibaba.westcrm.customer.info.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWestcrmCustomerInfoGet(
  client: TopClient,
  request: AlibabaWestcrmCustomerInfoGetRequest,
  options?: CallOptions,
): Promise<AlibabaWestcrmCustomerInfoGetResponse> {
  return client.call<AlibabaWestcrmCustomerInfoGetResponse>(
    {
      method: 'alibaba.westcrm.customer.info.get',
      responseRoot: 'alibaba_westcrm_customer_info_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
