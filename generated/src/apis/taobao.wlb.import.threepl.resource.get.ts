// Generated from specs/logistic/taobao.wlb.import.threepl.resource.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.import.threepl.resource.get` (3PL直邮获取资源列表). */
export interface TaobaoWlbImportThreeplResourceGetRequest {
  /** ONLINE或者OFFLINE */
  type: string;
  /** 发货地区域id */
  from_id: Int64Input;
  /** 收件人地址 */
  to_address: TaobaoWlbImportThreeplResourceGetAddressDtoInput;
}

/** Response of `taobao.wlb.import.threepl.resource.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbImportThreeplResourceGetResponse {
  /** result */
  result?: TaobaoWlbImportThreeplResourceGetTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AddressDto` of `taobao.wlb.import.threepl.resource.get`. */
export interface TaobaoWlbImportThreeplResourceGetAddressDtoInput {
  /** 区级地址 */
  county?: string;
  /** 省级地址 */
  province: string;
  /** 街道地址 */
  town?: string;
  /** 详细地址 */
  detail_address?: string;
  /** 市级地址 */
  city?: string;
  /** 国家地址 */
  country: string;
}

/** `TopResult` of `taobao.wlb.import.threepl.resource.get`. */
export interface TaobaoWlbImportThreeplResourceGetTopResult {
  /** 资源列表 */
  resources?: TaobaoWlbImportThreeplResourceGetThreePlConsignResourceDto[];
  /** 错误信息 */
  sub_error_msg?: string;
  /** 错误代码 */
  error_code?: string;
  /** 错误代码 */
  sub_error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `ThreePlConsignResourceDto` of `taobao.wlb.import.threepl.resource.get`. */
export interface TaobaoWlbImportThreeplResourceGetThreePlConsignResourceDto {
  /** 破损赔付 */
  broken_compensate_price?: Int64;
  /** 首重价格 */
  basic_weight?: Int64;
  /** 达成时效 */
  delivery_time?: Int64;
  /** 续重价格 */
  step_weight?: Int64;
  /** 首重价格 */
  basic_weight_price?: Int64;
  /** 资源code */
  res_code?: string;
  /** 资源名称 */
  res_name?: string;
  /** 达成率 */
  achieving_rate?: Int64;
  /** 续重价格 */
  step_weight_price?: Int64;
  /** 配送资源id */
  res_id?: Int64;
  /** 丢失赔付价格 */
  missing_compensate_price?: Int64;
}

const REQUEST_SCHEMA = {
  type: 'String',
  from_id: 'Number',
  to_address: {
    county: 'String',
    province: 'String',
    town: 'String',
    detail_address: 'String',
    city: 'String',
    country: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    resources: [
      {
        broken_compensate_price: 'Number',
        basic_weight: 'Number',
        delivery_time: 'Number',
        step_weight: 'Number',
        basic_weight_price: 'Number',
        res_code: 'String',
        res_name: 'String',
        achieving_rate: 'Number',
        step_weight_price: 'Number',
        res_id: 'Number',
        missing_compensate_price: 'Number',
      },
    ],
    sub_error_msg: 'String',
    error_code: 'String',
    sub_error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.import.threepl.resource.get`: method, response root, request and response schemas. */
export const taobaoWlbImportThreeplResourceGetOperation = {
  method: 'taobao.wlb.import.threepl.resource.get',
  responseRoot: 'wlb_import_threepl_resource_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 3PL直邮获取资源列表 — calls TOP method `taobao.wlb.import.threepl.resource.get`.
 *
 * 获取3pl直邮的发货可用资源
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbImportThreeplResourceGet(
  client: TopClient,
  request: TaobaoWlbImportThreeplResourceGetRequest,
  options?: CallOptions,
): Promise<TaobaoWlbImportThreeplResourceGetResponse> {
  return client.call<TaobaoWlbImportThreeplResourceGetResponse>(
    {
      method: 'taobao.wlb.import.threepl.resource.get',
      responseRoot: 'wlb_import_threepl_resource_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
