// Generated from specs/bus/alitrip.bus.insurance.recommend.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.bus.insurance.recommend` (汽车票保险推荐接口). */
export interface AlitripBusInsuranceRecommendRequest {
  /** 入参 */
  insurance_recommend_rq: AlitripBusInsuranceRecommendInsuranceRecommendRqInput;
}

/** Response of `alitrip.bus.insurance.recommend`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBusInsuranceRecommendResponse {
  /** 保险产品列表 */
  ins_product_list?: AlitripBusInsuranceRecommendInsuranceProductVO[];
  /** 接口业务成功时为空 */
  result_code?: string;
  /** 错误信息 */
  result_msg?: string;
  /** true:成功；false:失败 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InsuranceRecommendRq` of `alitrip.bus.insurance.recommend`. */
export interface AlitripBusInsuranceRecommendInsuranceRecommendRqInput {
  /** 出发城市 */
  city_name?: string;
  /** 机具编号 */
  machine_number?: string;
  /** 出发站点 */
  station_name?: string;
  /** 出发省份 */
  province_name?: string;
  /** 渠道来源：self->自助机机具;window->窗口 */
  trade_source: string;
}

/** `InsuranceProductVO` of `alitrip.bus.insurance.recommend`. */
export interface AlitripBusInsuranceRecommendInsuranceProductVO {
  /** 保险产品码 */
  ins_product_code?: string;
  /** 保险名称 */
  ins_name?: string;
  /** 特别约定 */
  special_terms_and_conditions?: AlitripBusInsuranceRecommendInsurancePropertyVO;
  /** 产品特色图片 */
  product_feature_image?: AlitripBusInsuranceRecommendInsurancePropertyVO;
  /** 查看详情 */
  check_dtails?: AlitripBusInsuranceRecommendInsurancePropertyVO;
  /** 理赔流程 */
  claim_flow?: AlitripBusInsuranceRecommendInsurancePropertyVO;
  /** 保险条款 */
  product_term?: AlitripBusInsuranceRecommendInsurancePropertyVO;
  /** 产品标签 */
  prod_tag?: AlitripBusInsuranceRecommendInsurancePropertyVO;
  /** 产品特色 */
  product_feature?: AlitripBusInsuranceRecommendInsurancePropertyVO;
  /** 理赔服务电话 */
  claim_service_phone?: AlitripBusInsuranceRecommendInsurancePropertyVO;
  /** 产品图片 */
  product_image?: AlitripBusInsuranceRecommendInsurancePropertyVO;
  /** 投保须知 */
  ins_must_know?: AlitripBusInsuranceRecommendInsurancePropertyVO;
  /** 客服电话 */
  customer_service_phone?: AlitripBusInsuranceRecommendInsurancePropertyVO;
  /** 保险售卖价格(单位：分) */
  ins_price?: Int64;
  /** 保险标题 */
  ins_title?: string;
}

/** `InsurancePropertyVO` of `alitrip.bus.insurance.recommend`. */
export interface AlitripBusInsuranceRecommendInsurancePropertyVO {
  /** 名称 */
  name?: string;
  /** 类型 */
  type?: string;
  /** 数据 */
  value?: string;
  /** key */
  key?: string;
}

const REQUEST_SCHEMA = {
  insurance_recommend_rq: {
    city_name: 'String',
    machine_number: 'String',
    station_name: 'String',
    province_name: 'String',
    trade_source: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ins_product_list: [
    {
      ins_product_code: 'String',
      ins_name: 'String',
      special_terms_and_conditions: {
        name: 'String',
        type: 'String',
        value: 'String',
        key: 'String',
      },
      product_feature_image: {
        name: 'String',
        type: 'String',
        value: 'String',
        key: 'String',
      },
      check_dtails: {
        name: 'String',
        type: 'String',
        value: 'String',
        key: 'String',
      },
      claim_flow: {
        name: 'String',
        type: 'String',
        value: 'String',
        key: 'String',
      },
      product_term: {
        name: 'String',
        type: 'String',
        value: 'String',
        key: 'String',
      },
      prod_tag: {
        name: 'String',
        type: 'String',
        value: 'String',
        key: 'String',
      },
      product_feature: {
        name: 'String',
        type: 'String',
        value: 'String',
        key: 'String',
      },
      claim_service_phone: {
        name: 'String',
        type: 'String',
        value: 'String',
        key: 'String',
      },
      product_image: {
        name: 'String',
        type: 'String',
        value: 'String',
        key: 'String',
      },
      ins_must_know: {
        name: 'String',
        type: 'String',
        value: 'String',
        key: 'String',
      },
      customer_service_phone: {
        name: 'String',
        type: 'String',
        value: 'String',
        key: 'String',
      },
      ins_price: 'Number',
      ins_title: 'String',
    },
  ],
  result_code: 'String',
  result_msg: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.bus.insurance.recommend`: method, response root, request and response schemas. */
export const alitripBusInsuranceRecommendOperation = {
  method: 'alitrip.bus.insurance.recommend',
  responseRoot: 'alitrip_bus_insurance_recommend_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 汽车票保险推荐接口 — calls TOP method `alitrip.bus.insurance.recommend`.
 *
 * 汽车票保险推荐接口-供商家售卖飞猪保险使用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBusInsuranceRecommend(
  client: TopClient,
  request: AlitripBusInsuranceRecommendRequest,
  options?: CallOptions,
): Promise<AlitripBusInsuranceRecommendResponse> {
  return client.call<AlitripBusInsuranceRecommendResponse>(
    {
      method: 'alitrip.bus.insurance.recommend',
      responseRoot: 'alitrip_bus_insurance_recommend_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
