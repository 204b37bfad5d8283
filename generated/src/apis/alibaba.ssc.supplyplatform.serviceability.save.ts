// Generated from specs/tmallservice/alibaba.ssc.supplyplatform.serviceability.save.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ssc.supplyplatform.serviceability.save` (保存服务能力). */
export interface AlibabaSscSupplyplatformServiceabilitySaveRequest {
  /** 服务提供者id。根据服务提供者类型填写相应的id，例如类型是网点，则填我们系统的网点id */
  provider_id?: Int64Input;
  /** 服务提供者类型。service_store 网点；worker 工人；supplier 服务商 */
  provider_type: string;
  /** 服务提供者code。外部与天猫对接时，自己定义的code用这个字段 */
  provider_code?: string;
  /**
   * 目前包含三种。in_store 到店；at_home 上门；transmit_service 寄修。请根据实际支持的履约类型填写
   *
   * Max list size: 100
   */
  fulfil_type_list: string[];
  /**
   * 服务sku，具体的sku列表可以从服务商工作台的类目树获取
   *
   * Max list size: 150
   */
  service_sku_code_list: string[];
  /**
   * 菜鸟地址编码，各级地址均可（全国、省、市、区、街道），根据实际支持的地区填写。当支持的履约类型包含上门时，必填
   *
   * Max list size: 5000
   */
  area_code_list?: Int64Input[];
}

/** Response of `alibaba.ssc.supplyplatform.serviceability.save`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSscSupplyplatformServiceabilitySaveResponse {
  /** 接口返回model */
  result?: AlibabaSscSupplyplatformServiceabilitySaveResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.ssc.supplyplatform.serviceability.save`. */
export interface AlibabaSscSupplyplatformServiceabilitySaveResult {
  /** 对外展示的错误信息 */
  display_msg?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 错误码 */
  error_code?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  provider_id: 'Number',
  provider_type: 'String',
  provider_code: 'String',
  fulfil_type_list: ['String'],
  service_sku_code_list: ['String'],
  area_code_list: ['Number'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    display_msg: 'String',
    error_msg: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ssc.supplyplatform.serviceability.save`: method, response root, request and response schemas. */
export const alibabaSscSupplyplatformServiceabilitySaveOperation = {
  method: 'alibaba.ssc.supplyplatform.serviceability.save',
  responseRoot: 'alibaba_ssc_supplyplatform_serviceability_save_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 保存服务能力 — calls TOP method `alibaba.ssc.supplyplatform.serviceability.save`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSscSupplyplatformServiceabilitySave(
  client: TopClient,
  request: AlibabaSscSupplyplatformServiceabilitySaveRequest,
  options?: CallOptions,
): Promise<AlibabaSscSupplyplatformServiceabilitySaveResponse> {
  return client.call<AlibabaSscSupplyplatformServiceabilitySaveResponse>(
    {
      method: 'alibaba.ssc.supplyplatform.serviceability.save',
      responseRoot: 'alibaba_ssc_supplyplatform_serviceability_save_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
