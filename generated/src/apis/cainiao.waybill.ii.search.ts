// Generated from specs/waybill/cainiao.waybill.ii.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.waybill.ii.search` (查询面单服务订购及面单使用情况). */
export interface CainiaoWaybillIiSearchRequest {
  /** 物流公司code */
  cp_code?: string;
}

/** Response of `cainiao.waybill.ii.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoWaybillIiSearchResponse {
  /** CP网点信息及对应的商家的发货信息 */
  waybill_apply_subscription_cols?: CainiaoWaybillIiSearchWaybillApplySubscriptionInfo[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WaybillApplySubscriptionInfo` of `cainiao.waybill.ii.search`. */
export interface CainiaoWaybillIiSearchWaybillApplySubscriptionInfo {
  /** CP网点信息及对应的商家的发货信息 */
  branch_account_cols?: CainiaoWaybillIiSearchWaybillBranchAccount[];
  /** 物流服务商ID */
  cp_code?: string;
  /** 物流服务商业务类型 1：直营 2：加盟 3：落地配 4：直营带网点 */
  cp_type?: Int64;
}

/** `WaybillBranchAccount` of `cainiao.waybill.ii.search`. */
export interface CainiaoWaybillIiSearchWaybillBranchAccount {
  /** 已用面单数量 */
  allocated_quantity?: Int64;
  /** 网点Code */
  branch_code?: string;
  /** 网点名称 */
  branch_name?: string;
  /** 网点状态 */
  branch_status?: Int64;
  /** 取消的面单总数 */
  cancel_quantity?: Int64;
  /** 已经打印的面单总数 */
  print_quantity?: Int64;
  /** 电子面单余额数量 */
  quantity?: Int64;
  /** 当前网点下的发货地址 */
  shipp_address_cols?: CainiaoWaybillIiSearchAddressDto[];
  /** 可用的服务信息列表 */
  service_info_cols?: CainiaoWaybillIiSearchServiceInfoDto[];
  /** 号段信息 */
  segment_code?: string;
  /** 品牌code */
  brand_code?: string;
  /** 月结卡号列表 */
  customer_code_list?: string[];
  /** 月结卡号map，key为shipp_address_cols.waybill_address_id,value为月结卡号。jsonString */
  customer_code_map?: string;
}

/** `AddressDto` of `cainiao.waybill.ii.search`. */
export interface CainiaoWaybillIiSearchAddressDto {
  /** 详细地址 */
  detail?: string;
  /** 区名称（三级地址） */
  district?: string;
  /** 市名称（二级地址） */
  city?: string;
  /** 省名称（一级地址） */
  province?: string;
  /** 街道\镇名称（四级地址） */
  town?: string;
  /** 订购关系id */
  waybill_address_id?: string;
}

/** `ServiceInfoDto` of `cainiao.waybill.ii.search`. */
export interface CainiaoWaybillIiSearchServiceInfoDto {
  /** 服务名称 */
  service_name?: string;
  /** 服务编码 */
  service_code?: string;
  /** 服务属性定义 */
  service_attributes?: CainiaoWaybillIiSearchServiceAttributeDto[];
  /** 服务的官方描述，可以用作前端展示 */
  service_desc?: string;
  /** 该服务是否为必选服务 */
  required?: boolean;
}

/** `ServiceAttributeDto` of `cainiao.waybill.ii.search`. */
export interface CainiaoWaybillIiSearchServiceAttributeDto {
  /** 属性的值，用户实际传入的值 */
  attribute_code?: string;
  /** 属性的名称，可以用于前端的展示 */
  attribute_name?: string;
  /** 属性的类型，可能值有 [number, string, enum] */
  attribute_type?: string;
  /** 枚举类型的枚举值，key为用户选中的需要传值的数据，value为对应的描述，可以作为前端的展示 */
  type_desc?: string;
}

const REQUEST_SCHEMA = {
  cp_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  waybill_apply_subscription_cols: [
    {
      branch_account_cols: [
        {
          allocated_quantity: 'Number',
          branch_code: 'String',
          branch_name: 'String',
          branch_status: 'Number',
          cancel_quantity: 'Number',
          print_quantity: 'Number',
          quantity: 'Number',
          shipp_address_cols: [
            {
              detail: 'String',
              district: 'String',
              city: 'String',
              province: 'String',
              town: 'String',
              waybill_address_id: 'String',
            },
          ],
          service_info_cols: [
            {
              service_name: 'String',
              service_code: 'String',
              service_attributes: [
                {
                  attribute_code: 'String',
                  attribute_name: 'String',
                  attribute_type: 'String',
                  type_desc: 'String',
                },
              ],
              service_desc: 'String',
              required: 'Boolean',
            },
          ],
          segment_code: 'String',
          brand_code: 'String',
          customer_code_list: ['String'],
          customer_code_map: 'String',
        },
      ],
      cp_code: 'String',
      cp_type: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `cainiao.waybill.ii.search`: method, response root, request and response schemas. */
export const cainiaoWaybillIiSearchOperation = {
  method: 'cainiao.waybill.ii.search',
  responseRoot: 'cainiao_waybill_ii_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询面单服务订购及面单使用情况 — calls TOP method `cainiao.waybill.ii.search`.
 *
 * 获取发货地&CP开通状态&账户的使用情况
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoWaybillIiSearch(
  client: TopClient,
  request: CainiaoWaybillIiSearchRequest = {},
  options?: CallOptions,
): Promise<CainiaoWaybillIiSearchResponse> {
  return client.call<CainiaoWaybillIiSearchResponse>(
    {
      method: 'cainiao.waybill.ii.search',
      responseRoot: 'cainiao_waybill_ii_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
