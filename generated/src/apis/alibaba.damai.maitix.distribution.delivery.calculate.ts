// Generated from specs/maitix/alibaba.damai.maitix.distribution.delivery.calculate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.maitix.distribution.delivery.calculate` (计算渠道用户下单快递费). */
export interface AlibabaDamaiMaitixDistributionDeliveryCalculateRequest {
  /** 入参 */
  param?: AlibabaDamaiMaitixDistributionDeliveryCalculateOpenApiPostFeeParamInput;
}

/** Response of `alibaba.damai.maitix.distribution.delivery.calculate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMaitixDistributionDeliveryCalculateResponse {
  /** 接口返回model */
  result?: AlibabaDamaiMaitixDistributionDeliveryCalculateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenApiPostFeeParam` of `alibaba.damai.maitix.distribution.delivery.calculate`. */
export interface AlibabaDamaiMaitixDistributionDeliveryCalculateOpenApiPostFeeParamInput {
  /** 地址国标 */
  address?: AlibabaDamaiMaitixDistributionDeliveryCalculateAddressDtoInput;
  /** 项目ID-必填 */
  project_id: Int64Input;
}

/** `AddressDto` of `alibaba.damai.maitix.distribution.delivery.calculate`. */
export interface AlibabaDamaiMaitixDistributionDeliveryCalculateAddressDtoInput {
  /** 区域国标ID-可以不填 */
  area_id?: Int64Input;
  /** 城市国标ID-必填 */
  city_id: Int64Input;
  /** 省国标ID-可以不填 */
  province_id?: Int64Input;
  /** 国家国标ID-可以不填 */
  country_id?: Int64Input;
}

/** `Result` of `alibaba.damai.maitix.distribution.delivery.calculate`. */
export interface AlibabaDamaiMaitixDistributionDeliveryCalculateResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: Int64;
  /** 业务对象 */
  model?: AlibabaDamaiMaitixDistributionDeliveryCalculateOpenApiPostFeeDto;
  /** 错误信息 */
  error_msg?: string;
}

/** `OpenApiPostFeeDto` of `alibaba.damai.maitix.distribution.delivery.calculate`. */
export interface AlibabaDamaiMaitixDistributionDeliveryCalculateOpenApiPostFeeDto {
  /** 运费金额，单位分 */
  post_fee?: Int64;
}

const REQUEST_SCHEMA = {
  param: {
    address: {
      area_id: 'Number',
      city_id: 'Number',
      province_id: 'Number',
      country_id: 'Number',
    },
    project_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'Number',
    model: {
      post_fee: 'Number',
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.damai.maitix.distribution.delivery.calculate`: method, response root, request and response schemas. */
export const alibabaDamaiMaitixDistributionDeliveryCalculateOperation = {
  method: 'alibaba.damai.maitix.distribution.delivery.calculate',
  responseRoot: 'alibaba_damai_maitix_distribution_delivery_calculate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 计算渠道用户下单快递费 — calls TOP method `alibaba.damai.maitix.distribution.delivery.calculate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMaitixDistributionDeliveryCalculate(
  client: TopClient,
  request: AlibabaDamaiMaitixDistributionDeliveryCalculateRequest = {},
  options?: CallOptions,
): Promise<AlibabaDamaiMaitixDistributionDeliveryCalculateResponse> {
  return client.call<AlibabaDamaiMaitixDistributionDeliveryCalculateResponse>(
    {
      method: 'alibaba.damai.maitix.distribution.delivery.calculate',
      responseRoot: 'alibaba_damai_maitix_distribution_delivery_calculate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
