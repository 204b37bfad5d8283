// Generated from specs/simba/taobao.simba.serchcrowd.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.serchcrowd.get` (根据推广单元id获取搜索溢价人群). */
export interface TaobaoSimbaSerchcrowdGetRequest {
  /** 被操作者的淘宝昵称 */
  nick: string;
  /** 推广单元id */
  adgroup_id: Int64Input;
}

/** Response of `taobao.simba.serchcrowd.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaSerchcrowdGetResponse {
  /** result */
  adgrouptargetingtags?: TaobaoSimbaSerchcrowdGetResult[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.simba.serchcrowd.get`. */
export interface TaobaoSimbaSerchcrowdGetResult {
  /** 出价方式1:溢价;0:出价 */
  price_mode?: Int64;
  /** 返回的溢价比例,乘的关系,discount=121,代表溢价21% */
  discount?: Int64;
  /** 人群信息 */
  crowd?: TaobaoSimbaSerchcrowdGetCrowdDto;
  /** 定向id,出价删除 改价,修改状态时用 */
  id?: Int64;
  /** 人群是否溢价1:不溢价;0:溢价 */
  is_default_price?: Int64;
  /** 人群上下线状态0:暂停, 1:启用 */
  online_status?: Int64;
}

/** `CrowdDto` of `taobao.simba.serchcrowd.get`. */
export interface TaobaoSimbaSerchcrowdGetCrowdDto {
  /** 业务类型 */
  biz_type?: Int64;
  /** 用户id */
  cust_id?: Int64;
  /** 人群id ,报表用 */
  crowd_id?: Int64;
  /** 人群名称 */
  name?: string;
  /** 人群包模版ID */
  template_id?: Int64;
  /** 人群类型 */
  type?: Int64;
  /** 人群建议溢价,取值范围[5,300] */
  fit_discount?: Int64;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  adgroup_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  adgrouptargetingtags: [
    {
      price_mode: 'Number',
      discount: 'Number',
      crowd: {
        biz_type: 'Number',
        cust_id: 'Number',
        crowd_id: 'Number',
        name: 'String',
        template_id: 'Number',
        type: 'Number',
        fit_discount: 'Number',
      },
      id: 'Number',
      is_default_price: 'Number',
      online_status: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.serchcrowd.get`: method, response root, request and response schemas. */
export const taobaoSimbaSerchcrowdGetOperation = {
  method: 'taobao.simba.serchcrowd.get',
  responseRoot: 'simba_serchcrowd_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据推广单元id获取搜索溢价人群 — calls TOP method `taobao.simba.serchcrowd.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaSerchcrowdGet(
  client: TopClient,
  request: TaobaoSimbaSerchcrowdGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaSerchcrowdGetResponse> {
  return client.call<TaobaoSimbaSerchcrowdGetResponse>(
    {
      method: 'taobao.simba.serchcrowd.get',
      responseRoot: 'simba_serchcrowd_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
