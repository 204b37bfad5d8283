// Generated from specs/flight/alitrip.policy.domfare.compare.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.policy.domfare.compare` (比价工具). */
export interface AlitripPolicyDomfareCompareRequest {
  /** 查询参数 */
  compare_dom_fare_request_d_t_o: AlitripPolicyDomfareCompareCompareDomFareRequestDTOInput;
}

/** Response of `alitrip.policy.domfare.compare`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripPolicyDomfareCompareResponse {
  /** 返回信息 */
  result?: AlitripPolicyDomfareCompareResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CompareDomFareRequestDTO` of `alitrip.policy.domfare.compare`. */
export interface AlitripPolicyDomfareCompareCompareDomFareRequestDTOInput {
  /** 航空公司 */
  airline_codes?: string[];
  /** 行程类型：0，单程；1，往返；暂时仅支持单程 */
  trip_type: Int64Input;
  /** 航司+航班号，多个航班号用#分隔，航班号范围用-连接，例如：HU9990-HU9995#HU9999 */
  flight_no_str?: string;
  /** 共享航班：0，不支持代码共享；1，支持代码共享；2，仅支持代码共享；为空表示不限制 */
  support_code_share?: Int64Input;
  /** 产品类型：0，普通；1，小团；2，学生；3，青年；4，老年；5，地区；6，会员；10，学生认证；11，年龄；为空表示不限制 */
  product_types?: string[];
  /** 舱位代码，仅可传入一个值 */
  cabin_code_str?: string;
  /** 航程信息 */
  od_infos?: AlitripPolicyDomfareCompareOdInfoQueryDTOInput[];
  /** 政策投放情况：0，未投放；1，已投放，非最优惠；2，已投放，且为最优惠政策；为空表示不限制 */
  policy_deploy_status?: Int64Input;
  /** 销售方式：0，无；1，打包销售套餐1；2，打包销售套餐2；3，打包销售套餐3；4，返现-航司运价；5，返现-销售方包装；为空表示不限制 */
  sale_mode_codes?: string[];
  /** 店铺id */
  agent_id?: Int64Input;
}

/** `OdInfoQueryDTO` of `alitrip.policy.domfare.compare`. */
export interface AlitripPolicyDomfareCompareOdInfoQueryDTOInput {
  /** 0，去程；1，返程；暂时仅支持单程，默认为0 */
  index?: Int64Input;
  /** 起飞机场 */
  dep_airport: string;
  /** 降落机场 */
  arr_airport: string;
  /** 起飞开始时间 */
  dep_start_date: DateInput;
  /** 起飞结束时间 */
  dep_end_date: DateInput;
}

/** `Result` of `alitrip.policy.domfare.compare`. */
export interface AlitripPolicyDomfareCompareResult {
  /** 是否成功 */
  success?: boolean;
  /** 调用错误码 */
  error_code?: string;
  /** 错误码详情 */
  error_msg?: string;
  /** 比价结果列表 */
  data?: AlitripPolicyDomfareCompareCompareDomFareReponseDTO;
}

/** `CompareDomFareReponseDTO` of `alitrip.policy.domfare.compare`. */
export interface AlitripPolicyDomfareCompareCompareDomFareReponseDTO {
  /** 返回信息 */
  message?: string;
  /** 返回政策信息 */
  price_comparison_list?: AlitripPolicyDomfareComparePriceComparisonDTO[];
}

/** `PriceComparisonDTO` of `alitrip.policy.domfare.compare`. */
export interface AlitripPolicyDomfareComparePriceComparisonDTO {
  /** 政策id */
  policy_id_str?: string;
  /** 政策类型：0，普通政策；1，特殊政策；2，规则政策 */
  policy_type?: Int64;
  /** 自己投放价格，单位：分 */
  self_sale_price?: Int64;
  /** 最优价格，单位：分 */
  lowest_sale_price?: Int64;
  /** 价差，单位：分 */
  price_diff?: Int64;
  /** 销售方式：0，无；1，打包销售套餐1；2，打包销售套餐2；3，打包销售套餐3；4，返现-航司运价；5，返现-销售方包装 */
  sale_mode_code?: Int64;
  /** 产品类型：0，普通；1，小团；2，学生；3，青年；4，老年；5，地区；6，会员；10，学生认证；11，年龄 */
  product_type?: Int64;
  /** 是否销售 */
  can_sell?: boolean;
  /** 政策投放情况：0，未投放；1，已投放，非最优惠；2，已投放，且为最优惠政策 */
  policy_deploy_status?: Int64;
  /** 航班日期 */
  travel_date_str?: string[];
  /** 出发-到达 */
  arr_dep?: string;
  /** 航班号 */
  flight_nos?: string;
  /** 舱位代码 */
  carbin_list?: string;
}

const REQUEST_SCHEMA = {
  compare_dom_fare_request_d_t_o: {
    airline_codes: ['String'],
    trip_type: 'Number',
    flight_no_str: 'String',
    support_code_share: 'Number',
    product_types: ['String'],
    cabin_code_str: 'String',
    od_infos: [
      {
        index: 'Number',
        dep_airport: 'String',
        arr_airport: 'String',
        dep_start_date: 'Date',
        dep_end_date: 'Date',
      },
    ],
    policy_deploy_status: 'Number',
    sale_mode_codes: ['String'],
    agent_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    data: {
      message: 'String',
      price_comparison_list: [
        {
          policy_id_str: 'String',
          policy_type: 'Number',
          self_sale_price: 'Number',
          lowest_sale_price: 'Number',
          price_diff: 'Number',
          sale_mode_code: 'Number',
          product_type: 'Number',
          can_sell: 'Boolean',
          policy_deploy_status: 'Number',
          travel_date_str: ['Date'],
          arr_dep: 'String',
          flight_nos: 'String',
          carbin_list: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.policy.domfare.compare`: method, response root, request and response schemas. */
export const alitripPolicyDomfareCompareOperation = {
  method: 'alitrip.policy.domfare.compare',
  responseRoot: 'alitrip_policy_domfare_compare_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 比价工具 — calls TOP method `alitrip.policy.domfare.compare`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripPolicyDomfareCompare(
  client: TopClient,
  request: AlitripPolicyDomfareCompareRequest,
  options?: CallOptions,
): Promise<AlitripPolicyDomfareCompareResponse> {
  return client.call<AlitripPolicyDomfareCompareResponse>(
    {
      method: 'alitrip.policy.domfare.compare',
      responseRoot: 'alitrip_policy_domfare_compare_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
