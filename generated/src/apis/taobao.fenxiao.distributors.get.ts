// Generated from specs/fenxiao/taobao.fenxiao.distributors.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fenxiao.distributors.get` (获取分销商信息). */
export interface TaobaoFenxiaoDistributorsGetRequest {
  /** 分销商用户名列表。多个之间以“,”分隔;最多支持50个分销商用户名。 */
  nicks: string;
}

/** Response of `taobao.fenxiao.distributors.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFenxiaoDistributorsGetResponse {
  /** 分销商详细信息 */
  distributors?: TaobaoFenxiaoDistributorsGetDistributor[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Distributor` of `taobao.fenxiao.distributors.get`. */
export interface TaobaoFenxiaoDistributorsGetDistributor {
  /** 分销商Id */
  distributor_id?: Int64;
  /** 分销商姓名 */
  distributor_name?: string;
  /** 联系人 */
  contact_person?: string;
  /** 分销商的手机号 */
  mobile_phone?: string;
  /** 分销商的电话 */
  phone?: string;
  /** 分销商的email */
  email?: string;
  /** 分销商的支付宝帐户 */
  alipay_account?: string;
  /** 分销商的网店链接 */
  shop_web_link?: string;
  /** 分销商的真实姓名，认证姓名 */
  full_name?: string;
  /** 分销商卖家的开店时间 */
  starts?: string;
  /** 分销商店铺主营类目 */
  category_id?: Int64;
  /** 店铺等级 */
  level?: Int64;
  /** 分销商的淘宝卖家评价 */
  appraise?: Int64;
}

const REQUEST_SCHEMA = {
  nicks: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  distributors: [
    {
      distributor_id: 'Number',
      distributor_name: 'String',
      contact_person: 'String',
      mobile_phone: 'String',
      phone: 'String',
      email: 'String',
      alipay_account: 'String',
      shop_web_link: 'String',
      full_name: 'String',
      starts: 'Date',
      category_id: 'Number',
      level: 'Number',
      appraise: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.fenxiao.distributors.get`: method, response root, request and response schemas. */
export const taobaoFenxiaoDistributorsGetOperation = {
  method: 'taobao.fenxiao.distributors.get',
  responseRoot: 'fenxiao_distributors_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取分销商信息 — calls TOP method `taobao.fenxiao.distributors.get`.
 *
 * 查询和当前登录供应商有合作关系的分销商的信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFenxiaoDistributorsGet(
  client: TopClient,
  request: TaobaoFenxiaoDistributorsGetRequest,
  options?: CallOptions,
): Promise<TaobaoFenxiaoDistributorsGetResponse> {
  return client.call<TaobaoFenxiaoDistributorsGetResponse>(
    {
      method: 'taobao.fenxiao.distributors.get',
      responseRoot: 'fenxiao_distributors_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
