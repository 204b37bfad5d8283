// Generated from specs/normalvisa/taobao.alitrip.travel.normalvisa.getcompany.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.normalvisa.getcompany` (获取物流公司信息). */
export interface TaobaoAlitripTravelNormalvisaGetcompanyRequest {
  /** true：取5个重要的物流公司 false：取所有的物流公司 */
  param0: boolean;
}

/** Response of `taobao.alitrip.travel.normalvisa.getcompany`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelNormalvisaGetcompanyResponse {
  /** 结果，有返回代表成功 */
  result?: TaobaoAlitripTravelNormalvisaGetcompanyResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSet` of `taobao.alitrip.travel.normalvisa.getcompany`. */
export interface TaobaoAlitripTravelNormalvisaGetcompanyResultSet {
  /** 结果 */
  results?: TaobaoAlitripTravelNormalvisaGetcompanyLogisticsCompanyInfo[];
  /** 结果数 */
  total_results?: Int64;
  /** 是否包含下一个 */
  has_next?: boolean;
  /** 异常 */
  exception?: string;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

/** `LogisticsCompanyInfo` of `taobao.alitrip.travel.normalvisa.getcompany`. */
export interface TaobaoAlitripTravelNormalvisaGetcompanyLogisticsCompanyInfo {
  /** 物流公司列表 */
  logistics_company_unit_top_v_o_list?: TaobaoAlitripTravelNormalvisaGetcompanyLogisticsCompanyUnitTopVo[];
}

/** `LogisticsCompanyUnitTopVo` of `taobao.alitrip.travel.normalvisa.getcompany`. */
export interface TaobaoAlitripTravelNormalvisaGetcompanyLogisticsCompanyUnitTopVo {
  /** 物流公司名 */
  company_name?: string;
  /** 物流公司代码 */
  company_code?: string;
}

const REQUEST_SCHEMA = {
  param0: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    results: [
      {
        logistics_company_unit_top_v_o_list: [
          {
            company_name: 'String',
            company_code: 'String',
          },
        ],
      },
    ],
    total_results: 'Number',
    has_next: 'Boolean',
    exception: 'String',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.normalvisa.getcompany`: method, response root, request and response schemas. */
export const taobaoAlitripTravelNormalvisaGetcompanyOperation = {
  method: 'taobao.alitrip.travel.normalvisa.getcompany',
  responseRoot: 'alitrip_travel_normalvisa_getcompany_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取物流公司信息 — calls TOP method `taobao.alitrip.travel.normalvisa.getcompany`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelNormalvisaGetcompany(
  client: TopClient,
  request: TaobaoAlitripTravelNormalvisaGetcompanyRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelNormalvisaGetcompanyResponse> {
  return client.call<TaobaoAlitripTravelNormalvisaGetcompanyResponse>(
    {
      method: 'taobao.alitrip.travel.normalvisa.getcompany',
      responseRoot: 'alitrip_travel_normalvisa_getcompany_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
